/**
 * Writes papers' title, authors, venue and year, collected in a side file as read from each paper's
 * page, into the entries that list the paper: through the entry writer, every other field and the notes
 * kept, a value already in the entry kept unless asked to overwrite it.
 */
import { z } from 'zod';
import { serializeEntry } from './entry-text.ts';
import { paperKey } from './identifiers.ts';
import { paperMetadataFields } from './paper-metadata.ts';
import type { EntryInput } from './schema.ts';
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
  frontMatter: unknown;
  body: string;
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

function ordered(paper: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string) => (PAPER_FIELD_ORDER.includes(key) ? PAPER_FIELD_ORDER.indexOf(key) : PAPER_FIELD_ORDER.length);
  return Object.fromEntries(Object.entries(paper).sort(([a], [b]) => rank(a) - rank(b)));
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
  for (const { file, frontMatter, body } of entries) {
    const data = frontMatter as Record<string, unknown>;
    if (!Array.isArray(data.papers)) continue;
    let changed = false;
    const papers = data.papers.map((paper: unknown, i) => {
      if (typeof paper !== 'object' || paper === null || typeof (paper as { url?: unknown }).url !== 'string') return paper;
      const current = paper as Record<string, unknown> & { url: string };
      const found = byKey.get(paperKey(current.url));
      if (!found) return paper;
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
      if (!change.written.length) return paper;
      changed = true;
      return ordered(next);
    });
    if (changed) texts.set(file, serializeEntry({ ...data, papers } as EntryInput, body));
  }
  const unknownUrls = Object.keys(metadata).filter((url) => !used.has(url));
  return { texts, changes, unknownUrls };
}
