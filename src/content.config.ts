import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadInstituteIndex } from './lib/content/content-files.ts';
import { createEntrySchema, SECTIONS, type Section } from './lib/content/schema.ts';

// Astro runs from the project root, where content/ lives; CONTENT_DIR points a build elsewhere (benchmarks).
// The checks across entries (the same paper twice...) ran before this, in src/integrations/entries.ts.
const contentDir = process.env.CONTENT_DIR || 'content';
const schema = createEntrySchema({ institutes: await loadInstituteIndex(contentDir) });

const sectionCollection = (section: Section) =>
  defineCollection({ loader: glob({ pattern: '*.md', base: pathToFileURL(resolve(contentDir, section) + sep) }), schema });

export const collections = {
  llms: sectionCollection('llms'),
  vision: sectionCollection('vision'),
  surveys: sectionCollection('surveys'),
  articles: sectionCollection('articles'),
} satisfies Record<(typeof SECTIONS)[number], unknown>;
