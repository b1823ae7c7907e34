/**
 * One table row of a README, read cell by cell from its mdast nodes: the title cell's link and name, the
 * institute cell (split at commas outside braces), the code and weights cells with their links and badges,
 * the date and venue cells.
 */
import type { Link, PhrasingContent, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { canonicalPaperUrl, decodedOrUndefined, githubRepoFromUrl, huggingfaceIdFromUrl, isPlaceholderId, semanticScholarIdFromUrl } from '../content/identifiers.ts';
import { cleanVenue, externalUrl, hubId, isPaperLink, type ColumnRole } from './list-shapes.ts';
import { linkLabel, type RowContext, type RowParts } from './row-parts.ts';

const isLineBreak = (node: PhrasingContent) => node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim());

/** A cell's content split at its `<br>` tags. */
function segmentsOf(cell: TableCell): PhrasingContent[][] {
  const segments: PhrasingContent[][] = [[]];
  for (const node of cell.children) {
    if (isLineBreak(node)) segments.push([]);
    else segments.at(-1)!.push(node);
  }
  return segments.filter((segment) => segment.length > 0);
}

/** Visible words of some nodes: text and link text, without images or HTML. */
const wordsOf = (nodes: PhrasingContent[]) =>
  nodes
    .filter((node) => node.type !== 'image' && node.type !== 'html')
    .map((node) => toString(node))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** "…: A summary", "… - A summary", "…: — A summary" -> "A summary". */
const stripLeadingSeparator = (text: string) => text.replace(/^[\s:\-–—]+/, '').trim();

/** Split "A, B, University of {Bari, Rome}" at commas outside braces. */
function splitInstitutes(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += char;
  }
  names.push(current);
  return names.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
}


/** The image and link nodes of a cell in document order (images inside links included). */
function linksAndImages(cell: TableCell) {
  const found: { kind: 'link' | 'image'; url: string; text: string }[] = [];
  visit(cell, (node) => {
    if (node.type === 'link') found.push({ kind: 'link', url: node.url, text: toString(node).trim() });
    if (node.type === 'image') found.push({ kind: 'image', url: node.url, text: node.alt ?? '' });
  });
  return found;
}

