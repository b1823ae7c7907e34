/**
 * npm run validate [-- --json | --format github] [--content content] [--metrics]
 * Checks every entry file, then the entries together: `path:line: field: what is wrong (how to fix)`; exit 1
 * on any error. --metrics also warns where the last refresh contradicts a curated access, size or base model.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { ContentError, INSTITUTES_FILE, readEntries } from '../src/lib/content/content-files.ts';
import { citationCoverage } from '../src/lib/content/paper-metadata.ts';
import { resultCoverage, resultCoverageLine, type ResultCoverage } from '../src/lib/content/result-coverage.ts';
import { factFindings } from '../src/lib/metrics/facts.ts';
import { readMetricsFile } from '../src/lib/metrics/metrics-file.ts';
import { formatFinding, githubAnnotation, registryFindings, type Finding } from '../src/lib/content/validate.ts';

const USAGE = 'usage: npm run validate -- [--json | --format text|github] [--content content] [--metrics]';

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      content: { type: 'string', default: 'content' },
      metrics: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const format = values.json ? 'json' : values.format;
  if (!['text', 'github', 'json'].includes(format)) throw new Error(`--format takes text or github, not ${format}\n${USAGE}`);

  const started = performance.now();
  let findings: Finding[];
  let fileCount = 0;
  let unchecked: Record<string, number> = {};
  let coverage: ReturnType<typeof citationCoverage> | undefined;
  let reach: ResultCoverage | undefined;
  try {
    const metrics = await readMetricsFile(join(values.content, 'metrics.json'));
    // Titles from the last metrics refresh catch an id that names another paper.
    const checked = await readEntries(values.content, { knownPapers: metrics.semanticScholar });
    fileCount = checked.fileCount;
    unchecked = Object.fromEntries(checked.skippedArithmetic);
    coverage = citationCoverage(checked.entries);
    reach = resultCoverage(checked.entries);
    const { institutes } = checked;
    const registryFile = join(values.content, INSTITUTES_FILE);
    findings = [
      ...registryFindings(institutes.all, await readFile(registryFile, 'utf8'), registryFile),
      ...checked.findings,
      ...(values.metrics ? factFindings(checked.located, metrics) : []),
    ];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    findings = error.problems.map((p) => ({ file: p.file, line: 1, field: p.field, severity: 'error' as const, message: p.message }));
  }

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (format === 'json') console.log(JSON.stringify({ errors, warnings, files: fileCount, findings, uncheckedCounts: unchecked }, null, 2));
  else {
    for (const finding of findings) console.log(format === 'github' ? githubAnnotation(finding) : formatFinding(finding));
    // Why some accuracies were not checked as whole counts of items, so a gap in the check is seen.
    for (const [reason, count] of Object.entries(unchecked)) console.log(`not checked as a count of items: ${count} result(s), ${reason}`);
    console.log(`${errors} error(s), ${warnings} warning(s) in ${fileCount} entries (${((performance.now() - started) / 1000).toFixed(2)} s)`);
    if (coverage?.citable) {
      const share = Math.floor((100 * coverage.complete) / coverage.citable);
      console.log(`citations: ${coverage.complete} of ${coverage.citable} entries whose main paper is on arXiv, behind a DOI or in the ACL Anthology give its title and authors (${share} %)`);
    }
    if (reach?.models) console.log(resultCoverageLine(reach));
  }
  if (errors > 0) process.exitCode = 1;
});
