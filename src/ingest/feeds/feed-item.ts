/** One item or entry of a feed, as the feed gave it. */
export interface FeedItem {
  /** The guid, Atom id or rdf:about. */
  readonly id?: string;
  /** As written (entities decoded, white space kept); HTML titles reduced to their text. */
  readonly title?: string;
  /** The item's page: absolute when the feed's base allowed resolving it. */
  readonly link?: string;
  /** ISO 8601, normalised from RFC 822 or W3C-DTF. */
  readonly published?: string;
  readonly author?: string;
  /** The description or Atom summary, as HTML. */
  readonly summary?: string;
  /** content:encoded or the Atom content, as HTML. */
  readonly content?: string;
}

/** What the feed says about itself. */
export interface FeedMeta {
  readonly title?: string;
  readonly link?: string;
  readonly author?: string;
}