/** `img.shields.io/github/stars/owner/repo?...` -> `owner/repo`. */
function githubRepoFromBadge(url: string): string | undefined {
  const match = /img\.shields\.io\/github\/stars\/([^/?#]+\/[^/?#]+)/.exec(url);
  return match ? githubRepoFromUrl(`https://github.com/${match[1]}`) : undefined;
}

/** A likes badge whose JSON source is `huggingface.co/api/models/owner/name`. */
function huggingfaceIdFromBadge(url: string): string | undefined {
  const source = decodedOrUndefined(/[?&]url=([^&]+)/.exec(url)?.[1] ?? '');
  return source ? huggingfaceIdFromUrl(source) : undefined;
}


/**
 * Pairs the ids a cell's links name with the ids its badges name, in order. A badge alone still
 * gives its id; a link and badge that disagree give neither, with a warning.
 */
function pairLinksWithBadges(field: string, what: string, linked: string[], badged: string[], row: RowContext) {
  const ids: string[] = [];
  for (let i = 0; i < Math.max(linked.length, badged.length); i++) {
    const link = linked[i];
    const badge = badged[i];
    if (link && badge && link.toLowerCase() !== badge.toLowerCase()) {
      row.warn(field, `the link names ${link} but its ${what} badge names ${badge}; left out, set the right one by hand`);
    } else {
      ids.push((link ?? badge)!);
    }
  }
  return ids;
}



/** The first link of a cell segment, also when bold (`**[Name](url)**`), and the node that holds it. */
export function leadingLink(segment: PhrasingContent[]) {
  for (const holder of segment) {
    if (holder.type === 'link') return { holder, link: holder };
    if (holder.type === 'strong' || holder.type === 'emphasis') {
      const link = holder.children.find((child): child is Link => child.type === 'link');
      if (link) return { holder, link };
    }
  }
  return undefined;
}

function readTitleCell(cell: TableCell, parts: RowParts) {
  // "[Name](paper): summary", a <br>, then optionally "[Other](paper2) its summary"; or "**Name**: summary" unlinked.
  for (const [index, segment] of segmentsOf(cell).entries()) {
    const found = leadingLink(segment);
    const named = !found && segment[0]?.type === 'strong' ? segment[0] : undefined;
    const holder = found?.holder ?? named;
    const linkText = found ? toString(found.link).trim() : '';
    const rest = stripLeadingSeparator(wordsOf(holder ? segment.slice(segment.indexOf(holder) + 1) : segment));
    if (index === 0) {
      parts.title = found ? linkText : named ? toString(named).trim() : rest;
      if ((found || named) && rest) parts.summary = rest;
    }
    const url = found && externalUrl(found.link.url);
    if (url) addPaperCellLink(url, parts, index === 0 ? undefined : rest ? `${linkText}: ${rest}` : linkText);
  }
}

/** A link in a title or paper column: a Hub id, a repository, or else a paper. */
function addPaperCellLink(url: string, parts: RowParts, title?: string) {
  const hub = hubId(url);
  const repo = githubRepoFromUrl(url);
  if (hub) parts.huggingface.push(hub);
  else if (repo) parts.github.push(repo);
  else parts.papers.push(title ? { url: canonicalPaperUrl(url), title } : { url: canonicalPaperUrl(url) });
}

/** Institute cell: names split at <br> and commas, then citation badges in paper order. */
function readInstituteCell(cell: TableCell, parts: RowParts, row: RowContext) {
  parts.institutes = segmentsOf(cell).flatMap((segment) => splitInstitutes(wordsOf(segment)));
  const citationIds: string[] = [];
  for (const badge of linksAndImages(cell).filter((node) => node.kind === 'image')) {
    const id = semanticScholarIdFromUrl(badge.url);
    if (id && isPlaceholderId(id)) {
      row.warn('semanticScholar', `citation badge has the template's placeholder id ${id}; left out, find the paper's real id`);
    } else if (id) {
      citationIds.push(id);
    } else if (/citations/i.test(badge.url + badge.text)) {
      row.warn('semanticScholar', 'citation badge says N.A. (no Semantic Scholar id); left out, add the id once the paper is indexed');
    }
  }
  const { papers } = parts;
  if (citationIds.length > papers.length) {
    row.warn('semanticScholar', `${citationIds.length} citation badges but ${papers.length} paper link(s); the extra ids are left out`);
  }
  citationIds.slice(0, papers.length).forEach((id, i) => {
    papers[i] = { ...papers[i]!, semanticScholar: id };
  });
}

/** Code and weights cells: Hugging Face and GitHub links with their badges, a paper by its label or address (a Links column's [Paper]); any other link is kept as a link. */
function readLinkCells(cells: { cell: TableCell; header: string }[], parts: RowParts, row: RowContext) {
  const linked = { huggingface: [] as string[], github: [] as string[] };
  const badged = { huggingface: [] as string[], github: [] as string[] };
  for (const { cell, header } of cells) {
    for (const node of linksAndImages(cell)) {
      if (node.kind === 'link') {
        const hub = hubId(node.url);
        const repo = githubRepoFromUrl(node.url);
        const url = externalUrl(node.url);
        if (hub) linked.huggingface.push(hub);
        else if (repo) linked.github.push(repo);
        else if (url && isPaperLink(url, node.text)) addPaperCellLink(url, parts);
        else if (url && !/^https?:\/\/img\.shields\.io\//.test(url)) parts.links.push({ label: linkLabel(node.text, header || 'Link'), url });
      } else {
        const hub = huggingfaceIdFromBadge(node.url);
        const repo = githubRepoFromBadge(node.url);
        if (hub) badged.huggingface.push(hub);
        if (repo) badged.github.push(repo);
      }
    }
  }
  parts.huggingface.push(...pairLinksWithBadges('huggingface', 'likes', linked.huggingface, badged.huggingface, row));
  parts.github.push(...pairLinksWithBadges('github', 'stars', linked.github, badged.github, row));
}

export function readTableRow(tableRow: TableRow, roles: (ColumnRole | undefined)[], headers: string[], row: RowContext): RowParts {
  const parts: RowParts = { title: '', papers: [], huggingface: [], github: [], links: [] };
  const columns = (role: ColumnRole) => roles.flatMap((r, i) => (r === role && tableRow.children[i] ? [{ cell: tableRow.children[i]!, header: headers[i]! }] : []));
  const [title] = columns('title');
  if (title) readTitleCell(title.cell, parts);
  for (const { cell } of columns('paper')) {
    for (const node of linksAndImages(cell)) {
      const url = node.kind === 'link' && externalUrl(node.url);
      if (url) addPaperCellLink(url, parts);
    }
  }
  // An institute column with an empty cell is a gap to warn about; no column at all is not.
  const [institutes] = columns('institutes');
  if (institutes) readInstituteCell(institutes.cell, parts, row);
  else if (roles.includes('institutes')) parts.institutes = [];
  readLinkCells(columns('links'), parts, row);
  const [date] = columns('date');
  if (date) parts.dateText = toString(date.cell);
  const [venue] = columns('venue');
  const venueText = venue && cleanVenue(toString(venue.cell));
  if (venueText) parts.venue = venueText;
  return parts;
}
