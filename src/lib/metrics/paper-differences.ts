/**
 * Where what Semantic Scholar holds of a paper (title, authors, year) differs from what the entry says
 * the paper's page prints. A finding for a person to read, never an error: a paper renamed between
 * arXiv versions, or published in a later year than its preprint, is the service and the entry both right.
 */
import type { Entry } from '../content/schema.ts';
import { foldText } from '../content/slug.ts';
import type { PaperValue } from './sources/semantic-scholar.ts';

export interface PaperDifference {
  file: string;
  /** The entry's field, like papers.0.title. */
  field: string;
  message: string;
}

/** A title or a name as compared: accents, case, punctuation and spacing do not count. */
const comparable = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** An author as compared: the last word of the name, since Semantic Scholar often gives initials for given names. */
const familyName = (name: string) => comparable(name).split(' ').at(-1) ?? '';

const quoted = (authors: readonly string[]) => (authors.length > 3 ? `${authors.slice(0, 3).join(', ')} … (${authors.length})` : authors.join(', '));

/** The differences of every paper whose Semantic Scholar record is in `fetched`, in the entries' order. */
export function paperDifferences(entries: readonly Entry[], fetched: Readonly<Record<string, PaperValue | undefined>>): PaperDifference[] {
  const found: PaperDifference[] = [];
  for (const { data, file = '(unknown file)' } of entries) {
    data.papers.forEach((paper, i) => {
      const known = paper.semanticScholar ? fetched[paper.semanticScholar] : undefined;
      if (!known) return;
      const differs = (field: string, message: string) => found.push({ file, field: `papers.${i}.${field}`, message: `${message} (${paper.semanticScholar}; a renamed or republished paper keeps the entry's if its page says so)` });
      if (paper.title && known.title && comparable(paper.title) !== comparable(known.title)) {
        differs('title', `Semantic Scholar's title is "${known.title}", the entry's "${paper.title}"`);
      }
      if (paper.authors?.length && known.authors?.length && paper.authors.map(familyName).join('|') !== known.authors.map(familyName).join('|')) {
        differs('authors', `Semantic Scholar's authors are ${quoted(known.authors)}, the entry's ${quoted(paper.authors)}`);
      }
      if (paper.year !== undefined && known.year !== undefined && paper.year !== known.year) {
        differs('year', `Semantic Scholar's year is ${known.year}, the entry's ${paper.year}`);
      }
    });
  }
  return found;
}
