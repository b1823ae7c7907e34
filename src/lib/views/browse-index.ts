/**
 * The browse index (/data/browse.json): every entry with what its card shows and what the filters and
 * sorts read, fetched by the browsing script the first time a view needs more than the page's own first
 * cards. The build makes it from the content; the script reads it back into cards and filter records.
 * The part the script imports carries no validator, so the page's JavaScript stays small.
 */
import { foldText } from '../content/slug.ts';
import type { Section } from '../content/schema.ts';
import type { CardData } from './card.ts';
import type { FilterRecord } from './filter.ts';

export const BROWSE_INDEX_VERSION = 1;

/** One entry in the index: its card and its curated facts. */
export interface IndexEntry extends CardData {
  access?: string;
  modalities?: string[];
  specialties?: string[];
  /** The kind of the licence the Hub or GitHub states: open or restricted. */
  license?: string;
}

export interface BrowseIndex {
  version: typeof BROWSE_INDEX_VERSION;
  /** The institutes the entries name: aliases (for text search) and parent (a parent takes in its children). */
  institutes: Record<string, { aliases?: string[]; parent?: string }>;
  sectionTitles: Record<Section, string>;
  /** Newest first, as the listing pages order them. */
  entries: IndexEntry[];
}

/** The institute and every parent above it, nearest first, from the index's table. */
function lineage(name: string, table: BrowseIndex['institutes']): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = name; at !== undefined && !chain.includes(at); at = table[at]?.parent) chain.push(at);
  return chain;
}

/** What the filters read of an entry: institutes with their parents, and title, summary and every institute name and alias, folded. */
export function filterRecord(entry: IndexEntry, table: BrowseIndex['institutes']): FilterRecord {
  const institutes = [...new Set(entry.institutes.flatMap((name) => lineage(name, table)))];
  const names = institutes.flatMap((name) => [name, ...(table[name]?.aliases ?? [])]);
  return {
    slug: entry.slug,
    date: entry.date,
    institutes,
    text: foldText([entry.title, entry.summary ?? '', ...new Set(names)].join(' ')),
    ...entry.metrics,
    access: entry.access,
    modalities: entry.modalities ?? [],
    specialties: entry.specialties ?? [],
    licenses: entry.license ? [entry.license] : [],
  };
}
