/** Reading the content folder outside Astro (scripts, tests): entry files and the institutes registry. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';
import pLimit from 'p-limit';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { createInstituteIndex, type InstituteIndex } from './institutes.ts';
import { instituteRegistrySchema, SECTIONS, type Entry, type EntryData, type Institute, type Section } from './schema.ts';

export const INSTITUTES_FILE = 'institutes.yaml';

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

export const formatProblem = ({ file, field, message }: ContentProblem) => `${file}: ${field}: ${message}`;

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

export async function readInstituteRegistry(contentDir: string): Promise<Institute[]> {
  const file = join(contentDir, INSTITUTES_FILE);
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ContentError([{ file, field: '(file)', message: (error as Error).message.split('\n')[0]! }]);
  }
  const result = instituteRegistrySchema.safeParse(raw);
  if (!result.success) throw new ContentError(problemsFromZod(file, result.error));
  return result.data;
}

export async function loadInstituteIndex(contentDir: string): Promise<InstituteIndex> {
  return createInstituteIndex(await readInstituteRegistry(contentDir));
}

export interface EntryFile {
  file: string;
  section: Section;
  slug: string;
  frontMatter: unknown;
  body: string;
}

/** Every `content/<section>/*.md`, front matter parsed but not yet validated. */
export async function readEntryFiles(contentDir: string): Promise<EntryFile[]> {
  const files: EntryFile[] = [];
  for (const section of SECTIONS) {
    const names = await readdir(join(contentDir, section)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
      const file = join(contentDir, section, name);
      const { data, content } = matter(await readFile(file, 'utf8'));
      files.push({ file, section, slug: name.slice(0, -'.md'.length), frontMatter: data, body: content });
    }
  }
  return files;
}

/** Validates entry files with a schema; returns the entries that pass and the problems of those that do not. */
export function validateEntryFiles(files: EntryFile[], schema: z.ZodType<EntryData>) {
  const entries: Entry[] = [];
  const problems: ContentProblem[] = [];
  for (const { file, section, slug, frontMatter, body } of files) {
    const result = schema.safeParse(frontMatter);
    if (result.success) entries.push({ slug, section, data: result.data, body, file });
    else problems.push(...problemsFromZod(file, result.error));
  }
  return { entries, problems };
}

/** Every .md file one folder down (content/<folder>/<name>.md) as bytes, for the validator; folders that are no section included, so it can say so. */
export async function readEntryFileInputs(contentDir: string): Promise<{ file: string; bytes: Uint8Array }[]> {
  const folders = (await readdir(contentDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const files: string[] = [];
  for (const folder of folders) {
    for (const name of (await readdir(join(contentDir, folder))).filter((n) => n.endsWith('.md')).sort()) files.push(join(contentDir, folder, name));
  }
  // Many reads in flight (a long list read one file at a time waits on the disk 10,000 times), but not
  // so many open files that the system refuses more.
  const limit = pLimit(64);
  return Promise.all(files.map((file) => limit(async () => ({ file, bytes: await readFile(file) }))));
}
