import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadInstituteIndex, readEntryFileInputs } from './lib/content/content-files.ts';
import { createEntrySchema, SECTIONS, type Section } from './lib/content/schema.ts';
import { formatFinding, validateEntryFiles } from './lib/content/validate.ts';

// Astro runs from the project root, where content/ lives; CONTENT_DIR points a build elsewhere (benchmarks).
const contentDir = process.env.CONTENT_DIR || 'content';
const institutes = await loadInstituteIndex(contentDir);
const schema = createEntrySchema({ institutes });

// The build rejects exactly what `npm run validate` rejects: the same checks, file by file (YAML
// syntax, duplicate keys, aliases...) and across entries (the same paper or repository twice).
const errors = validateEntryFiles(await readEntryFileInputs(contentDir), { institutes }).findings.filter((f) => f.severity === 'error');
if (errors.length) throw new Error(`${errors.length} problem(s) in the entries (npm run validate shows the same):\n${errors.map(formatFinding).join('\n')}`);

const sectionCollection = (section: Section) =>
  defineCollection({ loader: glob({ pattern: '*.md', base: pathToFileURL(resolve(contentDir, section) + sep) }), schema });

export const collections = {
  llms: sectionCollection('llms'),
  vision: sectionCollection('vision'),
  surveys: sectionCollection('surveys'),
  articles: sectionCollection('articles'),
} satisfies Record<(typeof SECTIONS)[number], unknown>;
