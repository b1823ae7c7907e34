/**
 * The text of an entry file (YAML front matter in the order of the entry format, short lists on one line)
 * and of an institute's lines in content/institutes.yaml. Pure, so the browser's contribute form writes them too.
 */
import { Document, isMap, isSeq, type Node } from 'yaml';
import type { EntryInput, Institute } from './schema.ts';

/** How entry front matter is printed: no folding of long lines, flow lists as [a, b]. */
export const YAML_WRITE_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

const FIELD_ORDER = [
  'title', 'summary', 'date', 'institutes', 'papers', 'huggingface', 'github', 'links',
  'access', 'accessNote', 'withdrawn', 'license', 'licenseNote', 'baseModel', 'parameters', 'modalities', 'specialties', 'tasks', 'earlierVersion', 'venue', 'results',
] as const;

export function serializeEntry(data: EntryInput, body = ''): string {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    const value = data[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    ordered[field] = value;
  }
  const document = new Document(ordered);
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const value = pair.value as Node;
      // Lists of names and ids read best on one line; so does each { label, url } link.
      if (isSeq(value) && value.items.every((item) => !isMap(item))) value.flow = true;
      if (isSeq(value) && String((pair.key as { value?: unknown }).value) === 'links') {
        for (const item of value.items) if (isMap(item)) item.flow = true;
      }
      // A paper's authors, too.
      if (isSeq(value) && String((pair.key as { value?: unknown }).value) === 'papers') {
        for (const paper of value.items) {
          if (!isMap(paper)) continue;
          for (const field of paper.items) if (isSeq(field.value) && field.value.items.every((item) => !isMap(item))) field.value.flow = true;
        }
      }
    }
  }
  const frontMatter = document.toString(YAML_WRITE_OPTIONS);
  return `---\n${frontMatter}---\n${body ? `\n${body.trim()}\n` : ''}`;
}

/** An institute as content/institutes.yaml lists it: `- name: …` with its aliases on one line, then parent and url. */
export function serializeInstitute(institute: Partial<Institute> & { name: string }): string {
  const document = new Document([institute]);
  if (isSeq(document.contents)) {
    for (const item of document.contents.items) {
      if (!isMap(item)) continue;
      for (const field of item.items) if (isSeq(field.value)) field.value.flow = true;
    }
  }
  return document.toString(YAML_WRITE_OPTIONS);
}
