/** The open-data files' records, built once per build from the entries, metrics and added dates. */
import { compareFileOf } from '../lib/views/compare.ts';
import { toOpenEntry, toOpenResults, type OpenEntry, type OpenResult } from '../lib/views/open-data.ts';
import { added, benchmarkLookup, entryPath, getAllEntries, getResultRows, institutes, metrics } from './content.ts';

let cached: Promise<OpenEntry[]> | undefined;
let bySlug: Promise<Map<string, OpenEntry>> | undefined;
let byCompareFile: Promise<Map<number, OpenEntry[]>> | undefined;

/** Every entry as open data, newest first; page URLs absolute on the configured site. */
const pageUrlOn = (site: URL | undefined) => (slug: string) => new URL(entryPath(slug), site ?? 'http://localhost').href;

export function getOpenEntries(site: URL | undefined): Promise<OpenEntry[]> {
  const pageUrl = pageUrlOn(site);
  return (cached ??= getAllEntries().then((entries) => entries.map((entry) => toOpenEntry(entry, { metrics, institutes, added, pageUrl }))));
}

/** One entry as open data, for its own page (looked up, not searched: there is a page per entry). */
export async function getOpenEntry(site: URL | undefined, slug: string): Promise<OpenEntry> {
  bySlug ??= getOpenEntries(site).then((entries) => new Map(entries.map((entry) => [entry.slug, entry])));
  return (await bySlug).get(slug)!;
}

/** The entries of one compare file (see compareFileOf), newest first. */
export async function getCompareFile(site: URL | undefined, file: number): Promise<OpenEntry[]> {
  byCompareFile ??= getOpenEntries(site).then((entries) => Map.groupBy(entries, (entry) => compareFileOf(entry.slug)));
  return (await byCompareFile).get(file) ?? [];
}

let openResults: Promise<OpenResult[]> | undefined;
/** Every curated result as open data, in the order of the entries (newest first), once for its CSV and JSON. */
export const getOpenResults = (site: URL | undefined): Promise<OpenResult[]> =>
  (openResults ??= getResultRows().then((rows) => toOpenResults(rows, benchmarkLookup, pageUrlOn(site))));
