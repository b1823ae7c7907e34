/**
 * Reads an awesome-list README into entries: tables whose columns are recognised by their headers (the
 * seed's Title | Institute | Date | Code, and others in any order) and list items with links (the
 * shapes in list-shapes.ts). The Markdown is parsed as an mdast tree (remark + remark-gfm); each row's
 * cells are read node by node. Where the source contradicts itself, a warning names the row and the
 * field, and the doubtful value is left out rather than guessed; what the source does not give (an
 * institute, a month) is left out too, so `npm run validate` names it.
 */
import type { Heading, Link, PhrasingContent, RootContent, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { serializeEntry } from './entry-file.ts';
import {
  canonicalPaperUrl,
  githubRepoFromUrl,
  huggingfaceIdFromUrl,
  isPlaceholderId,
  paperKey,
  semanticScholarIdFromUrl,
} from './identifiers.ts';
import { cleanVenue, columnRoles, externalUrl, hubId, isPaperLink, readDate, readListItem, type ColumnRole, type ListItemParts } from './list-shapes.ts';
import { repairMojibake } from './mojibake.ts';
import type { Link as EntryLink, EntryInput, Paper, Section } from './schema.ts';
import { slugNamer } from './slug.ts';

export interface ImportedData {
  title: string;
  summary?: string;
  /** YYYY-MM; a year alone stays a number (`date: 2024`), which validate rejects until the month is added. */
  date?: string | number;
  /** Empty where the source names none: the field is then left out and validate asks for it. */
  institutes: string[];
  papers: Paper[];
  huggingface: string[];
  github: string[];
  links: EntryLink[];
  venue?: string;
}

export interface ImportedEntry {
  section: Section;
  slug: string;
  /** Line of the row in the README, for messages. */
  line: number;
  data: ImportedData;
}

export interface ImportWarning {
  line: number;
  row: string;
  field: string;
  message: string;
  /** skipped: the row could not be read; shared: an id is on two rows; note: anything else. */
  kind: 'note' | 'skipped' | 'shared';
}

export interface ImportResult {
  entries: ImportedEntry[];
  warnings: ImportWarning[];
  /** Table rows and list items that looked like entries, read or skipped. */
  rows: number;
  /** Why nothing in the README looked like an entry, when nothing did. */
  unreadable?: string;
}

/** An entry file's text; the cast lets a year-only date through as a number, for validate to flag. */
export const importedEntryText = (data: ImportedData) => serializeEntry(data as EntryInput);

/** Which section a heading opens: its `<a name>` anchor first, then its words. */
const SECTION_HINTS: readonly (readonly [RegExp, Section])[] = [
  [/^llms?$|language model/i, 'llms'],
  [/^lvms?$|vision|imag|radiolog|patholog|x-?ray|\bmri\b|\bct\b|ultrasound|fundus|retina|dermatolog|endoscop|microscop/i, 'vision'],
  [/survey|stud(?:y|ies)/i, 'surveys'],
  [/article/i, 'articles'],
];
/** Where rows under headings that name no section go: most lists are of models, most of them language models. */
const DEFAULT_SECTION: Section = 'llms';

function sectionOf(heading: Heading): Section | undefined {
  const anchor = heading.children
    .filter((node) => node.type === 'html')
    .map((node) => /name=["']([^"']+)["']/.exec(node.value)?.[1])
    .find(Boolean);
  for (const text of [anchor, toString(heading)]) {
    const hit = text && SECTION_HINTS.find(([pattern]) => pattern.test(text));
    if (hit) return hit[1];
  }
  return undefined;
}

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

/** A link's label: its text, capitalised, or the column's name when the text is a mark such as ✓. */
const linkLabel = (text: string, fallback: string) => (/\p{L}/u.test(text) ? text[0]!.toUpperCase() + text.slice(1) : fallback);

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
  const source = /[?&]url=([^&]+)/.exec(url)?.[1];
  return source ? huggingfaceIdFromUrl(decodeURIComponent(source)) : undefined;
}

