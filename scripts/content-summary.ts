/**
 * npm run content-summary -- --findings <validate --json output> --base <git ref> [--content content]
 * The content check's job summary: what `npm run validate -- --json` found, and the entries that the
 * change since --base adds (their titles), as Markdown on standard output. The workflow appends it
 * to $GITHUB_STEP_SUMMARY.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { readEntryFiles } from '../src/lib/content/content-files.ts';
import type { Finding } from '../src/lib/content/validate.ts';
import { contentSummary } from '../src/lib/views/content-summary.ts';

const USAGE = 'usage: npm run content-summary -- --findings findings.json --base origin/main [--content content]';

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      findings: { type: 'string' },
      base: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (!values.findings || !values.base) throw new Error(`give --findings and --base\n${USAGE}`);
  const { findings } = JSON.parse(await readFile(values.findings, 'utf8')) as { findings: Finding[] };
  // The merge base's view: what this branch adds, not what main gained since.
  const addedFiles = new Set(
    execFileSync('git', ['diff', '--name-only', '--diff-filter=A', `${values.base}...HEAD`, '--', values.content], { encoding: 'utf8' }).split('\n').filter(Boolean),
  );
  const { files } = await readEntryFiles(values.content);
  const added = files
    .filter((file) => addedFiles.has(file.file))
    .map((file) => ({ file: file.file, title: String((file.frontMatter as { title?: unknown }).title ?? file.slug) }));
  process.stdout.write(contentSummary(findings, added));
});
