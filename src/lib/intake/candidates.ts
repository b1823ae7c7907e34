/**
 * `npm run import -- --candidates`: which imported entries the content folder does not have yet. An
 * entry is a duplicate of one already there, or of an earlier candidate, when they share a paper (the
 * same arXiv id, DOI or URL), a Hugging Face or GitHub id, or a near-identical title of the same year
 * (a 2026 model that shares its name with a 2024 entry is a new entry, titled and named with its year).
 * Existing files are read loosely: an entry that does not validate yet still counts as there.
 */
import type { EntryFile } from '../content/content-files.ts';
import { entryPath } from '../content/entry-file.ts';
import { arxivIdFromUrl, paperKey } from '../content/identifiers.ts';
import { formatImportWarning, type ImportedEntry, type ImportWarning } from './readme-import.ts';
import { slugNamer } from '../content/slug.ts';
import { titleNamer } from '../content/same-name.ts';
import { TitleIndex } from './title-index.ts';

/** What the duplicate check compares, as an imported entry has it, a front matter may, and the weekly watch finds. */
export interface Comparable {
  title: string;
  summary?: string;
  /** Its date (2024, "2024-05", a day): of two titles of one name, only those of one year are one model. */
  date?: string | number;
  papers: { url: string; semanticScholar?: string }[];
  huggingface: string[];
  github: string[];
}

const texts = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/** What the duplicate check compares of a front matter, read loosely (a file that does not validate yet still counts). */
export function comparableOf(frontMatter: unknown): Comparable {
  const data = (frontMatter ?? {}) as Record<string, unknown>;
  const papers = (Array.isArray(data.papers) ? data.papers : []) as Record<string, unknown>[];
  return {
    title: texts(data.title)[0] ?? '',
    summary: texts(data.summary)[0],
    date: typeof data.date === 'number' ? data.date : texts(data.date)[0],
    papers: papers.map((paper) => ({ url: texts(paper?.url)[0] ?? '', semanticScholar: texts(paper?.semanticScholar)[0] })),
    huggingface: texts(data.huggingface),
    github: texts(data.github),
  };
}

