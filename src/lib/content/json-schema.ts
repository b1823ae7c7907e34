/** The entry format as JSON Schema, generated from the zod schema, for editors (content/entry.schema.json). */
import { z } from 'zod';
import { createEntrySchema } from './schema.ts';

export const ENTRY_JSON_SCHEMA_FILE = 'content/entry.schema.json';

export function entryJsonSchemaText(): string {
  const schema = z.toJSONSchema(createEntrySchema(), { io: 'input', unrepresentable: 'any' });
  const document = {
    $id: 'entry.schema.json',
    title: 'Medical foundation models: entry front matter',
    description: 'The YAML front matter of content/<section>/<slug>.md. Run npm run validate for the checks a schema cannot express.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
