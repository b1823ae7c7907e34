/**
 * What the weekly watch's sources found, as it keeps it. Every value in an API answer is hostile until it
 * passes here: ids must match the entry schema's patterns or are dropped, URLs must pass the checks an
 * entry's URLs get, titles and other text are plain text of bounded length (no control or bidi characters).
 */
import { entryUrlSchema, GITHUB_REPO_PATTERN, HUGGINGFACE_ID_PATTERN } from '../content/schema.ts';
import { githubRepoFromUrl, huggingfaceIdFromUrl } from '../content/identifiers.ts';

export type WatchSource = 'huggingface' | 'arxiv' | 'crossref';

/** One model or paper a source found, checked. */
export interface Found {
  source: WatchSource;
  title: string;
  /** Its page: the model's on the Hub, the paper's abstract on arXiv, the article's DOI address. */
  url: string;
  /** YYYY-MM-DD (YYYY-MM when the source gives only the month): when the model was created, the paper first submitted or the article published. */
  date: string;
  summary?: string;
  huggingface: string[];
  /** arXiv ids it names: a paper's own; the Hub's arxiv: tags of a model (its paper, or its base model's); a journal article's preprint. */
  arxiv: string[];
  doi?: string;
  /** A journal article: the journal's name, the DOIs of its preprints elsewhere (medRxiv, Research Square), and the month its earliest preprint came out, as its arXiv id or medRxiv DOI says. */
  journal?: string;
  preprintDois?: string[];
  preprintMonth?: string;
  github: string[];
  /** The Hub's tags and pipeline, or arXiv's categories, lowercased. */
  tags: string[];
  likes?: number;
  downloads?: number;
  /** A Hub model's owner (user or organisation). */
  owner?: string;
  /** Hub models it was trained from (the base_model: tags). */
  baseModels: string[];
  /** A quantization of its base model: another file of a model, not a new one. */
  quantized: boolean;
  /** The arXiv authors' affiliations as written: a suggestion, never a checked institute. */
  affiliations: string[];
}

/** What one source's run gave: what it found, what it asked, and what went wrong. */
export interface SourceRun {
  source: WatchSource;
  found: Found[];
  requests: number;
  budget: number;
  /** Requests that were answered; none means the source failed. */
  answered: number;
  /** Models or papers in the answers that could not be used (an id, date or URL no entry could hold). */
  unusable: number;
  /** Journal articles that name no model: Crossref ranks by the query's words rather than filtering by them (the other sources filter). */
  offTopic?: number;
  /** Each query or page that failed, with why. */
  problems: string[];
  /** Queries and pages the budget left unasked. */
  notAsked: string[];
}

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;

/** Text as plain text: invisible and control characters (bidi overrides included) out, spaces folded, at most `max` characters. */
export function plainText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A Hub model id (owner/name, no datasets/ or spaces/ kind) as the schema allows it. */
export function hubModelId(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 200 || value.split('/').length !== 2) return undefined;
  return HUGGINGFACE_ID_PATTERN.test(value) && !/^(?:datasets|spaces)\//.test(value) ? value : undefined;
}

const ARXIV_ID = /^\d{4}\.\d{4,5}$/;
export const arxivIdOf = (value: unknown) => (typeof value === 'string' && ARXIV_ID.test(value) ? value : undefined);

const DOI = /^10\.\d{4,9}\/\S{1,200}$/;
export const doiOf = (value: unknown) => (typeof value === 'string' && DOI.test(value) && checkedUrl(`https://doi.org/${value}`) ? value : undefined);

/** The URL if an entry could hold it, else undefined. */
export const checkedUrl = (value: unknown) => (typeof value === 'string' && value.length <= 2000 && entryUrlSchema.safeParse(value).success ? value : undefined);

/** YYYY-MM-DD of an ISO time, or undefined. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

export const wholeNumber = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined);

/** Ids once each, the first spelling kept, whatever their case (GitHub and the Hub ignore it). */
export function uniqueIds(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(value.toLowerCase()) && Boolean(seen.add(value.toLowerCase())));
}

// A URL ends at a space, a quote or a bracket; the lists below are short, so no pattern needs to backtrack.
const LINKED = /https?:\/\/(?:www\.)?(?:github\.com|huggingface\.co)\/[^\s"'<>()[\]{}]{1,300}/gi;

/** GitHub repositories and Hub models linked in free text (an abstract, a comment), checked as ids. */
export function linkedIds(text: string): { github: string[]; huggingface: string[] } {
  const github: string[] = [];
  const huggingface: string[] = [];
  for (const [found] of text.matchAll(LINKED)) {
    let url = found;
    while (/[.,;:]$/.test(url)) url = url.slice(0, -1); // the sentence's full stop is no part of the link
    const repo = githubRepoFromUrl(url);
    if (repo && GITHUB_REPO_PATTERN.test(repo)) github.push(repo);
    const hub = hubModelId(huggingfaceIdFromUrl(url));
    if (hub) huggingface.push(hub);
  }
  return { github: uniqueIds(github), huggingface: uniqueIds(huggingface) };
}
