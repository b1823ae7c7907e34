/** The open-data files' records, built once per build from the entries, metrics and added dates. */
import { compareFileOf } from '../lib/views/compare.ts';
import { toBibtex, toOpenEntry, toOpenResults, type OpenEntry, type OpenResult } from '../lib/views/open-data.ts';
import { added, benchmarkLookup, entryPath, getAllEntries, getResultRows, institutes, metrics } from './content.ts';

let cached: Promise<OpenEntry[]> | undefined;
let bibtexBySlug: Promise<Map<string, string>> | undefined;
let byCompareFile: Promise<Map<number, OpenEntry[]>> | undefined;

/** Every entry as open data, newest first; page URLs absolute on the configured site. */
const pageUrlOn = (site: URL | undefined) => (slug: string) => new URL(entryPath(slug), site ?? 'http://localhost').href;

export function getOpenEntries(site: URL | undefined): Promise<OpenEntry[]> {
  const pageUrl = pageUrlOn(site);
  return (cached ??= getAllEntries().then((entries) => entries.map((entry) => toOpenEntry(entry, { metrics, institutes, added, pageUrl }))));
}

/** Each entry's BibTeX by slug, newest first: made once for its page, /data/bibtex.json and /data/entries.bib. */
export const getBibtex = (site: URL | undefined): Promise<Map<string, string>> =>
  (bibtexBySlug ??= getOpenEntries(site).then((entries) => new Map(entries.map((entry) => [entry.slug, toBibtex(entry)]))));

/** The entries of one compare file (see compareFileOf), newest first. */
export async function getCompareFile(site: URL | undefined, file: number): Promise<OpenEntry[]> {
  byCompareFile ??= getOpenEntries(site).then((entries) => Map.groupBy(entries, (entry) => compareFileOf(entry.slug)));
  return (await byCompareFile).get(file) ?? [];
}

let openResults: Promise<OpenResult[]> | undefined;
/** Every curated result as open data, in the order of the entries (newest first), once for its CSV and JSON. */
export const getOpenResults = (site: URL | undefined): Promise<OpenResult[]> =>
  (openResults ??= getResultRows().then((rows) => toOpenResults(rows, benchmarkLookup, pageUrlOn(site))));
