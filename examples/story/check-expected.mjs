// Checks examples/story/expected.json against the article files beside it:
// every text it quotes must occur in its file (exactly, case and quote marks included),
// cues and sources must stand in the same paragraph as their content (a source may be
// in the paragraph before), each file must keep the corpus format (headline, blank line,
// "By NAME | OUTLET | YYYY-MM-DD", blank line, 6-15 paragraphs, 300-700 words), and
// every speaker or figure source must be a known entity.
//
//   node examples/story/check-expected.mjs
//
// Prints one line per problem and a summary; exits 1 when there is any problem.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const utf8 = new TextDecoder('utf-8', { fatal: true });
const problems = [];
const warnings = [];
let checked = 0;

const problem = (file, msg) => problems.push(`${file}: ${msg}`);
const show = (s) => JSON.stringify(s);

/** Paragraphs as [start, end) offsets into the text; paragraphs are separated by blank lines. */
function paragraphsOf(text) {
  const out = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  const end = text.trimEnd().length;
  if (start < end) out.push([start, end]);
  return out;
}

function countOf(text, needle) {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/** Where `needle` stands: inside `context` when given (context must occur), else its first occurrence. */
function locate(file, text, needle, context, what) {
  checked++;
  if (typeof needle !== 'string' || needle === '') {
    problem(file, `${what}: missing text`);
    return -1;
  }
  if (context !== undefined) {
    checked++;
    const c = text.indexOf(context);
    if (c < 0) {
      problem(file, `${what}: context not found: ${show(context)}`);
      return -1;
    }
    if (countOf(text, context) > 1) warnings.push(`${file}: ${what}: context occurs more than once: ${show(context)}`);
    const k = context.indexOf(needle);
    if (k < 0) {
      problem(file, `${what}: ${show(needle)} is not inside its context ${show(context)}`);
      return -1;
    }
    return c + k;
  }
  const at = text.indexOf(needle);
  if (at < 0) {
    problem(file, `${what}: not found: ${show(needle)}`);
    return -1;
  }
  return at;
}

function paragraphIndexAt(paras, offset) {
  return paras.findIndex(([s, e]) => offset >= s && offset < e);
}

function within(text, para, needle) {
  if (!para) return false;
  return text.slice(para[0], para[1]).includes(needle);
}

const entityNames = new Set();
for (const e of expected.entities ?? []) {
  entityNames.add(e.canonical);
}
const knownName = (name) => name === null || name === undefined || entityNames.has(name);

const isoWhen = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;
const kinds = new Set(['direct', 'indirect', 'mixed']);
const stances = new Set(['asserts', 'denies', 'confirms', 'disputes', 'reports']);

const texts = {};
const storyFiles = readdirSync(dir).filter((f) => /^\d\d-[a-z0-9-]+\.txt$/.test(f));
for (const f of storyFiles) {
  const bytes = readFileSync(join(dir, f));
  try {
    texts[f] = utf8.decode(bytes);
  } catch {
    problem(f, 'not valid UTF-8');
    texts[f] = bytes.toString('latin1');
  }
}
for (const f of storyFiles) if (!(f in expected.files)) problem(f, 'article has no entry in expected.json');

for (const [file, exp] of Object.entries(expected.files)) {
  const text = texts[file];
  if (text === undefined) {
    problem(file, 'listed in expected.json but the file does not exist');
    continue;
  }

  // Format: headline, blank, byline, blank, 6-15 paragraphs, 300-700 words.
  const lines = text.split('\n');
  const byline = /^By (.+) \| (.+) \| (\d{4}-\d{2}-\d{2})$/.exec(lines[2] ?? '');
  if (lines[0] !== exp.headline) problem(file, `first line is not the headline ${show(exp.headline)}`);
  if (lines[1] !== '' || lines[3] !== '') problem(file, 'headline and byline must each be followed by a blank line');
  if (!byline) problem(file, `third line is not "By NAME | OUTLET | YYYY-MM-DD": ${show(lines[2])}`);
  else {
    if (byline[1] !== exp.author) problem(file, `byline author ${show(byline[1])} != ${show(exp.author)}`);
    if (byline[2] !== exp.publisher) problem(file, `byline outlet ${show(byline[2])} != ${show(exp.publisher)}`);
    if (byline[3] !== exp.published) problem(file, `byline date ${show(byline[3])} != ${show(exp.published)}`);
  }
  const paras = paragraphsOf(text);
  const bodyParas = paras.length - 2;
  if (bodyParas < 6 || bodyParas > 15) problem(file, `${bodyParas} paragraphs after the byline (want 6 to 15)`);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 300 || words > 700) problem(file, `${words} words (want 300 to 700)`);
  if (/\r/.test(text)) problem(file, 'contains CR characters');
  if (!text.endsWith('\n')) problem(file, 'does not end with a newline');

  if (exp.dateline !== undefined) locate(file, text, exp.dateline, undefined, 'dateline');
  if (exp.syndicatedFrom) locate(file, text, `This article was originally published on ${exp.syndicatedFrom}.`, undefined, 'syndication notice');

  (exp.attributions ?? []).forEach((a, i) => {
    const what = `attribution #${i + 1}`;
    if (!kinds.has(a.kind)) problem(file, `${what}: unknown kind ${show(a.kind)}`);
    if (!stances.has(a.stance)) problem(file, `${what}: unknown stance ${show(a.stance)}`);
    if (!knownName(a.speaker)) problem(file, `${what}: speaker ${show(a.speaker)} is not in entities`);
    const at = locate(file, text, a.content, a.context, `${what} content`);
    if (at < 0) return;
    if (a.context === undefined && countOf(text, a.content) > 1) problem(file, `${what}: content occurs more than once, give a context: ${show(a.content)}`);
    const p = paragraphIndexAt(paras, at);
    if (a.cue !== null) {
      checked++;
      if (!within(text, paras[p], a.cue)) problem(file, `${what}: cue ${show(a.cue)} is not in the paragraph of its content`);
    }
    if (a.source !== null) {
      checked++;
      if (!within(text, paras[p], a.source) && !within(text, paras[p - 1], a.source)) {
        problem(file, `${what}: source ${show(a.source)} is not in the paragraph of its content or the one before`);
      }
    }
    if (a.cue === null && a.speaker !== null && !a.continues) problem(file, `${what}: no cue but not marked as a continuation`);
    if (a.addressee !== undefined) {
      checked++;
      if (!within(text, paras[p], a.addressee)) problem(file, `${what}: addressee ${show(a.addressee)} is not in the paragraph`);
    }
  });

  (exp.figures ?? []).forEach((f, i) => {
    const what = `figure #${i + 1} (${f.value})`;
    if (typeof f.value !== 'number') problem(file, `${what}: value is not a number`);
    if (f.valueMax !== undefined && typeof f.valueMax !== 'number') problem(file, `${what}: valueMax is not a number`);
    if (typeof f.when !== 'string' || !isoWhen.test(f.when)) problem(file, `${what}: when ${show(f.when)} is not an ISO date or period`);
    if (!knownName(f.source)) problem(file, `${what}: source ${show(f.source)} is not in entities`);
    if (typeof f.what !== 'string' || f.what === '') problem(file, `${what}: missing "what"`);
    const at = locate(file, text, f.text, f.context, what);
    if (at >= 0 && f.context === undefined && countOf(text, f.text) > 1) problem(file, `${what}: text occurs more than once, give a context: ${show(f.text)}`);
  });

  (exp.not_figures ?? []).forEach((n, i) => {
    const t = typeof n === 'string' ? n : n.text;
    locate(file, text, t, typeof n === 'string' ? undefined : n.context, `not_figure #${i + 1}`);
  });

  (exp.boilerplate ?? []).forEach((b, i) => {
    const what = `boilerplate #${i + 1}`;
    const at = locate(file, text, b, undefined, what);
    if (at < 0) return;
    const p = paras[paragraphIndexAt(paras, at)];
    if (!p || text.slice(p[0], p[1]) !== b) problem(file, `${what}: is not a whole paragraph: ${show(b)}`);
  });
}

