/** npm run schema — writes content/entry.schema.json from the zod schema (a test checks it is current). */
import { writeFile } from 'node:fs/promises';
import { runCli } from './cli.ts';
import { ENTRY_JSON_SCHEMA_FILE, entryJsonSchemaText } from '../src/lib/content/json-schema.ts';

await runCli('usage: npm run schema', async () => {
  await writeFile(ENTRY_JSON_SCHEMA_FILE, entryJsonSchemaText());
  console.log(`wrote ${ENTRY_JSON_SCHEMA_FILE}`);
});
