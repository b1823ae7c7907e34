/** Entries for tests, made through the shared schema; title, month and institute are filled in unless given. */
import { createEntrySchema, type Entry, type Section } from '../src/lib/content/schema.ts';
import { SPDX_IDS } from '../src/lib/content/spdx-ids.ts';

const schema = createEntrySchema({ spdxIds: SPDX_IDS });

export function testEntry(slug: string, fields: Record<string, unknown> = {}, section: Section = 'llms'): Entry {
  return {
    slug,
    section,
    body: '',
    file: `content/${section}/${slug}.md`,
    data: schema.parse({ title: slug, date: '2024-01', institutes: ['X'], ...fields }),
  };
}
