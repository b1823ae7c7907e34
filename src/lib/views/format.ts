/** How dates and counts read on the site. Everything in UTC so a build gives the same text anywhere. */
const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

const months = new Map<string, string>();
/** "2023-11" -> "Nov 2023" (remembered: a long list has few months and many cards). */
export function formatMonth(month: string): string {
  let text = months.get(month);
  if (text === undefined) months.set(month, (text = monthFormat.format(new Date(`${month}-01T00:00:00Z`))));
  return text;
}

/** An ISO time -> "Feb 3, 2026". */
export const formatDay = (iso: string) => dayFormat.format(new Date(iso));

/** 950 -> "950", 1234 -> "1.2k", 2500000 -> "2.5M"; a dash when unknown. */
/** A paper's authors as a card shows them: the first three, then "et al.". */
export const shortAuthors = (authors: readonly string[]) => (authors.length > 3 ? `${authors.slice(0, 3).join(', ')} et al.` : authors.join(', '));

export function formatCount(value: number | undefined): string {
  return value === undefined ? '—' : compact.format(value).replace('K', 'k');
}

/**
 * A page's <title>: "<page> · <site>" while that fits in `max` characters (search engines cut longer
 * ones), else the page's own title, cut at a word with an ellipsis if even that is too long.
 */
export function documentTitle(page: string, site: string, max = 70): string {
  if (page === site) return page;
  const full = `${page} · ${site}`;
  if (full.length <= max) return full;
  if (page.length <= max) return page;
  const cut = page.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,:;.-])[\s,:;.-]+$/, '')}…`;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and a window around the current page,
 * with null where numbers are left out ("1 … 4 5 6 … 200"), so 200 pages stay one short line.
 */
export function pageList(current: number, last: number, around = 2): (number | null)[] {
  const shown = [...new Set([1, ...Array.from({ length: 2 * around + 1 }, (_, i) => current - around + i), last])].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}

/** Cards on one page of a list; the rest are on the next pages, or a "Show more" away with JavaScript. */
export const LIST_PAGE_SIZE = 50;

/** The URLs of the pages before and after the current one of a paginated list, for rel=prev/next. */
export function adjacentPages(current: number, last: number, urlOf: (n: number) => string): { prev?: string; next?: string } {
  return { ...(current > 1 ? { prev: urlOf(current - 1) } : {}), ...(current < last ? { next: urlOf(current + 1) } : {}) };
}

/** "1 entry", "3 entries". */
export const entryCount = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** "120 entries, newest first. Page 2 of 3." — a paged list's count, as its header and status say it. */
export function listCountText(total: number, current: number, last: number, noun = 'entries'): string {
  return `${total} ${total === 1 && noun === 'entries' ? 'entry' : noun}, newest first.${last > 1 ? ` Page ${current} of ${last}.` : ''}`;
}
