/**
 * npm run metrics [-- --only github|huggingface|semanticscholar] [--dry-run] [--strict] [--if-older-than HOURS]
 * Refreshes content/metrics.json from GitHub, the Hugging Face Hub and Semantic Scholar. Base URLs and tokens
 * come from the environment (GITHUB_API_URL, HF_API_URL, S2_API_URL, GITHUB_TOKEN, HF_TOKEN, S2_API_KEY);
 * tokens are never printed or written. Where an entry's licence is not the one the Hub or GitHub states, it
 * says so. --if-older-than: only when the newest number is older than that.
 */
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { readEntries } from '../src/lib/content/content-files.ts';
import { formatFinding } from '../src/lib/content/validate.ts';
import { collectIds, describePlan, refreshMetrics, SERVICES, type Service } from '../src/lib/metrics/refresh.ts';
import { formatReport, hasFailures, licenseDifferences } from '../src/lib/metrics/report.ts';
import { hoursSinceRefresh } from '../src/lib/metrics/metrics.ts';
import { readMetricsFile } from '../src/lib/metrics/metrics-file.ts';

const USAGE = 'usage: npm run metrics -- [--only github|huggingface|semanticscholar]... [--dry-run] [--strict] [--if-older-than HOURS] [--content content] [--file content/metrics.json]';

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      file: { type: 'string' },
      'if-older-than': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const unknown = (values.only ?? []).filter((name) => !SERVICES.includes(name as Service));
  if (unknown.length) throw new Error(`--only takes ${SERVICES.join(', ')}; not ${unknown.join(', ')}\n${USAGE}`);
  const services = values.only?.length ? (values.only as Service[]) : [...SERVICES];
  const metricsPath = values.file ?? `${values.content}/metrics.json`;
  const maxAge = values['if-older-than'] === undefined ? undefined : Number(values['if-older-than']);
  if (maxAge !== undefined && !(maxAge >= 0)) throw new Error(`--if-older-than takes a number of hours, not ${values['if-older-than']}\n${USAGE}`);
  const age = maxAge === undefined ? undefined : hoursSinceRefresh(await readMetricsFile(metricsPath), new Date());
  if (age !== undefined && age < maxAge!) return console.log(`${metricsPath} was refreshed ${age.toFixed(1)} h ago (under ${maxAge} h): nothing to do`);

  const { entries, skipped, benchmarks } = await readEntries(values.content);
  for (const finding of skipped) console.warn(`skipped (invalid entry; run npm run validate): ${formatFinding(finding)}`);

  if (values['dry-run']) {
    const ids = collectIds(entries);
    for (const service of services) console.log(describePlan(service, [...ids[service].keys()], process.env));
    return console.log('dry run: nothing was asked and nothing was written');
  }

  const showProgress = process.stderr.isTTY;
  const reports = await refreshMetrics({
    entries,
    metricsPath,
    services,
    env: process.env,
    benchmarks,
    onProgress: showProgress ? (service, done, total) => process.stderr.write(`\r${service}: ${done}/${total}\x1b[K${done === total ? '\n' : ''}`) : undefined,
  });
  console.log(formatReport(reports, metricsPath));
  for (const line of licenseDifferences(entries, await readMetricsFile(metricsPath))) console.log(line);
  if (values.strict && hasFailures(reports)) process.exitCode = 1;
});
