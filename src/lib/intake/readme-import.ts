/**
 * Reads an awesome-list README into entries: tables whose columns are recognised by their headers (the
 * seed's Title | Institute | Date | Code, and others in any order) and list items with links (the
 * shapes in list-shapes.ts). The Markdown is parsed as an mdast tree (remark + remark-gfm); each row's
 * cells are read node by node. Where the source contradicts itself, a warning names the row and the
 * field, and the doubtful value is left out rather than guessed; what the source does not give (an
 * institute, a month) is left out too, so `npm run validate` names it.
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { serializeEntry } from '../content/entry-file.ts';
import { paperKey } from '../content/identifiers.ts';
import type { EntryInput, Section } from '../content/schema.ts';
import { slugNamer } from '../content/slug.ts';
import type { ImportedData, ImportedEntry, ImportResult, ImportWarning } from './imported.ts';
import { columnRoles, readListItem } from './list-shapes.ts';
import { repairMojibake } from './mojibake.ts';
import { finishRow, listItemRow, type RowContext, type RowParts } from './row-parts.ts';
import { htmlBlockText, notEntryHeading, notEntryText, sectionOf } from './sections.ts';
import { leadingLink, readTableRow } from './table-rows.ts';

export type { ImportedData, ImportedEntry, ImportWarning } from './imported.ts';

/** An entry file's text; the cast lets a year-only date through as a number, for validate to flag. */
export const importedEntryText = (data: ImportedData) => serializeEntry(data as EntryInput);

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

/** Fewer words than this are a line of badges or a tagline, not a list's opening sentence. */
const OPENING_MIN_WORDS = 6;

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

/** A row that is a sentence under a table, which GFM reads as one more row: text in the first cell only. */
function isSentenceRow(cells: readonly string[]): boolean {
  return cells.slice(1).every((cell) => !cell.trim()) && (cells[0] ?? '').trim().split(/\s+/).length > 8;
}

/** `section` puts every row in that section, whatever the list says around it. */
export function importReadme(markdown: string, { section: forcedSection }: { section?: Section } = {}): ImportResult {
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
  /**
   * A list titled in HTML (`<div align="center"><h1>…</h1><p>…</p></div>`) has its opening sentence read as
   * context too: the first paragraph of some words, in that block or after it, before any section, table or
   * list. (A Markdown title's list says what it is about in its headings.)
   */
  let htmlTitle = false;
  let opening: string | undefined;
  const openingCandidate = (text: string) => {
    const beforeEntries = !seen.tables && !seen.lists && !headings.some((heading) => heading.depth > 1);
    if (htmlTitle && opening === undefined && beforeEntries && text.split(/\s+/).length >= OPENING_MIN_WORDS) opening = text;
  };
  const enterHeading = (heading: Heading) => {
    while ((headings.at(-1)?.depth ?? 0) >= heading.depth) headings.pop();
    headings.push(heading);
  };

  const readRow = (line: number, rowName: string, read: (row: RowContext) => RowParts, { caption, sentence = false }: { caption?: string; sentence?: boolean } = {}) => {
    seen.rows++;
    const context: RowContext = { warn: (field, message, kind = 'note') => warnings.push({ line, row: rowName, field, message, kind }) };
    const notEntry = notEntryHeading(headings) ?? (sentence ? 'a sentence under the table, not a row' : notEntryText(rowName));
    if (notEntry) return context.warn('(row)', notEntry, 'not-entry');
    const data = finishRow(read(context), context);
    if (!data) return;
    // The innermost heading that names a section decides, so "### Healthcare Domain" under "## Large Vision Models" is vision.
    const section = forcedSection ?? sectionOf({ headings, caption, text: `${data.title} ${data.summary ?? ''}`, opening });
    entries.push({ section, slug: nameSlug(data.title), line, data });
  };

  let previous: RootContent | undefined;
  for (const node of tree.children as RootContent[]) {
    const caption = previous?.type === 'paragraph' ? toString(previous) : undefined;
    previous = node;
    if (node.type === 'heading') enterHeading(node);
    // A title and opening sentence written in HTML (`<div align="center"><h1>…</h1><p>…</p></div>`) say what the list is about.
    if (node.type === 'html') {
      const block = htmlBlockText(node.value);
      htmlTitle ||= block.headings.some((heading) => heading.depth === 1);
      block.paragraphs.forEach(openingCandidate);
      block.headings.forEach(enterHeading);
    }
    if (node.type === 'paragraph') openingCandidate(toString(node).trim());
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
        const sentence = isSentenceRow(tableRow.children.map((cell) => toString(cell)));
        readRow(line, rowName, (context) => readTableRow(tableRow, roles, headers, context), { caption, sentence });
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
