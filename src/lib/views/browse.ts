/** What the build gives listing pages: each entry's card and index record, and the facets' choices. */
import { githubUrl, huggingfaceUrl } from '../content/identifiers.ts';
import { mainLink } from '../content/entries.ts';
import type { InstituteIndex } from '../content/institutes.ts';
import { SECTIONS, SECTION_INFO, type Entry, type Section } from '../content/schema.ts';
import { entryFacts, repoHealth } from '../metrics/facts.ts';
import { entryMetrics, type MetricsFile } from '../metrics/metrics.ts';
import { BROWSE_INDEX_VERSION, type BrowseIndex, type IndexEntry } from './browse-index.ts';
import type { CardData } from './card.ts';
import { licenseKind } from './licenses.ts';

export const SECTION_TITLES = Object.fromEntries(SECTIONS.map((section) => [section, SECTION_INFO[section].title])) as Record<Section, string>;

/** What an entry's card shows, with its numbers from the metrics file. */
export function cardData(entry: Entry, institutes: InstituteIndex, metrics: MetricsFile): CardData {
  const { data } = entry;
  const url = mainLink(data);
  return {
    slug: entry.slug,
    section: entry.section,
    title: data.title,
    ...(url ? { url } : {}),
    date: data.date,
    ...(data.summary ? { summary: data.summary } : {}),
    institutes: data.institutes.map((name) => institutes.resolve(name)?.name ?? name),
    metrics: Object.fromEntries(Object.entries(entryMetrics(data, metrics)).map(([kind, value]) => [kind, value.value])),
    links: [
      ...data.huggingface.map((id) => ({ label: 'Hugging Face', title: id, url: huggingfaceUrl(id) })),
      ...data.github.map((repo) => {
        const health = repoHealth(metrics.github[repo]);
        return { label: 'GitHub', title: repo, url: githubUrl(repo), ...(health ? { health } : {}) };
      }),
      ...data.links.map(({ label, url: link }) => ({ label, title: label, url: link })),
    ],
  };
}

/** Every entry (newest first) as the browsing script reads it, with the institutes they name. */
export function browseIndex(entries: readonly Entry[], institutes: InstituteIndex, metrics: MetricsFile): BrowseIndex {
  const table: BrowseIndex['institutes'] = {};
  const indexed = entries.map((entry): IndexEntry => {
    const card = cardData(entry, institutes, metrics);
    for (const name of card.institutes) {
      for (const institute of institutes.lineage(name)) {
        table[institute.name] ??= { ...(institute.aliases.length ? { aliases: institute.aliases } : {}), ...(institute.parent ? { parent: institute.parent } : {}) };
      }
    }
    const { access, modalities, specialties } = entry.data;
    const license = licenseKind(entryFacts(entry.data, metrics).license?.value);
    return {
      ...card,
      ...(access ? { access } : {}),
      ...(modalities.length ? { modalities } : {}),
      ...(specialties.length ? { specialties } : {}),
      ...(license ? { license } : {}),
    };
  });
  return { version: BROWSE_INDEX_VERSION, institutes: table, sectionTitles: SECTION_TITLES, entries: indexed };
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
