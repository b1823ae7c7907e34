/** Each entry's citation (CSL-JSON, BibTeX, RIS), made once per build for the entry pages (the files under /data/ come from src/lib/views/data-files.ts). */
import { entryPageUrl } from '../lib/views/data-files.ts';
import { citation, type Citation } from '../lib/views/citation.ts';
import { toOpenEntry } from '../lib/views/open-data.ts';
import { added, base, getAllEntries, institutes, metrics } from './content.ts';

let citationBySlug: Promise<Map<string, Citation>> | undefined;

/** Each entry's citation by slug, its page URL absolute on the configured site, as in /data/entries.bib. */
export function getCitations(site: URL | undefined): Promise<Map<string, Citation>> {
  const pageUrl = entryPageUrl(base, site);
  return (citationBySlug ??= getAllEntries().then((entries) => new Map(entries.map((entry) => [entry.slug, citation(toOpenEntry(entry, { metrics, institutes, added, pageUrl }))]))));
}
