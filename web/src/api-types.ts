// The shapes of the API's answers that the UI reads (src/http/schemas and /openapi.json
// are the contract). Every string here that came from an article is untrusted: the UI
// renders it only as text.

export type Role = 'viewer' | 'analyst' | 'admin';
export type Stance = 'asserts' | 'denies' | 'confirms' | 'disputes' | 'reports';
export type Position = 'supports' | 'opposes' | 'neutral';
export type AttributionKind = 'direct' | 'indirect' | 'mixed';
export type EntityKind = 'person' | 'organization' | 'place' | 'other';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly next?: string;
}

export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
}

export interface Me {
  readonly user: User;
  readonly via: 'session' | 'token';
  readonly csrfToken?: string;
  readonly expiresAt?: string;
}

export interface Stats {
  readonly documents: number;
  readonly attributions: number;
  readonly figures: number;
  readonly mentions: number;
}

export interface DocumentSummary {
  readonly id: string;
  readonly name: string;
  readonly uri: string;
  readonly title?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly syndicatedFrom?: string;
  readonly addedAt: string;
  readonly copyOf?: string;
  readonly event?: string;
  readonly story?: string;
}

export interface DocumentText extends Omit<DocumentSummary, 'addedAt' | 'copyOf' | 'event' | 'story'> {
  readonly text: string;
  readonly mediaType: string;
  readonly byteLength: number;
  readonly author?: string;
  readonly url?: string;
  readonly capturedAt?: string;
}

export interface Attribution {
  readonly kind: AttributionKind;
  readonly content: Span;
  readonly speaker: string | null;
  readonly stance: Stance;
  readonly channel?: string;
  readonly negated?: boolean;
  readonly docId: string;
  readonly entityId?: string;
  readonly docName: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly contentText: string;
  readonly sourceText: string | null;
  readonly index?: number;
}

export interface CustodyEntry {
  readonly seq: number;
  readonly at: string;
  readonly who: string;
  readonly action: string;
  readonly uri: string;
  readonly url?: string;
  readonly capturedAt?: string;
  readonly sha256?: string;
  readonly size?: number;
  readonly note?: string;
  readonly hash: string;
}

export interface DocumentDetail {
  readonly document: DocumentText;
  readonly boilerplate: Span[];
  readonly attributions: (Attribution & { readonly index: number })[];
  readonly entities: { readonly id: string; readonly name: string; readonly kind: EntityKind }[];
  readonly copyOf?: { readonly sourceId: string; readonly similarity: number; readonly exact: boolean };
  readonly capture: { readonly sha256: string; readonly uri: string; readonly url?: string; readonly capturedAt?: string; readonly archived: boolean; readonly custody: CustodyEntry[] };
}

export interface ClaimPosition {
  readonly speaker: string;
  readonly position: Position;
  readonly doc: string;
  readonly span: Span;
  readonly attribution?: number;
  readonly docId: string;
  readonly entityId?: string;
  readonly text: string;
}

export interface Claim {
  readonly id: string;
  readonly text: string;
  readonly story: string;
  readonly positions: ClaimPosition[];
}

export interface ClaimSides {
  readonly id: string;
  readonly text: string;
  readonly story: string;
  readonly positions: Readonly<Record<Position, ClaimPosition[]>>;
}

export type StanceCounts = Partial<Record<Stance, number>>;

export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: string[];
  readonly mentions: number;
  readonly statements: number;
}

export interface EntityProfile {
  readonly entity: EntitySummary;
  readonly stances: StanceCounts;
  readonly timeline: { readonly period: string; readonly total: number; readonly stances: StanceCounts }[];
  readonly coverage: { readonly statements: number; readonly complete: boolean };
  readonly statements: Attribution[];
  readonly statementsNext?: string;
  readonly claims: { readonly id: string; readonly text: string; readonly positions: number; readonly sides: Readonly<Record<Position, number>>; readonly taken: Position[] }[];
}

export interface ReportedFigure {
  readonly value: number;
  readonly valueMax?: number;
  readonly span: Span;
  readonly what: string;
  readonly unit?: string;
  readonly when?: string;
  readonly source?: string;
  readonly doc: string;
  readonly docId?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly context?: string;
}

export interface FigureSeries {
  readonly key: string;
  readonly what: string;
  readonly unit?: string;
  readonly points: ReportedFigure[];
  readonly conflicts: { readonly when: string; readonly points: ReportedFigure[] }[];
}

export interface FigureSeriesAnswer {
  readonly series: FigureSeries[];
  readonly figures: number;
  readonly complete: boolean;
}

export interface SearchHit {
  readonly docId: string;
  readonly docName: string;
  readonly title?: string;
  readonly published?: string;
  readonly field: 'document' | 'attribution';
  readonly snippet: string;
  readonly attribution?: number;
  readonly span?: Span;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface Job {
  readonly id: string;
  readonly kind: string;
  readonly status: JobStatus;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly progress: Readonly<Record<string, number | string>>;
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
}
