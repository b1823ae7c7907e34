/**
 * How to cite an entry: one CSL-JSON record (what Zotero and Mendeley import), written out as BibTeX,
 * RIS and a formatted reference by citation-js, a maintained citation library, instead of a hand-made
 * writer. The record cites the entry's main paper under its own title and authors (as curated, else as
 * Semantic Scholar holds them); an entry without them gets a @misc about the model, named after it, never
 * a title made up from its summary.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseName } from '@citation-js/name';
import { apaReference } from './apa-reference.ts';
import type { CslItem, CslName } from './csl-item.ts';
import type { OpenEntry } from './open-data.ts';
import { arxivIdFromUrl } from '../content/identifiers.ts';
import { paperKind, type PaperKind } from '../content/paper-metadata.ts';
import { MODEL_SECTIONS } from '../content/schema.ts';
import { percentEncoded } from '../content/urls.ts';

export type { CslItem } from './csl-item.ts';

// The entry's slug is its BibTeX key as it is (a slug is letters, digits and hyphens, which a key may
// hold), so a key stays the same from one build to the next.
const bibtexOutput = plugins.config.get('@bibtex').format;
bibtexOutput.useIdAsLabel = true;
bibtexOutput.checkLabel = false;

/** The CSL type of each paper kind: a preprint is CSL's "article" (its type for preprints and working papers). */
const CSL_TYPES: Record<PaperKind, CslItem['type']> = {
  article: 'article-journal',
  inproceedings: 'paper-conference',
  preprint: 'article',
  misc: 'document',
};

/**
 * Text from an entry or a service on one line, without control characters: a line break would end a RIS
 * field and start a forged one. Braces, backslashes and TeX's specials are citation-js's to escape.
 */
const oneLine = (text: string) => text.replace(/[\p{Cc}\s]+/gu, ' ').trim();

/** A URL as a record holds it: what could end a field (spaces, quotes, braces, backslashes) percent-encoded. */
const safeUrl = (url: string) => url.replace(/[\s"{}\\]/g, percentEncoded);

const doiOf = (url: string, semanticScholar: string | undefined) =>
  /^DOI:(.+)$/.exec(semanticScholar ?? '')?.[1] ?? /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)$/.exec(url)?.[1];

/** "Zeming Chen" as CSL's given and family names (particles such as "van" kept apart); a one-word name is a family name. */
const authorName = (name: string): CslName => parseName(oneLine(name));

function monthParts(month: string): [number, number] {
  const [year, number] = month.split('-').map(Number);
  return [year!, number!];
}

/** The record of the entry's main paper, where its title and authors are known; else undefined. */
function paperItem(entry: OpenEntry): CslItem | undefined {
  const paper = entry.papers[0];
  if (!paper) return undefined;
  const fetched = paper.metadata;
  const [title, authors] = paper.title && paper.authors?.length ? [paper.title, paper.authors] : [fetched?.title, fetched?.authors];
  if (!title || !authors?.length) return undefined;
  const venue = paper.venue ?? (paper.title ? undefined : fetched?.venue);
  const year = paper.year ?? (paper.title ? undefined : fetched?.year);
  const kind = paperKind({ ...paper, venue });
  const arxiv = arxivIdFromUrl(paper.url) ?? /^ARXIV:(.+)$/.exec(paper.semanticScholar ?? '')?.[1];
  const onArxiv = kind === 'preprint' && !venue && arxiv !== undefined;
  // BibTeX styles want a journal: an arXiv preprint gets the one Google Scholar writes.
  const container = venue ?? (onArxiv ? `arXiv preprint arXiv:${arxiv}` : undefined);
  const doi = doiOf(paper.url, paper.semanticScholar);
  return {
    id: entry.slug,
    type: CSL_TYPES[kind],
    title: oneLine(title),
    author: authors.map(authorName),
    issued: { 'date-parts': [year ? [year] : monthParts(entry.date)] },
    ...(container ? { 'container-title': oneLine(container) } : {}),
    ...(onArxiv ? { publisher: 'arXiv', number: `arXiv:${arxiv}` } : {}),
    ...(doi ? { DOI: safeUrl(doi) } : {}),
    URL: safeUrl(paper.url),
  };
}

/** A @misc about the entry itself: its name, its institutes as authors, its month and main link. */
function entryItem(entry: OpenEntry): CslItem {
  const isModel = MODEL_SECTIONS.has(entry.section);
  const listedAt = URL.canParse(entry.page) ? `listed at ${safeUrl(entry.page)}` : undefined;
  const note = [isModel ? 'model' : undefined, listedAt].filter(Boolean).join('; ');
  return {
    id: entry.slug,
    type: isModel ? 'software' : 'document',
    title: oneLine(entry.title),
    author: entry.institutes.map((name) => ({ literal: oneLine(name) })),
    issued: { 'date-parts': [monthParts(entry.date)] },
    ...(entry.url ? { URL: safeUrl(entry.url) } : {}),
    ...(note ? { note } : {}),
  };
}

/** The entry's CSL-JSON record: its main paper's, else a @misc about the entry. */
export const cslItem = (entry: OpenEntry): CslItem => paperItem(entry) ?? entryItem(entry);

/** One entry's citation as data and in the formats the files under /data/ hold. */
export interface Citation {
  csl: CslItem;
  bibtex: string;
  ris: string;
}

// citation-js adds its own bookkeeping to the object it is given: it gets a copy.
const citeOf = (csl: CslItem) => new Cite(structuredClone(csl));

export function citation(entry: OpenEntry): Citation {
  const csl = cslItem(entry);
  const cite = citeOf(csl);
  return { csl, bibtex: cite.format('bibtex'), ris: cite.format('ris') };
}

/** The record as citeproc's APA style writes it, in text: exact, and 5 to 7 ms a reference. */
export function citeprocReference(csl: CslItem): string {
  // APA cites a preprint by its server and number ("(arXiv:2311.16079). arXiv."), not as a journal.
  const { 'container-title': _journal, ...asPreprint } = csl;
  return citeOf(csl.publisher === 'arXiv' ? asPreprint : csl).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
}

/** The record as a formatted reference (APA), plain text: citeproc's, written without it where apa-reference.ts knows how. */
export const formattedReference = (csl: CslItem): string => apaReference(csl) ?? citeprocReference(csl);
