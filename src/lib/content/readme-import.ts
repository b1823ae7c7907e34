/**
 * Reads an awesome-list README whose sections hold tables (Title | Institute | Date | Code) into
 * entries. The Markdown is parsed as an mdast tree (remark + remark-gfm); each row's cells are read
 * node by node. Where the source contradicts itself, a warning names the row and the field, and the
 * doubtful value is left out rather than guessed.
 */
import type { Heading, Link, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import {
  canonicalPaperUrl,
  githubRepoFromUrl,
  huggingfaceIdFromUrl,
  isPlaceholderId,
  paperKey,
  semanticScholarIdFromUrl,
} from './identifiers.ts';
import { repairMojibake } from './mojibake.ts';
import type { Link as EntryLink, Paper, Section } from './schema.ts';
import { uniqueSlug } from './slug.ts';

interface ImportedEntry {
  section: Section;
  slug: string;
  /** Line of the row in the README, for messages. */
  line: number;
  data: {
    title: string;
    summary?: string;
    date: string;
    institutes: string[];
    papers: Paper[];
    huggingface: string[];
    github: string[];
    links: EntryLink[];
  };
}

export interface ImportWarning {
  line: number;
  row: string;
  field: string;
  message: string;
}

export interface ImportResult {
  entries: ImportedEntry[];
  warnings: ImportWarning[];
}

/** Which section a heading opens: its `<a name>` anchor first, then its words. */
const SECTION_HINTS: readonly (readonly [RegExp, Section])[] = [
  [/^llms?$|language model/i, 'llms'],
  [/^lvms?$|vision/i, 'vision'],
  [/survey|stud(?:y|ies)/i, 'surveys'],
  [/article/i, 'articles'],
];

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

const HYPHENS = /[\u2010-\u2015\u2212]/g;

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
  line: number;
  row: string;
  warn: (field: string, message: string) => void;
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

const unique = <T>(values: T[]) => [...new Set(values)];

function readRow(cells: Record<'title' | 'institute' | 'date' | 'code', TableCell | undefined>, section: Section, row: RowContext) {
  const papers: Paper[] = [];
  const huggingface: string[] = [];
  const github: string[] = [];
  let title = '';
  let summary: string | undefined;

  // Title cell: "[Name](paper): summary", a <br>, then optionally "[Other](paper2) its summary".
  for (const [index, segment] of (cells.title ? segmentsOf(cells.title) : []).entries()) {
    const link = segment.find((node): node is Link => node.type === 'link');
    const linkText = link ? toString(link).trim() : '';
    const rest = stripLeadingSeparator(wordsOf(link ? segment.slice(segment.indexOf(link) + 1) : segment));
    if (index === 0) {
      title = link ? linkText : rest;
      summary = link && rest ? rest : undefined;
    }
    if (!link) continue;
    const hubId = huggingfaceIdFromUrl(link.url);
    const repo = githubRepoFromUrl(link.url);
    if (hubId) huggingface.push(hubId);
    else if (repo) github.push(repo);
    else {
      const url = canonicalPaperUrl(link.url);
      papers.push(index === 0 ? { url } : { url, title: rest ? `${linkText}: ${rest}` : linkText });
    }
  }

  // Institute cell: names split at <br> and commas, then citation badges in paper order.
  const institutes = cells.institute ? segmentsOf(cells.institute).flatMap((segment) => splitInstitutes(wordsOf(segment))) : [];
  const badges = cells.institute ? linksAndImages(cells.institute).filter((node) => node.kind === 'image') : [];
  const citationIds: string[] = [];
  for (const badge of badges) {
    const id = semanticScholarIdFromUrl(badge.url);
    if (id && isPlaceholderId(id)) {
      row.warn('semanticScholar', `citation badge has the template's placeholder id ${id}; left out, find the paper's real id`);
    } else if (id) {
      citationIds.push(id);
    } else if (/citations/i.test(badge.url + badge.text)) {
      row.warn('semanticScholar', 'citation badge says N.A. (no Semantic Scholar id); left out, add the id once the paper is indexed');
    }
  }
  if (citationIds.length > papers.length) {
    row.warn('semanticScholar', `${citationIds.length} citation badges but ${papers.length} paper link(s); the extra ids are left out`);
  }
  citationIds.slice(0, papers.length).forEach((id, i) => {
    papers[i] = { ...papers[i]!, semanticScholar: id };
  });

  // Code cell: Hugging Face and GitHub links with their badges; any other link is kept as a link.
  const links: EntryLink[] = [];
  const linked = { huggingface: [] as string[], github: [] as string[] };
  const badged = { huggingface: [] as string[], github: [] as string[] };
  for (const node of cells.code ? linksAndImages(cells.code) : []) {
    if (node.kind === 'link') {
      const hubId = huggingfaceIdFromUrl(node.url);
      const repo = githubRepoFromUrl(node.url);
      if (hubId) linked.huggingface.push(hubId);
      else if (repo) linked.github.push(repo);
      else if (!/^https?:\/\/img\.shields\.io\//.test(node.url)) links.push({ label: node.text || 'Link', url: node.url });
    } else {
      const hubId = huggingfaceIdFromBadge(node.url);
      const repo = githubRepoFromBadge(node.url);
      if (hubId) badged.huggingface.push(hubId);
      if (repo) badged.github.push(repo);
    }
  }
  huggingface.push(...pairLinksWithBadges('huggingface', 'likes', linked.huggingface, badged.huggingface, row));
  github.push(...pairLinksWithBadges('github', 'stars', linked.github, badged.github, row));

  const dateText = cells.date ? toString(cells.date).replace(HYPHENS, '-').trim() : '';
  if (!/^\d{4}-\d{2}$/.test(dateText)) {
    row.warn('date', `"${dateText}" is not a YYYY-MM month; row skipped`);
    return undefined;
  }
  if (!title) {
    row.warn('title', 'the row has no title; row skipped');
    return undefined;
  }
  if (institutes.length === 0) row.warn('institutes', 'the row names no institute; add one by hand');

  return {
    section,
    data: {
      title,
      ...(summary ? { summary } : {}),
      date: dateText,
      institutes,
      papers,
      huggingface: unique(huggingface),
      github: unique(github),
      links,
    },
  };
}

/** Column roles from a table's header row. */
function columnsOf(table: Table) {
  const header = table.children[0]?.children.map((cell) => toString(cell).trim().toLowerCase()) ?? [];
  const find = (pattern: RegExp) => header.findIndex((name) => pattern.test(name));
  return { title: find(/title|name|paper/), institute: find(/institut/), date: find(/date/), code: find(/code|link/) };
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
        });
      } else firstSeen.set(key, entry);
    }
  }
}

