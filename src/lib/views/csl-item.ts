/** The shape of the CSL-JSON records citation.ts makes and apa-reference.ts formats. */
import type { parse as parseName } from '@citation-js/name';

export type CslName = ReturnType<typeof parseName> | { literal: string };

/** A CSL-JSON item, as much of it as the records fill. */
export interface CslItem {
  id: string;
  type: 'article' | 'article-journal' | 'paper-conference' | 'document' | 'software';
  title: string;
  author?: CslName[];
  issued: { 'date-parts': [[number] | [number, number]] };
  'container-title'?: string;
  /** A preprint's server and its number there: arXiv, arXiv:2311.16079. */
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  note?: string;
}
