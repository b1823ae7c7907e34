/**
 * What the full-text search (Pagefind) indexes for each entry: a record made from the entry's data, not
 * scraped from its built page, so the index can be built while the pages render and holds only words a
 * searcher may type (names, aliases, facts, paper links and ids, notes), not the page's buttons and BibTeX.
 */
import type { InstituteIndex } from '../content/institutes.ts';
import { SPECIALTY_LABELS, TASK_LABELS, type Entry } from '../content/schema.ts';
import { accessText } from './access.ts';
import { SECTION_TITLES } from './browse.ts';
import { entryHref } from './hrefs.ts';
import { formatMonth } from './format.ts';
import { notesText } from './notes.ts';

/** Pagefind's custom record (its Node API's `CustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: { title: string };
}

/** The institutes as the entry names them, each with its registry name, aliases and parents, once. */
function instituteWords(names: readonly string[], institutes: InstituteIndex): string[] {
  const words = names.flatMap((name) => [name, ...institutes.lineage(name).flatMap((institute) => [institute.name, ...institute.aliases])]);
  return [...new Set(words)];
}

/** Sentences, each only if it has something to say. */
const sentences = (parts: readonly (string | false | undefined)[]) => parts.filter(Boolean).join(' ');
const listed = (label: string, values: readonly string[]) => values.length > 0 && `${label}: ${values.join(', ')}.`;

export function searchRecord(entry: Entry, institutes: InstituteIndex, base: string): SearchRecord {
  const { data } = entry;
  const content = sentences([
    `${data.title}.`,
    data.summary && `${data.summary}.`,
    `${SECTION_TITLES[entry.section]}, ${formatMonth(data.date)}.`,
    listed('Institutes', instituteWords(data.institutes, institutes)),
    listed('Specialties', data.specialties.map((specialty) => SPECIALTY_LABELS[specialty])),
    listed('Tasks', data.tasks.map((task) => TASK_LABELS[task])),
    listed('Modalities', data.modalities),
    data.access && `Access: ${accessText(data.access, data.withdrawn)}.`,
    data.baseModel && `Built on ${data.baseModel}.`,
    data.parameters && `${data.parameters} parameters.`,
    data.venue && `Published in ${data.venue}.`,
    listed('Papers', data.papers.map((paper) => [paper.title, paper.authors?.join(', '), paper.url, paper.semanticScholar].filter(Boolean).join(' '))),
    listed('Hugging Face', data.huggingface),
    listed('GitHub', data.github),
    notesText(entry.body),
  ]);
  return { url: entryHref(base, entry.slug), content, language: 'en', meta: { title: data.title } };
}