interface RowContext {
  warn: (field: string, message: string, kind?: ImportWarning['kind']) => void;
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

/** Ids once each; GitHub and the Hub ignore case, so `JLiangLab/x` and `jlianglab/x` are one. */
const unique = (ids: string[]) => ids.filter((id, i) => ids.findIndex((other) => other.toLowerCase() === id.toLowerCase()) === i);

/** What a table row or list item gives, before the checks every entry gets. */
interface RowParts {
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

/** The first link of a cell segment, also when bold (`**[Name](url)**`), and the node that holds it. */
function leadingLink(segment: PhrasingContent[]) {
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

/** Code and weights cells: Hugging Face and GitHub links with their badges; any other link is kept as a link. */
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

function readTableRow(tableRow: TableRow, roles: (ColumnRole | undefined)[], headers: string[], row: RowContext): RowParts {
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

/** A list item's links: Hub ids, repositories, papers (the title's link, or by label), and the rest as links. */
function listItemRow(item: ListItemParts): RowParts {
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
function finishRow(parts: RowParts, row: RowContext): ImportedData | undefined {
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

interface Identified { key: string; field: string; shown: string }

/** The same paper, Semantic Scholar id, Hub id or repo on two rows: a warning on the later row. */
function warnAboutSharedIds(entries: ImportedEntry[], warnings: ImportWarning[]) {
  const firstSeen = new Map<string, ImportedEntry>();
  for (const entry of entries) {
    const ids: Identified[] = [
      ...entry.data.papers.map((paper) => ({ key: `paper ${paperKey(paper.url)}`, field: 'papers', shown: `paper ${paper.url}` })),
      ...entry.data.papers.flatMap((paper) =>
        paper.semanticScholar ? [{ key: `s2 ${paper.semanticScholar}`, field: 'semanticScholar', shown: paper.semanticScholar }] : [],
      ),
      ...entry.data.huggingface.map((id) => ({ key: `hf ${id.toLowerCase()}`, field: 'huggingface', shown: id })),
      ...entry.data.github.map((id) => ({ key: `gh ${id.toLowerCase()}`, field: 'github', shown: id })),
    ];
    for (const { key, field, shown } of ids) {
      const earlier = firstSeen.get(key);
      if (earlier && earlier !== entry) {
        warnings.push({
          line: entry.line,
          row: entry.data.title,
          field,
          message: `${shown} is also on line ${earlier.line} (${earlier.data.title}); one of the two rows is wrong, fix it by hand`,
          kind: 'shared',
        });
      } else firstSeen.set(key, entry);
    }
  }
}

/** Why a README gave no row at all: the caller says so rather than importing nothing. */
function unreadableReason(markdown: string, tables: number, lists: number): string {
  if (!markdown.trim()) return 'the file is empty';
  const tablesFound = tables ? `${tables} table(s), none with a Title, Name, Model or Paper column` : 'no table';
  const listsFound = lists ? `${lists} list(s), none with an item linking outside the page` : 'no list';
  return `no entries found: it has ${tablesFound}, and ${listsFound}`;
}

/**
 * Bounds on what is read, so that any README is read in seconds: the largest awesome lists are a few
 * hundred KB, their longest rows a few thousand characters.
 */
const IMPORT_LIMITS = { readmeChars: 5_000_000, lineChars: 10_000, cellChars: 2_000 } as const;

const count = (n: number) => n.toLocaleString('en-US');

/** The README with every over-long line blanked (line numbers kept), and a warning for each. */
function withoutLongLines(markdown: string, warnings: ImportWarning[]): string {
  const lines = markdown.split('\n');
  lines.forEach((text, index) => {
    if (text.length <= IMPORT_LIMITS.lineChars) return;
    const message = `the line is ${count(text.length)} characters long, over the ${count(IMPORT_LIMITS.lineChars)} a row may have; line skipped`;
    warnings.push({ line: index + 1, row: text.slice(0, 40).trim(), field: '(line)', message, kind: 'skipped' });
    lines[index] = '';
  });
  return lines.join('\n');
}

export function importReadme(markdown: string): ImportResult {
  if (markdown.length > IMPORT_LIMITS.readmeChars) {
    const unreadable = `the file has ${count(markdown.length)} characters, over the ${count(IMPORT_LIMITS.readmeChars)} this importer reads (import it in parts)`;
    return { entries: [], warnings: [], rows: 0, unreadable };
  }
  const entries: ImportedEntry[] = [];
  const warnings: ImportWarning[] = [];
  const tree = remark().use(remarkGfm).parse(repairMojibake(withoutLongLines(markdown, warnings)));
  const nameSlug = slugNamer();
  const headings: Heading[] = [];
  const seen = { rows: 0, tables: 0, lists: 0 };

  const readRow = (line: number, rowName: string, read: (row: RowContext) => RowParts) => {
    seen.rows++;
    const context: RowContext = { warn: (field, message, kind = 'note') => warnings.push({ line, row: rowName, field, message, kind }) };
    const data = finishRow(read(context), context);
    if (!data) return;
    // The innermost heading that names a section decides, so "### Healthcare Domain" under "## Large Vision Models" is vision.
    const section = headings.map(sectionOf).findLast(Boolean) ?? DEFAULT_SECTION;
    entries.push({ section, slug: nameSlug(data.title), line, data });
  };

  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') {
      while ((headings.at(-1)?.depth ?? 0) >= node.depth) headings.pop();
      headings.push(node);
    }
    if (node.type === 'table') {
      seen.tables++;
      const headers = node.children[0]?.children.map((cell) => toString(cell).trim()) ?? [];
      const roles = columnRoles(headers);
      const titleColumn = roles.indexOf('title');
      if (titleColumn < 0) continue;
      for (const tableRow of node.children.slice(1)) {
        const titleCell = tableRow.children[titleColumn];
        const named = titleCell && (leadingLink(titleCell.children)?.link ?? titleCell.children.find((child) => child.type === 'strong'));
        const rowName = toString(named ?? titleCell ?? tableRow).trim().slice(0, 80);
        const line = tableRow.position?.start.line ?? 0;
        const long = tableRow.children.findIndex((cell) => toString(cell).length > IMPORT_LIMITS.cellChars);
        if (long >= 0) {
          seen.rows++;
          const message = `the cell has ${count(toString(tableRow.children[long]!).length)} characters, over the ${count(IMPORT_LIMITS.cellChars)} a cell may have; row skipped`;
          warnings.push({ line, row: rowName, field: headers[long] || `column ${long + 1}`, message, kind: 'skipped' });
          continue;
        }
        readRow(line, rowName, (context) => readTableRow(tableRow, roles, headers, context));
      }
    }
    if (node.type === 'list') {
      seen.lists++;
      visit(node, 'listItem', (item) => {
        const paragraph = item.children[0];
        const parts = paragraph?.type === 'paragraph' ? readListItem(paragraph) : undefined;
        if (!parts) return;
        const rowName = parts.title || toString(paragraph!).slice(0, 60).trim();
        readRow(item.position?.start.line ?? 0, rowName, () => listItemRow(parts));
      });
    }
  }
  warnAboutSharedIds(entries, warnings);
  warnings.sort((a, b) => a.line - b.line);
  return { entries, warnings, rows: seen.rows, ...(seen.rows ? {} : { unreadable: unreadableReason(markdown, seen.tables, seen.lists) }) };
}

export function formatImportWarning(source: string, warning: ImportWarning): string {
  return `${source}:${warning.line} (${warning.row}): ${warning.field}: ${warning.message}`;
}
