/** The site's paths of an entry, an institute and a benchmark: apart from the cards, so that a page script needing only a path (the contribute page's) does not bundle them. */
import { slugify } from '../content/slug.ts';

export const entryHref = (base: string, slug: string) => `${base}/entries/${slug}/`;
export const instituteHref = (base: string, name: string) => `${base}/institutes/${slugify(name)}/`;
export const benchmarkHref = (base: string, id: string) => `${base}/benchmarks/${id}/`;
