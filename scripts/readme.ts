/**
 * npm run readme [-- --check]
 * Rewrites the list between the marker comments of README.md from content/ and content/metrics.json;
 * with --check, changes nothing and exits 1 if the README is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { readEntries } from '../src/lib/content/content-files.ts';
import { formatFinding } from '../src/lib/content/validate.ts';
import { readMetricsFile } from '../src/lib/metrics/metrics-file.ts';
import { renderList, replaceList } from '../src/lib/views/readme-list.ts';

const USAGE = 'usage: npm run readme -- [--check] [--readme README.md] [--content content]';

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      readme: { type: 'string', default: 'README.md' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const { entries, errors, institutes } = await readEntries(values.content);
  if (errors.length) throw new Error(`fix the entries first (npm run validate):\n${errors.map(formatFinding).join('\n')}`);
  const metrics = await readMetricsFile(`${values.content}/metrics.json`);

  const current = await readFile(values.readme, 'utf8');
  const next = replaceList(current, renderList(entries, metrics, institutes));
  if (values.check) {
    if (next !== current) {
      console.error(`${values.readme} is out of date with content/: run npm run readme and commit the result`);
      process.exitCode = 1;
    } else console.log(`${values.readme} is up to date`);
    return;
  }
  if (next === current) return console.log(`${values.readme} was already up to date`);
  await writeFile(values.readme, next);
  console.log(`rewrote the list in ${values.readme} (${entries.length} entries)`);
});
