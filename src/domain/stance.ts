/** A speaker's position towards what it says is about. */
export type Stance = 'asserts' | 'denies' | 'confirms' | 'disputes' | 'reports';

/** A position on a claim, across documents: asserts/confirms support, denies/disputes oppose. */
export type Position = 'supports' | 'opposes' | 'neutral';

/** The Fake News Challenge labels for a text's stance toward a claim. */
export type TextStance = 'agree' | 'disagree' | 'discuss' | 'unrelated';
