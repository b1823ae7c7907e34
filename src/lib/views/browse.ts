/** What the build writes on each listed entry for the browsing script: institutes with parents, search text, numbers. */
import { foldText } from '../content/slug.ts';
import type { InstituteIndex } from '../content/institutes.ts';
import { entryFacts } from '../metrics/facts.ts';
import { entryMetrics, type MetricsFile } from '../metrics/metrics.ts';
import { licenseKind } from './licenses.ts';
import type { Entry } from '../content/schema.ts';

/** Title, summary and every name (and alias) of the entry's institutes and their parents, folded for matching. */
export function searchText(entry: Entry, institutes: InstituteIndex): string {
  const names = entry.data.institutes.flatMap((name) => {
    const lineage = institutes.lineage(name);
    return lineage.length ? lineage.flatMap((institute) => [institute.name, ...institute.aliases]) : [name];
  });
  return foldText([entry.data.title, entry.data.summary ?? '', ...new Set(names)].join(' '));
}

/** The data-* attributes of one listed entry. */
export function browseAttributes(entry: Entry, institutes: InstituteIndex, metrics: MetricsFile) {
  const values = entryMetrics(entry.data, metrics);
  return {
    'data-slug': entry.slug,
    'data-date': entry.data.date,
    'data-institutes': institutes.withParents(entry.data.institutes).join('|'),
    'data-search': searchText(entry, institutes),
    'data-citations': values.citations?.value,
    'data-stars': values.stars?.value,
    'data-likes': values.likes?.value,
    'data-downloads': values.downloads?.value,
    'data-access': entry.data.access,
    'data-modalities': entry.data.modalities.join('|') || undefined,
    'data-specialties': entry.data.specialties.join('|') || undefined,
    'data-license': licenseKind(entryFacts(entry.data, metrics).license?.value),
  };
}

/** The institutes a list of entries names (parents included), most entries first: the facet's choices. */
export function instituteFacet(entries: readonly Entry[], institutes: InstituteIndex): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const name of institutes.withParents(entry.data.institutes)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
}

/** How many of some entries have each value of a curated fact (access, modalities, specialties): the facet's choices. */
export function factFacet(entries: readonly Entry[], valuesOf: (entry: Entry) => readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const value of valuesOf(entry)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
