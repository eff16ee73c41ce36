import { decodeEntities } from './decode-entities.ts';
import { repairDoubleUtf8 } from './repair-double-utf8.ts';

export type XmlToken =
  | {
      readonly kind: 'open';
      readonly name: string;
      readonly attrs: readonly (readonly [string, string])[];
      readonly selfClosing: boolean;
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: 'close'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly kind: 'text'; readonly text: string; readonly start: number; readonly end: number };

/** Where the tokens report what was wrong with the markup, and the entities its DTD declared. */
export interface XmlScan {
  readonly issues: string[];
  readonly entities: Map<string, string>;
}

/** Ill-formed feeds can be wrong on every line; the first few issues say enough. */
const MAX_ISSUES = 20;

/** Sticky patterns, made per call: their lastIndex is state. */
function patterns() {
  return {
    NAME: /[A-Za-z_:\u00c0-\uffff][\w.:\-\u00b7\u00c0-\uffff]*/y,
    ATTR_NAME: /[^\s=>/<"']+/y,
    UNQUOTED: /[^\s>]+/y,
    SPACE: /\s*/y,
  };
}
type Patterns = ReturnType<typeof patterns>;
const BARE_AMP = /&(?![A-Za-z][\w.-]*;|#\d+;?|#[xX][0-9a-fA-F]+;?)/;
const DOCTYPE_ENTITY = /<!ENTITY\s+([^\s%]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;

/**
 * XML as a stream of open, close and text tokens, tolerant the way feed readers must
 * be: an unclosed tag, comment or CDATA section ends at the end of the input, an
 * unescaped "<" or "&" is text, an attribute without quotes or value is taken as
 * written, and each such thing is noted in `scan.issues` instead of stopping. Text is
 * decoded (entities, CDATA, CR LF as LF); comments, processing instructions and the
 * DOCTYPE are skipped, keeping the entities the DOCTYPE declares.
 */
export function* xmlTokens(src: string, scan: XmlScan): Generator<XmlToken> {
  const note = (msg: string): void => {
    if (scan.issues.length < MAX_ISSUES) scan.issues.push(msg);
  };
  const text = (raw: string, start: number, end: number): XmlToken => {
    if (BARE_AMP.test(raw)) note(`unescaped '&' at ${start}`);
    return { kind: 'text', text: repairDoubleUtf8(decodeEntities(raw.replace(/\r\n?/g, '\n'), scan.entities)), start, end };
  };
  const p = patterns();
  const { NAME } = p;
  const len = src.length;
  let i = 0;
  while (i < len) {
    const lt = src.indexOf('<', i);
    if (lt < 0 || lt > i) {
      const end = lt < 0 ? len : lt;
      yield text(src.slice(i, end), i, end);
      i = end;
      continue;
    }
    if (src.startsWith('<!--', i)) {
      const close = src.indexOf('-->', i + 4);
      if (close < 0) note(`unclosed comment at ${i}`);
      i = close < 0 ? len : close + 3;
    } else if (src.startsWith('<![CDATA[', i)) {
      const close = src.indexOf(']]>', i + 9);
      if (close < 0) note(`unclosed CDATA section at ${i}`);
      const end = close < 0 ? len : close;
      yield { kind: 'text', text: repairDoubleUtf8(src.slice(i + 9, end).replace(/\r\n?/g, '\n')), start: i, end: close < 0 ? len : close + 3 };
      i = close < 0 ? len : close + 3;
    } else if (src.startsWith('<!', i)) {
      i = skipDeclaration(src, i, scan);
    } else if (src.startsWith('<?', i)) {
      const close = src.indexOf('?>', i + 2);
      i = close < 0 ? len : close + 2;
    } else if (src.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      const gt = src.indexOf('>', i + 2);
      const nextLt = src.indexOf('<', i + 2);
      const end = gt < 0 || (nextLt >= 0 && nextLt < gt) ? (nextLt < 0 ? len : nextLt) : gt + 1;
      if (end !== gt + 1) note(`unclosed end tag at ${i}`);
      if (m) yield { kind: 'close', name: m[0], start: i, end };
      else note(`end tag without a name at ${i}`);
      i = end;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) {
        note(`unescaped '<' at ${i}`);
        yield { kind: 'text', text: '<', start: i, end: i + 1 };
        i += 1;
        continue;
      }
      const tag = readAttributes(src, NAME.lastIndex, m[0], scan, note, p);
      yield { kind: 'open', name: m[0], attrs: tag.attrs, selfClosing: tag.selfClosing, start: i, end: tag.end };
      i = tag.end;
    }
  }
}

function readAttributes(
  src: string,
  from: number,
  name: string,
  scan: XmlScan,
  note: (msg: string) => void,
  { ATTR_NAME, UNQUOTED, SPACE }: Patterns,
): { attrs: [string, string][]; selfClosing: boolean; end: number } {
  const attrs: [string, string][] = [];
  let j = from;
  for (;;) {
    SPACE.lastIndex = j;
    SPACE.exec(src);
    j = SPACE.lastIndex;
    const c = src[j];
    if (c === undefined || c === '<') {
      note(`unclosed tag <${name}>`);
      return { attrs, selfClosing: false, end: j };
    }
    if (c === '>') return { attrs, selfClosing: false, end: j + 1 };
    if (c === '/') {
      if (src[j + 1] === '>') return { attrs, selfClosing: true, end: j + 2 };
      j++;
      continue;
    }
    ATTR_NAME.lastIndex = j;
    const an = ATTR_NAME.exec(src);
    if (!an) {
      note(`stray ${JSON.stringify(c)} in <${name}>`);
      j++;
      continue;
    }
    j = ATTR_NAME.lastIndex;
    SPACE.lastIndex = j;
    SPACE.exec(src);
    if (src[SPACE.lastIndex] !== '=') {
      // <option selected>: HTML habit, not XML
      note(`attribute ${an[0]} without a value in <${name}>`);
      attrs.push([an[0], an[0]]);
      continue;
    }
    SPACE.lastIndex += 1;
    SPACE.exec(src);
    j = SPACE.lastIndex;
    const q = src[j];
    let value: string;
    if (q === '"' || q === "'") {
      const close = src.indexOf(q, j + 1);
      const gt = src.indexOf('>', j + 1);
      const end = close < 0 ? (gt < 0 ? src.length : gt) : close;
      if (close < 0) note(`unclosed attribute value in <${name}>`);
      value = src.slice(j + 1, end);
      j = close < 0 ? end : end + 1;
    } else {
      UNQUOTED.lastIndex = j;
      value = UNQUOTED.exec(src)?.[0] ?? '';
      if (value.endsWith('/') && src[j + value.length] === '>') value = value.slice(0, -1);
      j += value.length;
      note(`unquoted attribute ${an[0]} in <${name}>`);
    }
    // attribute-value normalisation: white space characters become spaces
    attrs.push([an[0], decodeEntities(value.replace(/[\t\n\r]/g, ' '), scan.entities)]);
  }
}

/** Skips `<!DOCTYPE ...>` (keeping the entities its internal subset declares) or another `<!...>`. */
function skipDeclaration(src: string, i: number, scan: XmlScan): number {
  const gt = src.indexOf('>', i);
  const bracket = src.indexOf('[', i);
  if (/^<!DOCTYPE/i.test(src.slice(i, i + 9)) && bracket >= 0 && (gt < 0 || bracket < gt)) {
    const close = /\]\s*>/g;
    close.lastIndex = bracket;
    const m = close.exec(src);
    const end = m ? m.index + m[0].length : src.length;
    for (const e of src.slice(bracket, end).matchAll(DOCTYPE_ENTITY)) {
      const [, name = '', dq, sq] = e;
      if (!scan.entities.has(name)) scan.entities.set(name, decodeEntities(dq ?? sq ?? '', scan.entities));
    }
    return end;
  }
  return gt < 0 ? src.length : gt + 1;
}