export function importReadme(markdown: string): ImportResult {
  const tree = remark().use(remarkGfm).parse(repairMojibake(markdown));
  const entries: ImportedEntry[] = [];
  const warnings: ImportWarning[] = [];
  const slugs = new Set<string>();
  let section: Section | undefined;

  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') section = sectionOf(node);
    if (node.type !== 'table' || !section) continue;
    const columns = columnsOf(node);
    for (const tableRow of node.children.slice(1)) {
      const line = tableRow.position?.start.line ?? 0;
      const cell = (index: number) => (index >= 0 ? tableRow.children[index] : undefined);
      const titleCell = cell(columns.title);
      const firstLink = titleCell?.children.find((child) => child.type === 'link');
      const rowName = toString(firstLink ?? titleCell ?? tableRow).trim();
      const context: RowContext = {
        line,
        row: rowName,
        warn: (field, message) => warnings.push({ line, row: rowName, field, message }),
      };
      const cells = { title: cell(columns.title), institute: cell(columns.institute), date: cell(columns.date), code: cell(columns.code) };
      const read = readRow(cells, section, context);
      if (!read) continue;
      const slug = uniqueSlug(read.data.title, slugs);
      slugs.add(slug);
      entries.push({ ...read, slug, line });
    }
  }
  warnAboutSharedIds(entries, warnings);
  warnings.sort((a, b) => a.line - b.line);
  return { entries, warnings };
}

export function formatImportWarning(source: string, warning: ImportWarning): string {
  return `${source}:${warning.line} (${warning.row}): ${warning.field}: ${warning.message}`;
}
