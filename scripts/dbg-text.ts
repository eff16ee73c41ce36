// Prints what the pipeline finds in a text given on the command line: npx node scripts/dbg-text.ts "TEXT" [attr|mentions|ents]
import { createStageContext } from '../src/extract/create-stage-context.ts';
import { analyse } from '../src/extract/pipeline.ts';
const text = (process.argv[2] ?? '').replace(/\\n/g, '\n');
const a = analyse({ id: 'x', name: 'x', uri: 'x', mediaType: 'text/plain', text, encoding: 'utf-8', byteLength: text.length }, createStageContext());
const what = process.argv[3] ?? 'attr';
if (what === 'mentions') for (const m of a.mentions) console.log(m.start, m.form, m.kind, JSON.stringify(m.text), m.entity ?? '', m.gender ?? '');
if (what === 'ents') for (const e of a.entities) console.log(e.id, e.kind, e.name, '|', e.aliases.join(' | '));
if (what === 'attr')
  for (const x of a.attributions)
    console.log(`${x.kind} [${x.stance}] ${x.speaker} | src=${x.source ? JSON.stringify(text.slice(x.source.start, x.source.end)) : '-'} | cue=${x.cue ? JSON.stringify(text.slice(x.cue.start, x.cue.end)) : '-'}${x.channel ? ' ch=' + x.channel : ''}${x.addressee ? ' to=' + x.addressee : ''}\n    ${JSON.stringify(text.slice(x.content.start, x.content.end))}`);
