/** Ordering and linking entries, the same on every page. */
import { githubUrl, huggingfaceUrl } from './urls.ts';
import type { Entry, EntryData } from './schema.ts';

/** Newest first; entries of one month by title (then slug), so the order never depends on file order. */
export function byNewest(a: Entry, b: Entry): number {
  return b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Where an entry's title points: its first paper, else its first link, model or repository. */
export function mainLink(data: EntryData): string | undefined {
  return (
    data.papers[0]?.url ??
    data.links[0]?.url ??
    (data.huggingface[0] && huggingfaceUrl(data.huggingface[0])) ??
    (data.github[0] && githubUrl(data.github[0]))
  );
}
