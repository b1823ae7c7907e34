/**
 * What a paper is, as its own page prints it: title, authors, venue, year and kind. Citations are built
 * from these fields, so they are read from the paper (arXiv abstract page, DOI landing page, ACL
 * Anthology, journal page), never made up from the entry's name and summary.
 */
import { z } from 'zod';
import { listOf, requiredText } from './schema-fields.ts';

/** What a paper is, which picks its citation record: @article, @inproceedings, a preprint or @misc. */
export const PAPER_KINDS = ['article', 'inproceedings', 'preprint', 'misc'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

/** The earliest and latest year a paper may carry: no paper on the list predates 1900, and none is dated past next year. */
const YEAR_RANGE = [1900, 2100] as const;

/** The fields each paper may carry beside its url and Semantic Scholar id (composed into the paper schema). */
export const paperMetadataFields = {
  title: z
    .string({ error: 'title must be text: the paper\'s title as its page prints it' })
    .trim()
    .min(1)
    .optional(),
  authors: listOf(requiredText('authors', 'Zeming Chen'), 'authors', 'Zeming Chen, Alejandro Hernández Cano').optional(),
  venue: z.string({ error: 'venue must be text, like Nature Medicine' }).trim().min(1).optional(),
  year: z
    .number({ error: 'year must be a number, like year: 2024' })
    .int({ error: 'year must be a whole year, like year: 2024' })
    .min(YEAR_RANGE[0], { error: `year must be a year from ${YEAR_RANGE[0]} on, like year: 2024` })
    .max(YEAR_RANGE[1], { error: `year must be a year up to ${YEAR_RANGE[1]}, like year: 2024` })
    .optional(),
  kind: z
    .enum(PAPER_KINDS, { error: (issue) => `kind "${String(issue.input)}" is not one of ${PAPER_KINDS.join(', ')}` })
    .optional(),
};

interface PaperLike {
  url: string;
  semanticScholar?: string;
  venue?: string;
  kind?: PaperKind;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
};

/** Preprint servers: a paper there without a venue is a preprint. */
const PREPRINT_HOSTS = /(^|\.)(arxiv\.org|biorxiv\.org|medrxiv\.org)$/;

/**
 * The paper's kind: as written, else from where it is. The ACL Anthology holds proceedings; a preprint
 * server without a venue, a preprint; a DOI or a venue, an article; anything else (a blog post, a report), misc.
 */
export function paperKind(paper: PaperLike): PaperKind {
  if (paper.kind) return paper.kind;
  const host = hostOf(paper.url);
  if (host === 'aclanthology.org' || paper.semanticScholar?.startsWith('ACL:')) return 'inproceedings';
  if (PREPRINT_HOSTS.test(host) && !paper.venue) return 'preprint';
  if (paper.venue || host === 'doi.org' || paper.semanticScholar?.startsWith('DOI:') || paper.semanticScholar?.startsWith('PMID:')) return 'article';
  return 'misc';
}

/** A paper with an arXiv, DOI or ACL Anthology address, by its URL or Semantic Scholar id: one whose page prints its title and authors. */
function isCitablePaper(paper: PaperLike): boolean {
  return /(^|\.)(arxiv\.org|doi\.org|aclanthology\.org)$/.test(hostOf(paper.url)) || /^(ARXIV|DOI|ACL):/.test(paper.semanticScholar ?? '');
}

/** How many entries whose main paper is on arXiv, behind a DOI or in the ACL Anthology give its title and authors. */
export function citationCoverage(entries: readonly { data: { papers: readonly (PaperLike & { title?: string; authors?: readonly string[] })[] } }[]) {
  const citable = entries.map((entry) => entry.data.papers[0]).filter((paper) => paper !== undefined && isCitablePaper(paper));
  return { citable: citable.length, complete: citable.filter((paper) => missingPaperMetadata(paper!).length === 0).length };
}

/** The fields a paper's citation needs and it lacks: its title and authors. */
export function missingPaperMetadata(paper: { title?: string; authors?: readonly string[] }): ('title' | 'authors')[] {
  return [...(paper.title ? [] : ['title' as const]), ...(paper.authors?.length ? [] : ['authors' as const])];
}
