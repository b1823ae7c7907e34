/** The entry format as JSON Schema, generated from the zod schema, for editors (content/entry.schema.json). */
import { z } from 'zod';
import { PAPER_KINDS } from './paper-metadata.ts';
import { createEntrySchema } from './schema.ts';
import { MODALITIES, SPECIALTIES, TASKS } from './vocabulary.ts';

export const ENTRY_JSON_SCHEMA_FILE = 'content/entry.schema.json';

/**
 * What each field holds, for an editor's hover: kept here rather than on the zod schema (its .describe()),
 * which the contribute page's script bundles, so the browser does not download text only editors show.
 */
const ENTRY_FIELDS: Record<string, string> = {
  title: 'The name as shown, e.g. MEDITRON-70B',
  summary: 'Optional one-line summary',
  date: 'Publication month, YYYY-MM, e.g. 2023-11',
  institutes: 'Institutes by name or alias from content/institutes.yaml, at least one',
  papers: 'Papers; the first is the main link',
  huggingface: 'Hugging Face Hub ids: owner/name, datasets/owner/name, spaces/owner/name',
  github: 'GitHub repositories: owner/repo',
  links: 'Other links: blog, project page, leaderboard',
  access: 'How the model can be used: open-weights, gated, api, not-released, or unknown with the reason in accessNote',
  accessNote: 'Why access is unknown: what was checked',
  withdrawn: 'The month its API or weights stopped being offered, YYYY-MM (access says what it was), e.g. 2025-09',
  license: 'Licence of the weights (of the code if none are released): an SPDX id, e.g. Apache-2.0, or a named licence, e.g. llama-3-community, unknown',
  licenseNote: 'Why the licence is unknown, or which terms apply',
  baseModel: 'The model it was trained from, e.g. Llama-2-70B',
  parameters: 'Parameter count from 1K to 100T, e.g. 70B, 2.7B or 345M',
  modalities: `What the model takes in: ${MODALITIES.join(', ')}`,
  specialties: `The medical fields it serves: ${SPECIALTIES.join(', ')}`,
  tasks: `What the model does, main task first: ${TASKS.join(', ')}`,
  earlierVersion: 'A new version of a model on the list: the slug of the entry of its earlier version, e.g. medgemma',
  venue: 'Where a preprint was published after peer review',
  results: 'Benchmark results reported for this model, each with its setting and source (ids from content/benchmarks.yaml)',
};
const PAPER_FIELDS: Record<string, string> = {
  title: "The paper's title as its own page prints it (arXiv abstract page, DOI landing page, ACL Anthology)",
  authors: 'The authors as the paper prints them, "Given Family", in its order',
  venue: 'Where the paper was published, if it was (journal or conference)',
  year: 'The year it was published, YYYY (where it was published)',
  kind: `What the paper is: ${PAPER_KINDS.join(', ')} (derived from its URL and venue when left out)`,
};

interface ObjectSchema {
  properties: Record<string, { description?: string; items?: ObjectSchema }>;
}

/** Writes each field's description into an object's JSON Schema; a field the schema lacks is a mistake here. */
function describe(schema: ObjectSchema, descriptions: Record<string, string>) {
  for (const [field, description] of Object.entries(descriptions)) {
    const property = schema.properties[field];
    if (!property) throw new Error(`json-schema.ts describes "${field}", which the entry schema does not have`);
    schema.properties[field] = { description, ...property };
  }
}

export function entryJsonSchemaText(): string {
  const schema = z.toJSONSchema(createEntrySchema(), { io: 'input', unrepresentable: 'any' }) as unknown as ObjectSchema;
  describe(schema, ENTRY_FIELDS);
  describe(schema.properties.papers!.items!, PAPER_FIELDS);
  const document = {
    $id: 'entry.schema.json',
    title: 'Medical foundation models: entry front matter',
    description: 'The YAML front matter of content/<section>/<slug>.md. Run npm run validate for the checks a schema cannot express.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
