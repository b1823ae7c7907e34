/** The summary a person reads after a refresh: counts per service, then each thing to act on. */
import type { Entry } from '../content/schema.ts';
import { factDisagreements } from './facts.ts';
import type { MetricsFile } from './metrics.ts';
import type { ServiceReport } from './refresh.ts';

export function formatReport(reports: readonly ServiceReport[], metricsPath: string): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(
      `${r.service}: ${r.asked} asked in ${r.requests} request(s): ${r.updated.length} updated, ${r.unchanged.length} unchanged, ` +
        `${r.kept.length} kept after failure, ${r.failed.length} failed with no value yet, ${r.notFound.length} not found` +
        (r.renamed.length ? `, ${r.renamed.length} renamed` : '') +
        (r.dropped.length ? `, ${r.dropped.length} dropped (no entry names them)` : '') +
        (r.differences.length ? `, ${r.differences.length} paper field(s) differing from the entry` : ''),
    );
  }
  for (const r of reports) {
    for (const { id, references } of r.notFound) {
      for (const { file, field } of references) lines.push(`  not found: ${file}: ${field}: ${r.service} says ${id} does not exist (fix or remove it)`);
    }
    for (const { id, to, references } of r.renamed) {
      for (const { file, field } of references) lines.push(`  renamed: ${file}: ${field}: ${id} is now ${to} (update the entry)`);
    }
    for (const { id, reason } of [...r.kept, ...r.failed]) lines.push(`  failed: ${r.service} ${id}: ${reason}`);
    for (const { id, what } of r.leftOut) lines.push(`  left out: ${r.service} ${id}: ${what}`);
    for (const { file, field, message } of r.differences) lines.push(`  differs: ${file}: ${field}: ${message}`);
  }
  lines.push(`wrote ${metricsPath}`);
  return lines.join('\n');
}

/** For --strict: anything that could not be fetched as asked. */
export const hasFailures = (reports: readonly ServiceReport[]) =>
  reports.some((r) => r.kept.length + r.failed.length + r.notFound.length > 0);

/** Where an entry's licence is not the one the Hub or GitHub now states: lines for the summary, a maintainer to read both. */
export function licenseDifferences(entries: readonly Entry[], metrics: MetricsFile): string[] {
  return entries.flatMap((entry) =>
    factDisagreements(entry, metrics)
      .filter(({ field }) => field === 'license')
      .map(({ message }) => `  licence differs: ${entry.file ?? `content/${entry.section}/${entry.slug}.md`}: license: ${message}`),
  );
}
