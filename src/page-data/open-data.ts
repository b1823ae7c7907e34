/** Each entry's citation (CSL-JSON, BibTeX, RIS) for the entry pages: on `astro build`, those the build made with the files under /data/; elsewhere made here once. */
import { entryPageUrl } from '../lib/views/data-files.ts';
import { citation, type Citation } from '../lib/views/citation.ts';
import { toOpenEntry } from '../lib/views/open-data.ts';
import { added, base, getAllEntries, institutes, metrics } from './content.ts';
import { citationsFromTheBuild } from '../integrations/build-entries.ts';

let citationBySlug: Promise<ReadonlyMap<string, Citation>> | undefined;

/** Each entry's citation by slug, its page URL absolute on the configured site, as in /data/entries.bib. */
export function getCitations(site: URL | undefined): Promise<ReadonlyMap<string, Citation>> {
  const made = citationsFromTheBuild();
  if (made) return Promise.resolve(made);
  const pageUrl = entryPageUrl(base, site);
  return (citationBySlug ??= getAllEntries().then((entries) => new Map(entries.map((entry) => [entry.slug, citation(toOpenEntry(entry, { metrics, institutes, added, pageUrl }))]))));
}
