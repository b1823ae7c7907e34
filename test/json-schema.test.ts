import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { ENTRY_JSON_SCHEMA_FILE, entryJsonSchemaText } from '../src/lib/content/json-schema.ts';

it('the committed JSON Schema is what the zod schema generates now (run npm run schema after changing it)', async () => {
  expect(await readFile(ENTRY_JSON_SCHEMA_FILE, 'utf8')).toBe(entryJsonSchemaText());
});

it('describes every field, requires title, date and institutes, and allows no others', () => {
  const schema = JSON.parse(entryJsonSchemaText());
  expect(schema.required).toEqual(['title', 'date', 'institutes']);
  expect(schema.additionalProperties).toBe(false);
  expect(Object.keys(schema.properties)).toEqual([
    'title', 'summary', 'date', 'institutes', 'papers', 'huggingface', 'github', 'links', 'access', 'accessNote', 'withdrawn', 'license', 'licenseNote', 'baseModel', 'parameters', 'modalities', 'specialties', 'tasks', 'earlierVersion', 'venue', 'results',
  ]);
  for (const field of Object.values(schema.properties) as { description?: string }[]) expect(field.description).toBeTruthy();
});
