/**
 * Writes papers' title, authors, venue and year, collected in a side file as read from each paper's
 * page, into the entries that list the paper: only those papers' lines change (every other field is
 * kept as written, 80.40 included, and the notes byte for byte), a value already in the entry kept
 * unless asked to overwrite it.
 */
import { isMap, isSeq, type Document } from 'yaml';
import { z } from 'zod';
import { editFrontMatter } from './entry-parse.ts';
import { paperKey } from './identifiers.ts';
import { paperMetadataFields } from './paper-metadata.ts';
import { httpUrl, strictObject } from './schema-fields.ts';

const FIELDS = ['title', 'authors', 'venue', 'year'] as const;
type Field = (typeof FIELDS)[number];

const { title, authors, venue, year } = paperMetadataFields;
/** The side file: `{ "<paper url>": { "title", "authors", "venue"?, "year"?, "source": "<the page read>" } }`. */
export const paperMetadataFileSchema = z.record(
  z.string(),
  strictObject({ title: title.unwrap(), authors: authors.unwrap(), venue, year, source: httpUrl('source') }, 'a paper\'s metadata'),
  { error: 'the file must be one JSON object: { "<paper url>": { "title": ..., "authors": [...], "source": "<the page read>" } }' },
);
export type PaperMetadataFile = z.output<typeof paperMetadataFileSchema>;

/** The order a paper's fields are written in: the entry format's. */
const PAPER_FIELD_ORDER = ['url', 'title', 'authors', 'venue', 'year', 'kind', 'semanticScholar'];

export interface EntrySource {
  file: string;
  /** The file's text, as parseEntryFile reads it. */
  text: string;
}

interface PaperChange {
  file: string;
  /** Like papers.0 */
  field: string;
  source: string;
  written: Field[];
  /** Fields the entry already has with another value, kept (without --overwrite). */
  kept: { field: Field; entry: unknown; read: unknown }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A paper's node in the entry format's field order, its authors on one line as the entry writer puts them. */
function paperNode(document: Document, paper: Record<string, unknown>) {
  const rank = (key: string) => (PAPER_FIELD_ORDER.includes(key) ? PAPER_FIELD_ORDER.indexOf(key) : PAPER_FIELD_ORDER.length);
  const node = document.createNode(Object.fromEntries(Object.entries(paper).sort(([a], [b]) => rank(a) - rank(b))));
  const authors = node.get('authors', true);
  if (isSeq(authors)) authors.flow = true;
  return node;
}

/**
 * The new text of every entry a record changes, what changed and what was kept, and the side file's
 * URLs that no entry lists. Papers match by URL, arXiv abs, pdf and version links alike.
 */
export function applyPaperMetadata(entries: readonly EntrySource[], metadata: PaperMetadataFile, { overwrite = false } = {}) {
  const byKey = new Map(Object.entries(metadata).map(([url, record]) => [paperKey(url), { url, record }]));
  const used = new Set<string>();
  const texts = new Map<string, string>();
  const changes: PaperChange[] = [];
  for (const { file, text } of entries) {
    const edited = editFrontMatter(text, (document) => {
      const papers = document.get('papers', true);
      if (!isSeq(papers)) return;
      papers.items.forEach((node, i) => {
        const current = isMap(node) ? (node.toJSON() as Record<string, unknown>) : undefined;
        if (typeof current?.url !== 'string') return;
        const found = byKey.get(paperKey(current.url));
        if (!found) return;
        used.add(found.url);
        const change: PaperChange = { file, field: `papers.${i}`, source: found.record.source, written: [], kept: [] };
        const next = { ...current };
        for (const field of FIELDS) {
          const read = found.record[field];
          if (read === undefined || same(current[field], read)) continue;
          if (current[field] !== undefined && !overwrite) {
            change.kept.push({ field, entry: current[field], read });
            continue;
          }
          next[field] = read;
          change.written.push(field);
        }
        if (change.written.length || change.kept.length) changes.push(change);
        if (change.written.length) papers.items[i] = paperNode(document, next);
      });
    });
    if (edited !== text) texts.set(file, edited);
  }
  const unknownUrls = Object.keys(metadata).filter((url) => !used.has(url));
  return { texts, changes, unknownUrls };
}
