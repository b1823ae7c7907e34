/** What the build gives listing pages: each entry's card and index record, and the facets' choices. */
import { githubUrl, huggingfaceUrl } from '../content/urls.ts';
import { mainLink } from '../content/entries.ts';
import type { InstituteIndex } from '../content/institutes.ts';
import { SECTIONS, SECTION_INFO, type Entry, type Section } from '../content/schema.ts';
import { entryFacts, repoHealth, type RepoHealth } from '../metrics/facts.ts';
import { METRIC_KINDS, type MetricKind } from '../metrics/kinds.ts';
import { entryMetrics, type MetricsFile } from '../metrics/metrics.ts';
import { BROWSE_INDEX_VERSION, type BrowseIndex, type IndexEntry, type IndexInstitute } from './browse-index.ts';
import type { CardData } from './card.ts';
import { shortAuthors } from './format.ts';
import { licenseFacetValues } from './licenses.ts';
import type { AddedDates } from './added-dates.ts';
import type { Benchmark } from '../content/benchmark-registry.ts';
import { resultColumnChoices } from './result-columns.ts';

export const SECTION_TITLES = Object.fromEntries(SECTIONS.map((section) => [section, SECTION_INFO[section].title])) as Record<Section, string>;

/** What an entry's card shows, with its numbers from the metrics file. */
export function cardData(entry: Entry, institutes: InstituteIndex, metrics: MetricsFile): CardData {
  const { data } = entry;
  const url = mainLink(data);
  const facts = entryFacts(data, metrics);
  const license = facts.license?.value;
  return {
    slug: entry.slug,
    section: entry.section,
    title: data.title,
    ...(url ? { url } : {}),
    date: data.date,
    ...(data.summary ? { summary: data.summary } : {}),
    ...(data.papers[0]?.authors?.length ? { authors: shortAuthors(data.papers[0].authors) } : {}),
    institutes: data.institutes.map((name) => institutes.resolve(name)?.name ?? name),
    metrics: Object.fromEntries(Object.entries(entryMetrics(data, metrics)).map(([kind, value]) => [kind, value.value])),
    ...(license ? { license } : {}),
    ...(data.access ? { access: data.access } : {}),
    ...(facts.parameters ? { parameters: facts.parameters.value } : {}),
    ...(data.specialties[0] ? { specialty: data.specialties[0] } : {}),
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

const withHealth = (repo: string, health: RepoHealth | undefined): NonNullable<IndexEntry['gh']>[number] => (health ? [repo, health] : repo);

/**
 * One section's entries as the browsing script reads them (see browse-index.ts), with the institutes
 * they name and their parents in a table. `all` is every entry newest first, which gives each its rank.
 */
export function browseIndex(section: Section, all: readonly Entry[], institutes: InstituteIndex, metrics: MetricsFile, added: AddedDates = {}): BrowseIndex {
  const table: IndexInstitute[] = [];
  const position = new Map<string, number>();
  const place = (nameOrAlias: string): number => {
    const institute = institutes.resolve(nameOrAlias);
    const name = institute?.name ?? nameOrAlias;
    const known = position.get(name);
    if (known !== undefined) return known;
    const at = table.push({ name, ...(institute?.aliases.length ? { aliases: institute.aliases } : {}) }) - 1;
    position.set(name, at);
    if (institute?.parent) table[at]!.parent = place(institute.parent);
    return at;
  };
  const entries = all.flatMap((entry, rank): IndexEntry[] => {
    if (entry.section !== section) return [];
    const card = cardData(entry, institutes, metrics);
    const { access, modalities, specialties, tasks, huggingface, github, links } = entry.data;
    const facts = entryFacts(entry.data, metrics);
    const license = facts.license?.value;
    return [
      {
        rank,
        slug: card.slug,
        title: card.title,
        ...(card.url ? { url: card.url } : {}),
        date: card.date,
        ...(added[card.slug] ? { added: added[card.slug] } : {}),
        ...(card.summary ? { summary: card.summary } : {}),
        ...(card.authors ? { authors: card.authors } : {}),
        institutes: card.institutes.map(place),
        metrics: card.metrics,
        ...(huggingface.length ? { hf: huggingface } : {}),
        ...(github.length ? { gh: github.map((repo) => withHealth(repo, repoHealth(metrics.github[repo]))) } : {}),
        ...(links.length ? { links: links.map(({ label, url }): [string, string] => [label, url]) } : {}),
        ...(access ? { access } : {}),
        ...(modalities.length ? { modalities } : {}),
        ...(specialties.length ? { specialties } : {}),
        ...(tasks.length ? { tasks } : {}),
        ...(license ? { license } : {}),
        ...(facts.parameters ? { parameters: facts.parameters.value } : {}),
        ...(facts.baseModel ? { baseModel: facts.baseModel.value } : {}),
      },
    ];
  });
  return { version: BROWSE_INDEX_VERSION, section, sectionTitle: SECTION_TITLES[section], institutes: table, entries };
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

/**
 * Each institute's entries, in the given order: an entry is under each institute it names and under their
 * parents (a parent takes in its children), once. One pass over the entries, where filtering the whole list
 * for each institute cost the build half a second at 10,000 entries.
 */
export function entriesByInstitute(entries: readonly Entry[], institutes: InstituteIndex): Map<string, Entry[]> {
  const byInstitute = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const name of institutes.withParents(entry.data.institutes)) {
      const list = byInstitute.get(name);
      if (list) list.push(entry);
      else byInstitute.set(name, [entry]);
    }
  }
  return byInstitute;
}

/** How many of some entries have each value of a curated fact (access, modalities, specialties, tasks): the facet's choices. */
function factFacet(entries: readonly Entry[], valuesOf: (entry: Entry) => readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const value of valuesOf(entry)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * The entries that have each value of a closed list (specialties, tasks), in the list's order, leaving out
 * values no entry has: a page each, and the counts of their index.
 */
export function entriesByFact<V extends string>(entries: readonly Entry[], values: readonly V[], valuesOf: (entry: Entry) => readonly V[]): { value: V; entries: Entry[] }[] {
  return values.map((value) => ({ value, entries: entries.filter((entry) => valuesOf(entry).includes(value)) })).filter((group) => group.entries.length > 0);
}

/** What a list's filters offer and its header says, computed once per list rather than once per page of it. */
export interface ListSummary {
  total: number;
  institutes: { name: string; count: number }[];
  access: { value: string; count: number }[];
  modalities: { value: string; count: number }[];
  specialties: { value: string; count: number }[];
  tasks: { value: string; count: number }[];
  licenses: { value: string; count: number }[];
  /** Years with entries, newest first, and the first and last month. */
  years: string[];
  months: [first: string, last: string] | [];
  /** The oldest fetch among the numbers the list shows, if any was fetched. */
  metricsAsOf?: string;
  /** The numbers some entry of the list has: the only ones it offers to sort by. */
  metricKinds: MetricKind[];
  /** The benchmark results the table can show as a column, per benchmark. */
  resultColumns: ReturnType<typeof resultColumnChoices>;
}

/**
 * Which numbers some of these entries have, and the oldest fetch among them: what a page may sort by or
 * promise, and the date its numbers are as of. None before the first metrics refresh.
 */
export function listMetrics(entries: readonly Entry[], metrics: MetricsFile): { kinds: MetricKind[]; asOf?: string } {
  const numbers = entries.map((entry) => entryMetrics(entry.data, metrics));
  const asOf = numbers.flatMap((values) => Object.values(values).map((value) => value.fetchedAt)).sort()[0];
  return { kinds: METRIC_KINDS.filter((kind) => numbers.some((values) => values[kind])), ...(asOf ? { asOf } : {}) };
}

/** The filter panel's label: the filters it holds, so it never names one a list does not offer. */
export function moreFiltersLabel(summary: Pick<ListSummary, 'specialties' | 'tasks' | 'access' | 'licenses' | 'modalities'>): string {
  const offered = (['specialties', 'tasks', 'access', 'licenses', 'modalities'] as const).filter((facet) => summary[facet].length > 0);
  const names = { specialties: 'specialty', tasks: 'task', access: 'access', licenses: 'licence', modalities: 'modality' };
  return `${['Dates', ...offered.map((facet) => names[facet])].join(', ')} and institutes`;
}

export function listSummary(entries: readonly Entry[], institutes: InstituteIndex, metrics: MetricsFile, benchmarks: readonly Benchmark[]): ListSummary {
  const months = entries.map((entry) => entry.data.date).sort();
  const numbers = listMetrics(entries, metrics);
  return {
    total: entries.length,
    institutes: instituteFacet(entries, institutes),
    // Only where some entry has the fact.
    access: factFacet(entries, (entry) => (entry.data.access ? [entry.data.access] : [])),
    modalities: factFacet(entries, (entry) => entry.data.modalities),
    specialties: factFacet(entries, (entry) => entry.data.specialties),
    tasks: factFacet(entries, (entry) => entry.data.tasks),
    licenses: factFacet(entries, (entry) => licenseFacetValues(entryFacts(entry.data, metrics).license?.value)),
    years: [...new Set(months.map((month) => month.slice(0, 4)))].reverse(),
    months: months.length ? [months[0]!, months.at(-1)!] : [],
    ...(numbers.asOf ? { metricsAsOf: numbers.asOf } : {}),
    metricKinds: numbers.kinds,
    resultColumns: resultColumnChoices(entries, benchmarks),
  };
}
