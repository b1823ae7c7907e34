/** How dates and counts read on the site. Everything in UTC so a build gives the same text anywhere. */
const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** "2023-11" -> "Nov 2023". */
export const formatMonth = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/** An ISO time -> "Feb 3, 2026". */
export const formatDay = (iso: string) => dayFormat.format(new Date(iso));

/** 950 -> "950", 1234 -> "1.2k", 2500000 -> "2.5M"; a dash when unknown. */
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
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.-]+$/, '')}…`;
}
