export type EntityKind = 'person' | 'organization' | 'place' | 'other';
