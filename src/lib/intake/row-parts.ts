/** What one row of a README gives (a table row or a list item), and the checks every row gets before it is an entry. */
import { canonicalPaperUrl, githubRepoFromUrl, paperKey } from '../content/identifiers.ts';
import type { Link as EntryLink, Paper } from '../content/schema.ts';
import type { ImportedData, ImportWarning } from './imported.ts';
import { hubId, isPaperLink, readDate, type ListItemParts } from './list-shapes.ts';

export interface RowContext {
  warn: (field: string, message: string, kind?: ImportWarning['kind']) => void;
}

/** Ids once each; GitHub and the Hub ignore case, so `JLiangLab/x` and `jlianglab/x` are one. */
const unique = (ids: string[]) => ids.filter((id, i) => ids.findIndex((other) => other.toLowerCase() === id.toLowerCase()) === i);

/** What a table row or list item gives, before the checks every entry gets. */
export interface RowParts {
  title: string;
  summary?: string;
  papers: Paper[];
  huggingface: string[];
  github: string[];
  links: EntryLink[];
  /** Undefined where the source has no institute column (lists never have one). */
  institutes?: string[];
  dateText?: string;
  venue?: string;
}

/** A link's label: its text, capitalised, or the column's name when the text is a mark such as ✓. */
export const linkLabel = (text: string, fallback: string) => (/\p{L}/u.test(text) ? text[0]!.toUpperCase() + text.slice(1) : fallback);

/** A list item's links: Hub ids, repositories, papers (the title's link, or by label), and the rest as links. */
export function listItemRow(item: ListItemParts): RowParts {
  const parts: RowParts = { title: item.title, papers: [], huggingface: [], github: [], links: [] };
  if (item.summary) parts.summary = item.summary;
  if (item.dateText) parts.dateText = item.dateText;
  if (item.venue) parts.venue = item.venue;
  const links = [...(item.titleUrl ? [{ url: item.titleUrl, label: 'paper' }] : []), ...item.links];
  for (const { url, label } of links) {
    const hub = hubId(url);
    const repo = githubRepoFromUrl(url);
    if (hub) parts.huggingface.push(hub);
    else if (repo) parts.github.push(repo);
    else if (isPaperLink(url, label)) {
      if (!parts.papers.some((paper) => paperKey(paper.url) === paperKey(url))) parts.papers.push({ url: canonicalPaperUrl(url) });
    } else parts.links.push({ label: linkLabel(label, 'Link'), url });
  }
  return parts;
}

/** The checks every row gets: a readable date (or none), a title; the entry's data if it passes. */
export function finishRow(parts: RowParts, row: RowContext): ImportedData | undefined {
  const date = parts.dateText === undefined ? undefined : readDate(parts.dateText);
  if (date === null) {
    row.warn('date', `"${parts.dateText!.trim()}" is not a month (like 2024-05, 2024.5 or May 2024) or a year; row skipped`, 'skipped');
    return undefined;
  }
  if (!parts.title) {
    row.warn('title', 'the row has no title; row skipped', 'skipped');
    return undefined;
  }
  if (parts.institutes?.length === 0) row.warn('institutes', 'the row names no institute; add one by hand');
  return {
    title: parts.title,
    ...(parts.summary ? { summary: parts.summary } : {}),
    ...(date === undefined ? {} : { date }),
    institutes: parts.institutes ?? [],
    papers: parts.papers,
    huggingface: unique(parts.huggingface),
    github: unique(parts.github),
    links: parts.links,
    ...(parts.venue ? { venue: parts.venue } : {}),
  };
}
