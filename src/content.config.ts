import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadInstituteIndex } from './lib/content-files.ts';
import { createEntrySchema, SECTIONS, type Section } from './lib/schema.ts';

// Astro runs from the project root, where content/ lives.
const schema = createEntrySchema({ institutes: await loadInstituteIndex('content') });

const sectionCollection = (section: Section) =>
  defineCollection({ loader: glob({ pattern: '*.md', base: `./content/${section}` }), schema });

export const collections = {
  llms: sectionCollection('llms'),
  vision: sectionCollection('vision'),
  surveys: sectionCollection('surveys'),
  articles: sectionCollection('articles'),
} satisfies Record<(typeof SECTIONS)[number], unknown>;
