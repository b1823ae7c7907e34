/**
 * npm run links [-- --json | --markdown] [--strict] [--content content] [--timeout 10]
 * Checks every URL the entries name and reports the dead, moved and unsure ones with the file and
 * field to edit. Dead links never fail a build: the exit code is 1 only with --strict and a dead link.
 * Private addresses (loopback, private networks, link-local) are never asked unless --allow-private or
 * LINKS_ALLOW_PRIVATE=1 says so (the tests' local servers need it).
 */
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { readEntries } from '../src/lib/content/content-files.ts';
import { formatFinding } from '../src/lib/content/validate.ts';
import { formatLinkReport, linkReportMarkdown } from '../src/lib/metrics/link-report.ts';
import { buildReport, checkLinks, collectLinks } from '../src/lib/metrics/links.ts';

const USAGE = 'usage: npm run links -- [--json | --markdown] [--strict] [--content content] [--timeout seconds] [--allow-private]';

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      timeout: { type: 'string', default: '10' },
      'allow-private': { type: 'boolean', default: process.env.LINKS_ALLOW_PRIVATE === '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (values.json && values.markdown) throw new Error(`--json and --markdown do not go together\n${USAGE}`);
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error(`--timeout takes seconds, like 10 or 0.5, not ${values.timeout}\n${USAGE}`);

  const { entries, skipped } = await readEntries(values.content);
  for (const finding of skipped) console.warn(`skipped (invalid entry; run npm run validate): ${formatFinding(finding)}`);

  const showProgress = process.stderr.isTTY;
  const results = await checkLinks(collectLinks(entries), {
    timeoutMs: timeout * 1000,
    allowPrivate: values['allow-private'],
    onProgress: showProgress ? (done, total) => process.stderr.write(`\rlinks: ${done}/${total}\x1b[K${done === total ? '\n' : ''}`) : undefined,
  });
  const report = buildReport(results);
  console.log(values.json ? JSON.stringify(report, null, 2) : values.markdown ? linkReportMarkdown(report) : formatLinkReport(report));
  if (values.strict && report.dead.length) process.exitCode = 1;
});
