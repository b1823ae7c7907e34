/**
 * The browse index: every entry with what its card shows and what the filters and sorts read, one file a
 * section (/data/browse/<section>.json, so none grows past a few hundred KB compressed at 10,000 entries),
 * fetched by the browsing script the first time a view needs more than the page's own cards. The build
 * writes it compactly (institutes by number, Hub and GitHub ids rather than URLs); the script reads it
 * back into the very cards and filter records the build used. No validator here: the page's script
 * bundles this module.
 */
import { foldText } from '../content/slug.ts';
import type { Access, Section, Specialty } from '../content/vocabulary.ts';
import { githubUrl, huggingfaceUrl } from '../content/urls.ts';
import type { RepoHealth } from '../metrics/facts.ts';
import type { CardData } from './card.ts';
import type { FilterRecord } from './filter.ts';
import { licenseFacetValues } from './licenses.ts';

export const BROWSE_INDEX_VERSION = 3;

export interface IndexInstitute {
  name: string;
  aliases?: string[];
  /** The parent's position in the same table: a parent takes in its children. */
  parent?: number;
}

/** One entry, compactly: the card's fields, its curated facts, and its place in the list of all entries. */
export interface IndexEntry {
  /** Position in the newest-first list of all entries, which orders a list merged from several sections. */
  rank: number;
  slug: string;
  title: string;
  url?: string;
  date: string;
  /** YYYY-MM-DD the entry entered the list, for the "Recently added" order. */
  added?: string;
  summary?: string;
  /** As the card shows them: the main paper's first three authors and "et al.". */
  authors?: string;
  /** Positions in the section's institute table. */
  institutes: number[];
  metrics: CardData['metrics'];
  hf?: string[];
  /** Repositories, with "archived" or "inactive" where the badge applies. */
  gh?: (string | [repo: string, health: RepoHealth])[];
  /** Other links as [label, url]. */
  links?: [string, string][];
  access?: Access;
  modalities?: string[];
  specialties?: Specialty[];
  tasks?: string[];
  /** The licence as the entry page shows it: the entry's, else the one the Hub or GitHub states. */
  license?: string;
  /** As the entry page shows them: curated, else fetched. */
  parameters?: string;
  baseModel?: string;
}

export interface BrowseIndex {
  version: typeof BROWSE_INDEX_VERSION;
  section: Section;
  sectionTitle: string;
  institutes: IndexInstitute[];
  entries: IndexEntry[];
}

/** The card an index entry stands for: the same object the build drew the entry's card from. */
export function cardOf(entry: IndexEntry, index: BrowseIndex): CardData {
  return {
    slug: entry.slug,
    section: index.section,
    title: entry.title,
    ...(entry.url ? { url: entry.url } : {}),
    date: entry.date,
    ...(entry.summary ? { summary: entry.summary } : {}),
    ...(entry.authors ? { authors: entry.authors } : {}),
    institutes: entry.institutes.map((i) => index.institutes[i]!.name),
    metrics: entry.metrics,
    ...(entry.license ? { license: entry.license } : {}),
    ...(entry.access ? { access: entry.access } : {}),
    ...(entry.parameters ? { parameters: entry.parameters } : {}),
    ...(entry.specialties?.[0] ? { specialty: entry.specialties[0] } : {}),
    links: [
      ...(entry.hf ?? []).map((id) => ({ label: 'Hugging Face', title: id, url: huggingfaceUrl(id) })),
      ...(entry.gh ?? []).map((repo) => {
        const [name, health] = typeof repo === 'string' ? [repo] : repo;
        return { label: 'GitHub', title: name, url: githubUrl(name), ...(health ? { health } : {}) };
      }),
      ...(entry.links ?? []).map(([label, url]) => ({ label, title: label, url })),
    ],
  };
}

/**
 * What the filters read of an entry: institutes with their parents, and title, summary, Hub and GitHub ids
 * (people type "MahmoodLab/UNI" or the org they know) and every institute name and alias, folded.
 */
export function filterRecord(entry: IndexEntry, index: BrowseIndex): FilterRecord {
  const ids = [...(entry.hf ?? []), ...(entry.gh ?? []).map((repo) => (typeof repo === 'string' ? repo : repo[0]))];
  const lineage = new Set<number>();
  for (const own of entry.institutes) for (let at: number | undefined = own; at !== undefined && !lineage.has(at); at = index.institutes[at]?.parent) lineage.add(at);
  const institutes = [...lineage].map((i) => index.institutes[i]!);
  return {
    slug: entry.slug,
    date: entry.date,
    ...(entry.added ? { added: entry.added } : {}),
    institutes: institutes.map((institute) => institute.name),
    text: foldText([entry.title, entry.summary ?? '', ...ids, ...new Set(institutes.flatMap((institute) => [institute.name, ...(institute.aliases ?? [])]))].join(' ')),
    ...entry.metrics,
    access: entry.access,
    modalities: entry.modalities ?? [],
    specialties: entry.specialties ?? [],
    tasks: entry.tasks ?? [],
    licenses: licenseFacetValues(entry.license),
  };
}
