import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadBenchmarkLookup, loadInstituteIndex, siteContentDir } from './lib/content/content-files.ts';
import { createEntrySchema, SECTIONS, type Section } from './lib/content/schema.ts';

// The checks across entries (the same paper twice...) ran before this, in src/integrations/entries.ts.
const contentDir = siteContentDir();
const schema = createEntrySchema({ institutes: await loadInstituteIndex(contentDir), benchmarks: await loadBenchmarkLookup(contentDir) });

const sectionCollection = (section: Section) =>
  defineCollection({ loader: glob({ pattern: '*.md', base: pathToFileURL(resolve(contentDir, section) + sep) }), schema });

export const collections = {
  llms: sectionCollection('llms'),
  vision: sectionCollection('vision'),
  'other-modalities': sectionCollection('other-modalities'),
  surveys: sectionCollection('surveys'),
  articles: sectionCollection('articles'),
} satisfies Record<(typeof SECTIONS)[number], unknown>;