/** A DOI in a doi.org or publisher `/doi/` address, or a Nature article's, which is its DOI suffix. */
function doiOf(url: string): string | undefined {
  const inPath = /\/(10\.\d{4,9}\/[^?#\s]+)/.exec(url)?.[1];
  const nature = /nature\.com\/articles\/([^/?#.]+)/.exec(url)?.[1];
  return (inPath ?? (nature && `10.1038/${nature}`))?.replace(/(?<!\/)\/+$/, '').toLowerCase();
}

/** A paper's keys: its URL (arXiv ids folded together by paperKey), its DOI, and those its Semantic Scholar id names. */
function paperIdentities({ url, semanticScholar }: Comparable['papers'][number]): [key: string, what: string][] {
  const found: [string, string][] = [];
  if (url) found.push([paperKey(url), arxivIdFromUrl(url) ? 'arXiv id' : 'paper URL']);
  const doi = url ? doiOf(url) : undefined;
  if (doi) found.push([`doi:${doi}`, 'DOI']);
  const [, kind, id] = /^(ARXIV|DOI):(.+)$/i.exec(semanticScholar ?? '') ?? [];
  if (kind?.toUpperCase() === 'ARXIV') found.push([`arxiv:${id}`, 'arXiv id']);
  if (kind?.toUpperCase() === 'DOI') found.push([`doi:${id!.toLowerCase()}`, 'DOI']);
  return found;
}

/** Every id of an entry, keyed so that the same paper or repository gives the same key, with what it is. */
const identities = ({ papers, huggingface, github }: Comparable): [key: string, what: string][] => [
  ...papers.flatMap(paperIdentities),
  ...huggingface.map((id): [string, string] => [`hf:${id.toLowerCase()}`, 'Hugging Face id']),
  ...github.map((id): [string, string] => [`gh:${id.toLowerCase()}`, 'GitHub repository']),
];

/** An entry that is already there: its file, and why ("same arXiv id as content/llms/medalpaca.md"). */
export interface DuplicateMatch {
  file: string;
  reason: string;
}

/** The ids and titles of the known files, to find what is already there; `add` puts a new candidate in. */
export function duplicateIndex(known: readonly Pick<EntryFile, 'file' | 'frontMatter'>[], vocabulary: readonly Comparable[]) {
  const byId = new Map<string, string>();
  const titles = new TitleIndex([...known.map(({ frontMatter }) => comparableOf(frontMatter)), ...vocabulary]);
  const add = (file: string, data: Comparable) => {
    for (const [key] of identities(data)) if (!byId.has(key)) byId.set(key, file);
    titles.add(file, data);
  };
  for (const { file, frontMatter } of known) add(file, comparableOf(frontMatter));
  return {
    add,
    /** The file that already has `data`, and why, or undefined. */
    find(data: Comparable): DuplicateMatch | undefined {
      for (const [key, what] of identities(data)) {
        const file = byId.get(key);
        if (file) return { file, reason: `same ${what} as ${file}` };
      }
      const twin = titles.twinOf(data);
      return twin ? { file: twin, reason: `near-identical title to ${twin}` } : undefined;
    },
  };
}

interface Candidate {
  path: string;
  entry: ImportedEntry;
}

/**
 * Splits imported entries into new ones, each with a file name no entry uses (and its year in title and
 * name when an entry of another year has its name), and duplicates with the reason.
 */
export function pickCandidates(entries: readonly ImportedEntry[], known: readonly Pick<EntryFile, 'file' | 'slug' | 'frontMatter'>[], contentDir: string) {
  const index = duplicateIndex(known, entries.map((entry) => entry.data));
  const nameSlug = slugNamer(known.map((file) => file.slug));
  const nameTitle = titleNamer(known.map(({ frontMatter }) => comparableOf(frontMatter)));
  const fresh: Candidate[] = [];
  const duplicates: { entry: ImportedEntry; reason: string }[] = [];
  for (const entry of entries) {
    const match = index.find(entry.data);
    if (match) {
      duplicates.push({ entry, reason: match.reason });
      continue;
    }
    const data = { ...entry.data, title: nameTitle(entry.data.title, entry.data.date) };
    const slug = nameSlug(data.title);
    const path = entryPath(contentDir, entry.section, slug);
    index.add(path, data);
    fresh.push({ path, entry: { ...entry, slug, data } });
  }
  return { fresh, duplicates };
}

type CandidateRun = ReturnType<typeof pickCandidates> & {
  source: string;
  out: string;
  rows: number;
  warnings: readonly ImportWarning[];
};

/** What a --candidates run did: each duplicate, unread row and row that is no entry, the counts, and what is left to fill in. */
export function candidateReport({ source, out, rows, fresh, duplicates, warnings }: CandidateRun): string[] {
  const unread = warnings.filter((warning) => warning.kind === 'skipped');
  const notEntries = warnings.filter((warning) => warning.kind === 'not-entry');
  const lacking = (test: (data: ImportedEntry['data']) => boolean) => fresh.filter(({ entry }) => test(entry.data)).length;
  const gaps = (
    [
      ['an institute', lacking((data) => data.institutes.length === 0)],
      ['a date', lacking((data) => data.date === undefined)],
      ['the month', lacking((data) => typeof data.date === 'number')],
    ] as const
  ).filter(([, count]) => count > 0);
  return [
    ...duplicates.map(({ entry, reason }) => `skipped ${entry.data.title} (line ${entry.line}): ${reason}`),
    ...unread.map((warning) => `could not read ${formatImportWarning(source, warning)}`),
    ...notEntries.map((warning) => `not an entry: ${source}:${warning.line} (${warning.row}): ${warning.message}`),
    `${source}: ${rows} rows read: ${fresh.length} candidates written into ${out}/, ${duplicates.length} duplicates skipped, ${notEntries.length} not entries (datasets, benchmarks, announcements, sentences), ${unread.length} could not be read`,
    ...(gaps.length
      ? [`the source did not give ${gaps.map(([what, count]) => `${what} (${count})`).join(', ')}; npm run validate -- --content ${out} names each file and field`]
      : []),
  ];
}
