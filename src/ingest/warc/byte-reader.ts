import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { Piece } from './piece.ts';

const LF = 0x0a;

/**
 * Pull-based reading over the pieces of an archive, holding only what the caller asks for
 * (one line, one record block) plus the piece being read. Positions count the bytes the
 * pieces delivered: in a plain file they are file offsets. A piece that says bytes were
 * lost (a damaged gzip member) is a wall: reads stop short there, as at the end of the
 * file, until the caller takes the problem with `takeGap` and moves past it.
 */
export class ByteReader {
  readonly #pieces: AsyncIterator<Piece>;
  /** Unread bytes, in order; the first begins at `#position`. */
  #queue: Uint8Array[] = [];
  #buffered = 0;
  #position = 0;
  #ended = false;
  #gap: Diagnostic | undefined;
  #notes: Diagnostic[] = [];
  /** Position → file offset, for pieces that begin at a known file offset (gzip members). */
  readonly #origins = new Map<number, number>();

  constructor(pieces: AsyncIterable<Piece>) {
    this.#pieces = pieces[Symbol.asyncIterator]();
  }

  /** Stops reading: closes the file when the caller leaves before the end. */
  async close(): Promise<void> {
    await this.#pieces.return?.();
  }

  /** Position of the next unread byte. */
  get position(): number {
    return this.#position;
  }

  /** The file offset of `position` when a piece began there (a gzip member), else undefined. */
  originAt(position: number): number | undefined {
    return this.#origins.get(position);
  }

  /** Forgets origins before `position`: the caller will never ask about them again. */
  forgetBefore(position: number): void {
    for (const p of this.#origins.keys()) {
      if (p >= position) break;
      this.#origins.delete(p);
    }
  }

  /** The problem that stopped reading short, once; reading then goes on after it. */
  takeGap(): Diagnostic | undefined {
    const g = this.#gap;
    this.#gap = undefined;
    return g;
  }

  /** Problems the pieces reported that lost no bytes (they are reported, nothing else). */
  takeNotes(): Diagnostic[] {
    const n = this.#notes;
    if (n.length > 0) this.#notes = [];
    return n;
  }

  /** True when nothing more can be read before the end of the file or a gap. */
  async atEnd(): Promise<boolean> {
    return !(await this.#fill(1));
  }

  /** True when a gap (not the end of the file) is what stops reading. */
  get atGap(): boolean {
    return this.#gap !== undefined && this.#buffered === 0;
  }

  /** The next line with its line feed, at most `max` bytes of it; what is left at the end; undefined when nothing is. */
  async readLine(max: number): Promise<Uint8Array | undefined> {
    let searched = 0;
    for (;;) {
      const i = this.#indexOfLf(searched, Math.min(this.#buffered, max));
      if (i >= 0) return this.#take(i + 1, true);
      if (this.#buffered >= max) return this.#take(max, true);
      searched = this.#buffered;
      if (!(await this.#fill(this.#buffered + 1)))
        return this.#buffered > 0 ? this.#take(this.#buffered, true) : undefined;
    }
  }

  /** Up to `n` bytes: fewer only at the end of the file or a gap. A copy: it owns no piece. */
  async read(n: number): Promise<Uint8Array> {
    await this.#fill(n);
    return this.#take(Math.min(n, this.#buffered), true);
  }

  /** Passes over up to `n` bytes without holding them; returns how many it passed. */
  async skip(n: number): Promise<number> {
    let done = 0;
    while (done < n) {
      if (this.#buffered === 0 && !(await this.#fill(1))) break;
      const k = Math.min(this.#buffered, n - done);
      this.#take(k, false);
      done += k;
    }
    return done;
  }

  /** Puts bytes just read back in front, to be read again. */
  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.#queue.unshift(bytes);
    this.#buffered += bytes.length;
    this.#position -= bytes.length;
  }

  async #fill(n: number): Promise<boolean> {
    while (this.#buffered < n && !this.#ended && this.#gap === undefined) {
      const r = await this.#pieces.next();
      if (r.done) {
        this.#ended = true;
        break;
      }
      const p = r.value;
      if (p.kind === 'problem') {
        if (p.lost) this.#gap = p.problem;
        else this.#notes.push(p.problem);
        continue;
      }
      if (p.bytes.length === 0) continue;
      if (p.origin !== undefined) this.#origins.set(this.#position + this.#buffered, p.origin);
      this.#queue.push(p.bytes);
      this.#buffered += p.bytes.length;
    }
    return this.#buffered >= n;
  }

  /** Index (from the position) of the first line feed in [from, to), or -1. */
  #indexOfLf(from: number, to: number): number {
    let base = 0;
    for (const seg of this.#queue) {
      if (base >= to) break;
      if (base + seg.length > from) {
        const i = seg.subarray(0, Math.min(seg.length, to - base)).indexOf(LF, Math.max(0, from - base));
        if (i >= 0) return base + i;
      }
      base += seg.length;
    }
    return -1;
  }

  #take(n: number, keep: boolean): Uint8Array {
    const out = keep ? new Uint8Array(n) : undefined;
    let got = 0;
    while (got < n) {
      const seg = this.#queue[0] as Uint8Array;
      const k = Math.min(seg.length, n - got);
      out?.set(seg.subarray(0, k), got);
      if (k === seg.length) this.#queue.shift();
      else this.#queue[0] = seg.subarray(k);
      got += k;
    }
    this.#buffered -= n;
    this.#position += n;
    return out ?? new Uint8Array(0);
  }
}
