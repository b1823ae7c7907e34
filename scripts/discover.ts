/**
 * npm run discover [-- --days 14] [--json] [--write] [--top 10] [--content content]
 * The weekly watch: new medical models on the Hugging Face Hub, papers on arXiv and articles in the journals
 * (through Crossref) that the list does not have, ranked. Prints a Markdown report for a pull request (or
 * --json); --write drafts entry files for the top candidates. Base URLs from HF_API_URL, ARXIV_API_URL and
 * CROSSREF_API_URL. Exits 1 when every source failed.
 */
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { readEntryFiles } from '../src/lib/content/content-files.ts';
import { writeEntryFile } from '../src/lib/content/entry-file.ts';
import { formatFinding } from '../src/lib/content/validate.ts';
import { draftEntries } from '../src/lib/intake/watch-drafts.ts';
import { requestCounts, watchJson, watchMarkdown } from '../src/lib/intake/watch-report.ts';
import { runWatch } from '../src/lib/intake/watch-run.ts';
import { everySourceFailed } from '../src/lib/intake/watch.ts';

const USAGE = 'usage: npm run discover -- [--days 14] [--json] [--write] [--top 10] [--content content]';

const wholeNumberOption = (name: string, value: string, least: number) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < least) throw new Error(`--${name} takes a whole number of at least ${least}, not ${value}\n${USAGE}`);
  return number;
};

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      days: { type: 'string', default: '14' },
      json: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      top: { type: 'string', default: '10' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const days = wholeNumberOption('days', values.days, 1);
  const top = wholeNumberOption('top', values.top, 1);

  const known = await readEntryFiles(values.content);
  for (const finding of known.unreadable) console.warn(`warning: not compared (run npm run validate): ${formatFinding(finding)}`);
  const result = await runWatch({ known: known.files, env: process.env, days, now: new Date() });

  const drafts: string[] = [];
  if (values.write) {
    for (const draft of draftEntries(result.candidates, top, values.content, known.files)) {
      if ((await writeEntryFile(draft.path, draft.text)) === 'created') drafts.push(draft.path);
      else console.warn(`kept ${draft.path}: a file is already there`);
    }
  }
  console.log(values.json ? JSON.stringify(watchJson(result), null, 2) : watchMarkdown(result, drafts));
  console.warn(`asked ${requestCounts(result)}; ${result.candidates.length} candidates, ${result.skipped.length} already listed, ${result.failed.length} failed${drafts.length ? `; ${drafts.length} drafts written` : ''}`);
  if (everySourceFailed(result)) {
    console.error('error: every source failed, so nothing was watched (this is not "nothing new")');
    process.exitCode = 1;
  }
});