// Entities: every alias should be written somewhere in the corpus, exactly as listed.
const corpus = Object.values(texts).join('\n\n');
for (const e of expected.entities ?? []) {
  // The canonical name need not be written anywhere ("Tarnholt police"); each alias must.
  for (const alias of e.aliases ?? []) {
    checked++;
    if (!corpus.includes(alias)) problem('entities', `alias ${show(alias)} of ${e.canonical} occurs in no article`);
  }
}

// Near-duplicates: the copy lacks the cut paragraph and carries the notice.
for (const d of expected.near_duplicates ?? []) {
  const a = texts[d.original];
  const b = texts[d.copy];
  if (a === undefined || b === undefined) {
    problem('near_duplicates', `unknown file ${show(a === undefined ? d.original : d.copy)}`);
    continue;
  }
  checked++;
  if (d.cut_paragraph !== undefined) {
    if (!a.includes(d.cut_paragraph)) problem('near_duplicates', `cut paragraph is not in ${d.original}`);
    if (b.includes(d.cut_paragraph)) problem('near_duplicates', `cut paragraph is still in ${d.copy}`);
  }
}

// Figure series: each point is a figure of that file with that value and source.
for (const s of expected.series ?? []) {
  for (const p of s.points) {
    checked++;
    const figs = expected.files[p.file]?.figures ?? [];
    if (!figs.some((f) => f.value === p.value && f.source === p.source && (p.text === undefined || f.text === p.text))) {
      problem('series', `${s.what}: ${p.file} has no figure ${p.value} from ${p.source}`);
    }
  }
}

for (const w of warnings) console.log(`warning: ${w}`);
for (const p of problems) console.log(p);
console.log(`${Object.keys(expected.files).length} files, ${checked} texts checked, ${problems.length} problem(s), ${warnings.length} warning(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
