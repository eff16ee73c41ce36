import type { Attribution } from '../domain/attribution.ts';
import type { ClaimPosition } from '../domain/claim.ts';
import type { EntityKind } from '../domain/entity-kind.ts';
import type { DateMention } from '../domain/date-mention.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Document } from '../domain/document.ts';
import type { Entity } from '../domain/entity.ts';
import type { Figure } from '../domain/figure.ts';
import type { Mention } from '../domain/mention.ts';
import type { Span } from '../domain/span.ts';
import type { Stance } from '../domain/stance.ts';

/** A document with everything extraction found in it: the unit the store adds atomically. */
export interface StoredDocument {
  readonly document: Document;
  readonly boilerplate: readonly Span[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
  readonly attributions: readonly Attribution[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What linking reads of a stored document (Store.getLinkInput). */
export type LinkInputDocument = Pick<StoredDocument, 'document' | 'boilerplate' | 'entities' | 'attributions'>;

/** The fields of a document that lists show. */
export interface DocumentSummary {
  readonly id: string;
  readonly name: string;
  readonly uri: string;
  readonly title?: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly syndicatedFrom?: string;
  readonly addedAt: string;
  /** Once linking ran: the earliest document this one copies, and its event and story. */
  readonly copyOf?: string;
  readonly event?: string;
  readonly story?: string;
}

/** An attribution with where it stands: its document, and the words of its content. */
export interface AttributionRow extends Attribution {
  readonly docId: string;
  /** The speaker's collection entity, once linking ran. `speaker` is then its canonical name. */
  readonly entityId?: string;
  readonly docName: string;
  readonly published?: string;
  readonly publisher?: string;
  /** The content's text, cut from the document. */
  readonly contentText: string;
  /** The source mention's text, when there is one. */
  readonly sourceText: string | null;
}

/** A figure with where it stands. */
export interface FigureRow extends Figure {
  readonly docId: string;
  readonly docName: string;
  readonly published?: string;
  readonly publisher?: string;
  /** The sentence the figure stands in. */
  readonly context: string;
}

export interface SearchHit {
  readonly docId: string;
  readonly docName: string;
  readonly title?: string;
  readonly published?: string;
  /** `document` when the article text matched, `attribution` when an attribution's content did. */
  readonly field: 'document' | 'attribution';
  /** A few words around the match. */
  readonly snippet: string;
  /** For an attribution hit: its index in the document's attributions, and the span it covers. */
  readonly attribution?: number;
  readonly span?: Span;
}

/**
 * Cursor pagination: `cursor` is what the previous page returned as `next`. `limit` is
 * 1 to 1000 (default 50); a malformed limit or cursor is a UsageError.
 */
export interface PageRequest {
  readonly limit?: number;
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` to get the page after this one; absent on the last page. */
  readonly next?: string;
}

export interface AttributionQuery extends PageRequest {
  /** Canonical speaker name, compared case-insensitively. */
  readonly speaker?: string;
  /** The speaker's collection entity (after linking). */
  readonly entityId?: string;
  readonly stance?: Stance;
  readonly docId?: string;
}

export interface FigureQuery extends PageRequest {
  readonly docId?: string;
  /** Free text matched against what is counted: every word must begin a word of it, in any case. */
  readonly what?: string;
}

export interface SearchQuery extends PageRequest {
  /** Words to find; plain text, never a query language: every word must occur. */
  readonly text: string;
  /** Speaker (case-insensitively) and stance are an attribution's: with either, only attribution hits. */
  readonly speaker?: string;
  readonly stance?: Stance;
  /** Compared exactly. */
  readonly publisher?: string;
  /** ISO dates, inclusive, on the published date. */
  readonly from?: string;
  readonly to?: string;
}

export interface StoreStats {
  readonly documents: number;
  readonly attributions: number;
  readonly figures: number;
  readonly mentions: number;
}

/** An entity across the collection, as lists show it. */
export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
  /** How many mentions across the collection resolve to it. */
  readonly mentions: number;
  /** How many attributions it is the speaker of. */
  readonly statements: number;
}

/** One speaker's position on a claim, with the evidence. */
export interface StoredClaimPosition extends ClaimPosition {
  readonly docId: string;
  readonly entityId?: string;
  /** The evidence's words, cut from the document. */
  readonly text: string;
}

export interface StoredClaim {
  readonly id: string;
  readonly text: string;
  /** The story (event cluster) the claim belongs to. */
  readonly story: string;
  readonly positions: readonly StoredClaimPosition[];
}

/**
 * What linking across the collection found, replaced as a whole each time linking runs:
 * entities and which document entity resolves to which; per attribution the speaker's
 * canonical name; claims; copies (a document and the earliest one it copies); events.
 */
export interface StoredLinks {
  readonly entities: readonly Omit<EntitySummary, 'mentions' | 'statements'>[];
  /** Document entity (docId, index in its StoredDocument.entities) → collection entity. */
  readonly members: readonly { readonly docId: string; readonly local: number; readonly entityId: string }[];
  /** Attribution (docId, index in its StoredDocument.attributions) → canonical speaker. */
  readonly speakers: readonly { readonly docId: string; readonly index: number; readonly speaker: string | null; readonly entityId?: string }[];
  readonly claims: readonly StoredClaim[];
  readonly copies: readonly { readonly docId: string; readonly sourceId: string; readonly similarity: number; readonly exact: boolean }[];
  readonly events: readonly { readonly docId: string; readonly event: string; readonly story: string }[];
}

/** A manual correction to entity resolution that outlives re-linking. */
export interface EntityOverride {
  readonly kind: 'merge' | 'split';
  /** merge: two names (canonical names or aliases) that are one entity; split: an alias to separate. */
  readonly a: string;
  readonly b?: string;
  readonly by?: string;
  readonly at?: string;
}

export interface EntityQuery extends PageRequest {
  /** Words of the name or an alias, case-insensitive. */
  readonly q?: string;
  readonly kind?: EntityKind;
}

export interface ClaimQuery extends PageRequest {
  /** Only claims an entity takes a position on. */
  readonly entityId?: string;
  readonly story?: string;
}

/** How addDocument stores a document. */
export interface AddOptions {
  /** When the document was first added, as an ISO date and time (moving a store keeps it); default now. */
  readonly addedAt?: string;
}

/**
 * Where claimtrail keeps what it extracted. One interface, one contract test suite
 * (store-contract.ts), one implementation per database. All methods are async so that
 * a networked database fits behind the same interface as the embedded one.
 */
export interface Store {
  /** Adds a document and its analysis atomically. Same document id again: nothing is added. */
  addDocument(doc: StoredDocument, options?: AddOptions): Promise<{ readonly added: boolean }>;
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /**
   * The parts of a stored document that linking reads (getDocument's, less mentions,
   * figures, dates and diagnostics): linking reads every document, and the parts it does
   * not need are most of the rows.
   */
  getLinkInput(id: string): Promise<LinkInputDocument | undefined>;
  /** Documents, newest first by published date (undated last), then by name. */
  listDocuments(page?: PageRequest): Promise<Page<DocumentSummary>>;
  /** Attributions in document order within documents ordered as listDocuments orders them. */
  attributions(query?: AttributionQuery): Promise<Page<AttributionRow>>;
  figures(query?: FigureQuery): Promise<Page<FigureRow>>;
  /**
   * Full-text search over article text and attribution content. Hits come in document
   * order as listDocuments has it, a document's own hit before its attributions' hits.
   */
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  stats(): Promise<StoreStats>;

  /** Replaces every collection-level link atomically (see StoredLinks). */
  replaceLinks(links: StoredLinks): Promise<void>;
  /** Entities across the collection, most mentioned first, then by name. */
  entities(query?: EntityQuery): Promise<Page<EntitySummary>>;
  entity(id: string): Promise<EntitySummary | undefined>;
  /** Claims, the most positions first, then by id. */
  claims(query?: ClaimQuery): Promise<Page<StoredClaim>>;
  claim(id: string): Promise<StoredClaim | undefined>;
  /** For a document: the earliest document it copies, if any. */
  copyOf(docId: string): Promise<{ readonly sourceId: string; readonly similarity: number; readonly exact: boolean } | undefined>;
  addOverride(o: EntityOverride): Promise<void>;
  overrides(): Promise<readonly EntityOverride[]>;
  close(): Promise<void>;
}

/**
 * A Store that also gives back what replaceLinks stored, which moving a store to another
 * database needs. Every implementation in src/store is one (the contract checks it); it
 * is an interface of its own so that wrappers of a Store that never move one need not
 * pass it on.
 */
export interface MovableStore extends Store {
  /**
   * What the last replaceLinks stored, read back: entities by id; members, speaker links,
   * copies and events in document order; claims in the order given, positions carrying
   * the evidence as the store cut it.
   */
  links(): Promise<StoredLinks>;
}
