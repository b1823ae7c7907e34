/** Reading the content folder outside Astro (scripts, tests): entry files and the institutes registry. */
import { constants, readFileSync, type Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parseEntryFile } from './entry-parse.ts';
import { createInstituteIndex, type InstituteIndex } from './institutes.ts';
import { createBenchmarkLookup, type BenchmarkLookup } from './benchmarks.ts';
import { benchmarkRegistrySchema, type Benchmark } from './benchmark-registry.ts';
import { instituteRegistrySchema, SECTIONS, type Institute, type Section } from './schema.ts';
import { SYMLINK_REFUSAL, symlinkFinding, validateEntryFiles, type EntryFileInput, type Finding } from './validate.ts';

export const INSTITUTES_FILE = 'institutes.yaml';
const BENCHMARKS_FILE = 'benchmarks.yaml';

/**
 * The content folder the site is built from: content/ (Astro runs from the project root), or the folder
 * CONTENT_DIR names (the benchmarks and tests build other lists).
 */
export const siteContentDir = () => process.env.CONTENT_DIR || 'content';

/** One problem a contributor can fix: `file: field: message`. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

const formatProblem = ({ file, field, message }: ContentProblem) => `${file}: ${field}: ${message}`;

function problemsFromZod(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.join('.') : '(front matter)',
    message: issue.message,
  }));
}

/** Thrown when content cannot be read as a whole; its message lists every problem, one a line. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/** A YAML registry beside the entries, checked by its schema; `missing` is what a folder without the file holds. */
async function readRegistry<T>(file: string, schema: z.ZodType<T>, missing?: T): Promise<T> {
  let text: string;
  try {
    // O_NOFOLLOW: a symbolic link fails to open (ELOOP) instead of being read through.
    text = await readFile(file, { encoding: 'utf8', flag: constants.O_RDONLY | constants.O_NOFOLLOW });
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (missing !== undefined && code === 'ENOENT') return missing;
    throw new ContentError([{ file, field: '(file)', message: code === 'ELOOP' ? SYMLINK_REFUSAL : (error as Error).message }]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ContentError([{ file, field: '(file)', message: (error as Error).message.split('\n')[0]! }]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(problemsFromZod(file, result.error));
  return result.data;
}

export const readInstituteRegistry = (contentDir: string): Promise<Institute[]> => readRegistry(join(contentDir, INSTITUTES_FILE), instituteRegistrySchema);

/** The benchmark registry; a list without results needs none. */
export const readBenchmarkRegistry = (contentDir: string): Promise<Benchmark[]> => readRegistry(join(contentDir, BENCHMARKS_FILE), benchmarkRegistrySchema, []);

export async function loadBenchmarkLookup(contentDir: string): Promise<BenchmarkLookup> {
  return createBenchmarkLookup(await readBenchmarkRegistry(contentDir));
}

export async function loadInstituteIndex(contentDir: string): Promise<InstituteIndex> {
  return createInstituteIndex(await readInstituteRegistry(contentDir));
}

/** An entry file whose front matter is YAML the one parser accepts, not yet checked against the schema. */
export interface EntryFile {
  file: string;
  section: Section;
  slug: string;
  frontMatter: unknown;
  body: string;
  /** The file's text as parsed (see ParsedEntryFile.text). */
  text: string;
}

/**
 * Every `content/<section>/*.md` with its front matter read by the validator's parser (YAML only: no
 * front-matter engines, no tags), and the files it refused, as `npm run validate` words them.
 */
export async function readEntryFiles(contentDir: string): Promise<{ files: EntryFile[]; unreadable: Finding[] }> {
  const files: EntryFile[] = [];
  const unreadable: Finding[] = [];
  for (const input of await readEntryFileInputs(contentDir)) {
    const { file } = input;
    if ('symlink' in input) {
      unreadable.push(symlinkFinding(file));
      continue;
    }
    const section = basename(dirname(file)) as Section;
    if (!SECTIONS.includes(section)) continue;
    const parsed = parseEntryFile(input.bytes);
    if (parsed.ok) files.push({ file, section, slug: basename(file, '.md'), frontMatter: parsed.file.data, body: parsed.file.body, text: parsed.file.text });
    else unreadable.push({ file, ...parsed.problem, severity: 'error' });
  }
  return { files, unreadable };
}

/**
 * The entries of a content folder as every script and the build read them: the validator's parser and
 * checks, so a file passes everywhere or is refused everywhere with the same message. `skipped` holds the
 * errors of the files left out (an entry that cannot be read never stops the others); `errors` adds the
 * problems between entries that pass on their own (the same paper twice).
 */
export async function readEntries(contentDir: string, options: Omit<Parameters<typeof validateEntryFiles>[1], 'institutes' | 'benchmarks'> = {}) {
  const [institutes, benchmarks] = await Promise.all([loadInstituteIndex(contentDir), loadBenchmarkLookup(contentDir)]);
  const inputs = await readEntryFileInputs(contentDir);
  const { findings, entries, located, skippedArithmetic } = validateEntryFiles(inputs, { ...options, institutes, benchmarks });
  const errors = findings.filter((f) => f.severity === 'error');
  const kept = new Set(entries.map((entry) => entry.file));
  return { entries, located, findings, errors, skipped: errors.filter((f) => !kept.has(f.file)), skippedArithmetic, institutes, benchmarks, fileCount: inputs.length };
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Every .md file one folder down (content/<folder>/<name>.md) as bytes, for the validator; folders that
 * are no section included, so it can say so. A symbolic link at either level is listed as one, never
 * followed (the folder's own entry types say so, without a stat of what it points to).
 */
export async function readEntryFileInputs(contentDir: string): Promise<EntryFileInput[]> {
  const symlinks: EntryFileInput[] = [];
  const files: string[] = [];
  for (const folder of (await readdir(contentDir, { withFileTypes: true })).sort(byName)) {
    if (folder.isSymbolicLink()) symlinks.push({ file: join(contentDir, folder.name), symlink: true });
    if (!folder.isDirectory()) continue;
    for (const item of (await readdir(join(contentDir, folder.name), { withFileTypes: true })).sort(byName)) {
      const file = join(contentDir, folder.name, item.name);
      if (item.isSymbolicLink()) symlinks.push({ file, symlink: true });
      else if (item.name.endsWith('.md')) files.push(file);
    }
  }
  // One after another, synchronously: entry files are small and, after a checkout, in the page cache,
  // where a synchronous read costs a fifth of an asynchronous one (whose open, stat, read and close
  // each go through the thread pool): 10,000 files in 0.18 s rather than 0.85 s on the 2-core VM.
  return [...symlinks, ...files.map((file) => ({ file, bytes: readFileSync(file) }))];
}
