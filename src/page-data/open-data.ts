/** Each entry's open-data record and BibTeX, made once per build for the entry pages (the files under /data/ come from src/lib/views/data-files.ts). */
import { entryPageUrl } from '../lib/views/data-files.ts';
import { toBibtex, toOpenEntry } from '../lib/views/open-data.ts';
import { added, base, getAllEntries, institutes, metrics } from './content.ts';

let bibtexBySlug: Promise<Map<string, string>> | undefined;

/** Each entry's BibTeX by slug, its URL absolute on the configured site, as in /data/entries.bib. */
export function getBibtex(site: URL | undefined): Promise<Map<string, string>> {
  const pageUrl = entryPageUrl(base, site);
  return (bibtexBySlug ??= getAllEntries().then((entries) => new Map(entries.map((entry) => [entry.slug, toBibtex(toOpenEntry(entry, { metrics, institutes, added, pageUrl }))]))));
}
