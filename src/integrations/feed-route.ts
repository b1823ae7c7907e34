import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SECTION_INFO } from '../lib/content/schema.ts';
import { added, entryPath, getAllEntries } from '../page-data/content.ts';

/** Newly added entries, by the day they entered the list (routed by feed.ts only when the site has an address). */
export const GET: APIRoute = async ({ site }) => {
  const entries = (await getAllEntries())
    .filter((entry) => added[entry.slug])
    .sort((a, b) => added[b.slug]!.localeCompare(added[a.slug]!))
    .slice(0, 50);
  return rss({
    title: 'Medical Foundation Models: newly added',
    description: 'Models, papers and studies as they are added to the list.',
    site: site!,
    items: entries.map((entry) => ({
      title: entry.data.title,
      link: entryPath(entry.slug),
      pubDate: new Date(`${added[entry.slug]}T00:00:00Z`),
      description: entry.data.summary ?? SECTION_INFO[entry.section].title,
      categories: [SECTION_INFO[entry.section].title],
    })),
  });
};
