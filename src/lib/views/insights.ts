/** The numbers behind the insight page's charts, from the content and the metrics file. */
import type { InstituteIndex } from '../content/institutes.ts';
import { entryFacts } from '../metrics/facts.ts';
import type { MetricsFile } from '../metrics/metrics.ts';
import { MODEL_SECTIONS, SECTIONS, type Entry, type Section } from '../content/schema.ts';
import { licenseKind, type LicenseKind } from './licenses.ts';

export type YearRow = { year: number } & Record<Section, number>;

/** Entries per publication year, split by section, every year from the first to the last. */
export function entriesPerYear(entries: readonly Entry[]): YearRow[] {
  if (entries.length === 0) return [];
  const years = entries.map((entry) => Number(entry.data.date.slice(0, 4)));
  const rows: YearRow[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    rows.push({ year, ...(Object.fromEntries(SECTIONS.map((s) => [s, 0])) as Record<Section, number>) });
  }
  for (const entry of entries) rows[Number(entry.data.date.slice(0, 4)) - rows[0]!.year]![entry.section]++;
  return rows;
}

/** Institutes by the number of entries that name them (by name or alias; parents not credited). */
export function topInstitutes(entries: readonly Entry[], institutes: InstituteIndex, limit = 10): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const name of new Set(entry.data.institutes.map((n) => institutes.resolve(n)?.name ?? n))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit);
}

export interface CitedPaper {
  slug: string;
  /** The paper's own title where the entry gives one, else the entry's title. */
  title: string;
  date: string;
  citations: number;
}

/** Every paper with a known citation count, most cited first. */
export function citedPapers(entries: readonly Entry[], metrics: MetricsFile): CitedPaper[] {
  return entries
    .flatMap((entry) =>
      entry.data.papers.flatMap((paper) => {
        const known = paper.semanticScholar ? metrics.semanticScholar[paper.semanticScholar] : undefined;
        return known ? [{ slug: entry.slug, title: paper.title ?? entry.data.title, date: entry.data.date, citations: known.citations }] : [];
      }),
    )
    .sort((a, b) => b.citations - a.citations || a.title.localeCompare(b.title, 'en'));
}

/** Months from the first to the last of some YYYY-MM dates, as a number line: month index since year 0. */
export const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export interface LicenseCount {
  license: string;
  kind: LicenseKind;
  count: number;
}

/** Model entries by their licence, the entry's else the Hub's or GitHub's (see entryFacts), most common first. */
export function licenseCounts(entries: readonly Entry[], metrics: MetricsFile): LicenseCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    // entryFacts writes a fetched licence as an entry would: GitHub's Apache-2.0 and the Hub's apache-2.0 are one.
    const license = MODEL_SECTIONS.has(entry.section) ? entryFacts(entry.data, metrics).license?.value : undefined;
    if (license && licenseKind(license)) counts.set(license, (counts.get(license) ?? 0) + 1);
  }
  return [...counts]
    .map(([license, count]) => ({ license, kind: licenseKind(license)!, count }))
    .sort((a, b) => b.count - a.count || a.license.localeCompare(b.license, 'en'));
}
