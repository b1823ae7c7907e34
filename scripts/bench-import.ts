/**
 * npm run bench:import — times the importer (`importReadme`) and `--candidates`' duplicate check
 * (`pickCandidates` against the real content) on long and hostile lists: 20,000 table rows, 20,000
 * bullet lines, and single 80 KB lines of the shapes that make a backtracking pattern slow. Only measures.
 */
import { parseArgs } from 'node:util';
import { pickCandidates } from '../src/lib/intake/candidates.ts';
import { readEntryFiles } from '../src/lib/content/content-files.ts';
import { importReadme } from '../src/lib/intake/readme-import.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '20000' }, 'line-kb': { type: 'string', default: '80' } } });
const rows = Number(values.rows);
const lineLength = Number(values['line-kb']) * 1024;

const repeat = (unit: string) => unit.repeat(Math.ceil(lineLength / unit.length)).slice(0, lineLength);
const table = (body: string[]) => ['| Title | Institute | Date |', '| --- | --- | --- |', ...body].join('\n');

const cases: [string, string][] = [
  [`${rows} table rows`, table(Array.from({ length: rows }, (_, i) => `| Medical Model ${i} for clinical text | Some University | 2024.${(i % 12) + 1} |`))],
  [`${rows} rows, one title`, table(Array.from({ length: rows }, () => '| MedModel | Some University | 2024.5 |'))],
  [`${rows} bullet lines`, Array.from({ length: rows }, (_, i) => `* [**Venue, 2024.${(i % 12) + 1}**] **Model${i}**: a medical model number ${i}. [[Paper]](https://arxiv.org/abs/2401.${String(i).padStart(5, '0')})`).join('\n')],
  ['80 KB cell of separators', table([`| [Model](https://arxiv.org/abs/2401.00001) ${repeat(' -')}x | U | 2024 |`])],
  ['80 KB date cell of years', table([`| [Model](https://arxiv.org/abs/2401.00001) | U | ${repeat('2024 ')}x |`])],
  ['80 KB venue cell', table([`| [Model](https://arxiv.org/abs/2401.00001) | U | ${repeat('Nature, ')}2024 |`])],
  ['80 KB bullet of separators', `* **Name**: ${repeat(' -,')}x [Paper](https://arxiv.org/abs/2401.00001)`],
  ['80 KB bullet of years', `* **Name** ${repeat('2024.1 ')}x [Paper](https://arxiv.org/abs/2401.00001)`],
  ['80 KB bullet, tag of brackets', `* [${repeat('[')} **Name** [Paper](https://arxiv.org/abs/2401.00001)`],
  ['80 KB bullet of text', `* **Name**: ${repeat('word ')} [Paper](https://arxiv.org/abs/2401.00001)`],
  ['80 KB bullet of spaces', `* **Name**${repeat(' ')}.x [Paper](https://arxiv.org/abs/2401.00001)`],
  ['9 KB tag of spaces (under the cap)', `* [${' '.repeat(9_000)}x] **Name** [Paper](https://arxiv.org/abs/2401.00001)`],
  ['9 KB summary of dots (under the cap)', `* **Name**: a${' .'.repeat(4_500)}x [Paper](https://arxiv.org/abs/2401.00001)`],
  ['80 KB bullet, title of colons', `* ${repeat('a:')} [Paper](https://arxiv.org/abs/2401.00001)`],
];

const known = (await readEntryFiles('content')).files;
console.log(`${'case'.padEnd(34)} ${'import'.padStart(9)} ${'candidates'.padStart(11)}  result`);
for (const [name, markdown] of cases) {
  const started = performance.now();
  const result = importReadme(markdown);
  const imported = performance.now();
  const picked = result.unreadable ? undefined : pickCandidates(result.entries, known, 'content');
  const done = performance.now();
  const outcome = result.unreadable ?? `${result.entries.length} entries, ${picked!.fresh.length} new, ${picked!.duplicates.length} duplicates`;
  console.log(`${name.padEnd(34)} ${((imported - started) / 1000).toFixed(2).padStart(7)} s ${((done - imported) / 1000).toFixed(2).padStart(9)} s  ${outcome}`);
}
