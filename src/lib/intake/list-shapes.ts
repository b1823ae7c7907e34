/**
 * The shapes awesome lists come in, beyond the seed's Title | Institute | Date | Code tables: which
 * table column holds what (recognised by its header words), the dates lists write (2024, 2024.5,
 * 2024/05, May 2024, 2024-05-13), and list items such as
 * `* [**Venue, 2024.5**] **Name**: Title. [paper](url) [code](url)`, `- **Name**: [Title](url) [[Code]](url)`
 * or `1. [Title](url) - Venue 2023 [GitHub](url)`. List items are read from their mdast nodes; only
 * the plain text of an item is matched against patterns (the venue tag, a trailing year).
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { huggingfaceIdFromUrl } from '../content/identifiers.ts';

export type ColumnRole = 'title' | 'paper' | 'date' | 'institutes' | 'venue' | 'links';

/**
 * First match wins, so "Paper Link" is paper, "Institute Name" institutes and "Model Weight" links. Who
 * made a model is its institute whatever the list calls it (Group, Lab, Organization, Institution), and
 * when, its date (Released, Date, Year: "Dec 2021" as readDate reads it).
 */
const HEADER_WORDS: readonly (readonly [RegExp, ColumnRole | 'model'])[] = [
  [/paper/, 'paper'],
  [/weight|hugging\s*face|\bhf\b|checkpoint|code|github|repo|link/, 'links'],
  [/year|date|time|published|release/, 'date'],
  [/institut|affiliation|organi[sz]ation|group|\blabs?\b/, 'institutes'],
  [/venue|journal|conference/, 'venue'],
  [/title|name/, 'title'],
  [/model/, 'model'],
];

/**
 * The role of each column from the header texts, or undefined for a column to ignore. A "Model" or
 * "Paper" column holds the title only when no Title or Name column does; otherwise "Model" holds
 * weights and "Paper" the paper's link.
 */
export function columnRoles(headers: readonly string[]): (ColumnRole | undefined)[] {
  const guessed = headers.map((header) => HEADER_WORDS.find(([pattern]) => pattern.test(header.toLowerCase()))?.[1]);
  const titleColumn = ['title', 'model', 'paper'].map((role) => guessed.indexOf(role as ColumnRole)).find((index) => index >= 0);
  return guessed.map((role, index) => {
    if (index === titleColumn) return 'title';
    if (role === 'title') return undefined;
    return role === 'model' ? 'links' : role;
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month written as a word: "May", "Sept.", "December". */
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const HYPHENS = /[\u2010-\u2015\u2212]/g;

/**
 * A list's date as an entry's: "2024.5", "2024-05-13", "2024/05", "May 2024" -> "2024-05"; a year alone
 * -> 2024 (a number: the month stays unknown); nothing or "-" -> undefined; anything else -> null.
 */
export function readDate(text: string): string | number | undefined | null {
  const value = text.replace(HYPHENS, '-').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (/^(?:|-|–|—|n\/?a)$/i.test(value)) return undefined;
  const year = (digits: string) => (Number(digits) >= 1950 && Number(digits) <= 2100 ? Number(digits) : null);
  const month = (y: string, m: number) => (year(y) !== null && m >= 1 && m <= 12 ? `${y}-${String(m).padStart(2, '0')}` : null);
  if (/^\d{4}$/.test(value)) return year(value);
  const numeric = /^(\d{4})[-./](\d{1,2})(?:[-./]\d{1,2})?$/.exec(value);
  if (numeric) return month(numeric[1]!, Number(numeric[2]));
  const named = new RegExp(`^(${MONTH_WORD}),? (\\d{4})$`, 'i').exec(value);
  if (named) return month(named[2]!, MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase()) + 1);
  return null;
}

/**
 * "Nature Medicine, 2024.5" -> venue and date; "Venue 2023", "Arxiv 2024", "May 2024" too. The date is
 * found from the end and may only start where a run of digits starts, so a long cell is read once, not
 * once per character (patterns in this file are written so, as a README is anyone's input).
 */
const TRAILING_DATE = new RegExp(String.raw`(?<![\d./-])((?:\b${MONTH_WORD}\s+)?\d{4}[-./\d]*)$`, 'i');

interface VenueDate {
  venue?: string;
  dateText?: string;
}

function splitVenueDate(text: string): VenueDate {
  const trimmed = text.trim();
  const match = TRAILING_DATE.exec(trimmed);
  return match ? { venue: cleanVenue(trimmed.slice(0, match.index)), dateText: match[1] } : { venue: cleanVenue(text) };
}

/** A venue worth keeping: not a preprint server or a code host, which say nothing about peer review. */
export function cleanVenue(text: string): string | undefined {
  const venue = text.replace(/\s+/g, ' ').replace(/^[\s,;:\-–—]+|(?<![\s,;:\-–—])[\s,;:\-–—]+$/g, '');
  return venue && !/^(?:arxiv|biorxiv|medrxiv|preprint|github|hugging\s*face|n\/?a)$/i.test(venue) ? venue : undefined;
}

/** `(https://…)` as some lists write it -> `https://…`; undefined for anchors and relative links. */
export function externalUrl(url: string): string | undefined {
  const bare = url.trim().replace(/^\((.*)\)$/, '$1').trim();
  return /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(bare) ? bare : undefined;
}

/** Hub pages that are not a model, dataset or space (collections, papers, docs) name no id. */
export function hubId(url: string): string | undefined {
  return /huggingface\.co\/(?:collections|papers|docs|blog|learn|organizations)\//i.test(url) ? undefined : huggingfaceIdFromUrl(url);
}

const PAPER_LABEL = /^(?:paper|pdf|arxiv|doi|article|publication|preprint)$/i;
/** Whether a link is to the paper itself, by its label or by being an arXiv or DOI address. */
export const isPaperLink = (url: string, label: string) =>
  PAPER_LABEL.test(label) || /^https?:\/\/(?:[\w-]+\.)*(?:arxiv\.org|doi\.org)\//i.test(url);

/** A piece of a list item: text (bold or not) or a link out of the page with its text. */
interface Piece {
  text: string;
  bold: boolean;
  url?: string;
}

function piecesOf(nodes: readonly PhrasingContent[], bold = false): Piece[] {
  return nodes.flatMap((node): Piece[] => {
    if (node.type === 'link') {
      const url = externalUrl(node.url);
      return [url ? { text: toString(node).trim(), bold, url } : { text: toString(node), bold }];
    }
    if (node.type === 'strong') return piecesOf(node.children, true);
    if (node.type === 'emphasis' || node.type === 'delete') return piecesOf(node.children, bold);
    if (node.type === 'image' || node.type === 'imageReference') return [];
    if (node.type === 'html' || node.type === 'break') return [{ text: ' ', bold: false }];
    return [{ text: toString(node), bold }];
  });
}

/** The pieces after the first `count` characters of text (the venue tag). */
function dropChars(pieces: readonly Piece[], count: number): Piece[] {
  let left = count;
  const rest: Piece[] = [];
  for (const piece of pieces) {
    if (left >= piece.text.length && !piece.url) left -= piece.text.length;
    else {
      rest.push(left > 0 ? { ...piece, text: piece.text.slice(left) } : piece);
      left = 0;
    }
  }
  return rest;
}

const SEPARATORS = /^[\s:\-–—,.]+|(?<![\s:\-–—,])[\s:\-–—,]+$/g;

/** Removes the text pieces up to the next link and returns their text. */
function takeText(pieces: Piece[]): string {
  const end = pieces.findIndex((piece) => piece.url);
  return pieces.splice(0, end < 0 ? pieces.length : end).map((piece) => piece.text).join('').replace(/\s+/g, ' ').replace(SEPARATORS, '');
}

const labelOf = (piece: Piece) => piece.text.replace(/^[\s[(]+|(?<![\s\])])[\s\])]+$/g, '');
/** A year at the end of a title, as in "…from medical exams 2021." */
const TRAILING_YEAR = /(?<=[^\s.,])[\s.,]+(\d{4}(?:\.\d{1,2})?)\.?$/;

export interface ListItemParts {
  title: string;
  summary?: string;
  venue?: string;
  /** The date as written, for readDate. */
  dateText?: string;
  /** The link the title itself carries (`[Title](url)`), usually the paper. */
  titleUrl?: string;
  /** Every other link, with its label ("paper", "Code", "Model"). */
  links: { url: string; label: string }[];
}

/**
 * Reads one list item's paragraph, or returns undefined when it links nowhere outside the page (a
 * table of contents, a plain note): such an item is not an entry.
 */
export function readListItem(paragraph: Paragraph): ListItemParts | undefined {
  let pieces = piecesOf(paragraph.children);
  const firstLink = pieces.findIndex((piece) => piece.url);
  if (firstLink < 0) return undefined;

  const lead = pieces.slice(0, firstLink).map((piece) => piece.text).join('');
  const tag = /^\s*\[([^\][]+)\]\s*/.exec(lead);
  const found: VenueDate = tag ? splitVenueDate(tag[1]!) : {};
  pieces = dropChars(pieces, tag?.[0].length ?? 0);
  while (pieces[0] && !pieces[0].url && !pieces[0].text.trim()) pieces.shift();

  let title = '';
  let titleUrl: string | undefined;
  let summary = '';
  if (pieces[0]?.url) {
    // `[Title](url) …`: the first link is the title; text after it is a summary, or "- Venue 2023".
    title = pieces[0].text;
    titleUrl = pieces.shift()!.url;
    const rest = takeText(pieces);
    const venueDate = splitVenueDate(rest);
    if (venueDate.dateText && readDate(venueDate.dateText) !== null) {
      found.venue ??= venueDate.venue;
      found.dateText ??= venueDate.dateText;
    } else summary = rest;
  } else {
    while (pieces[0]?.bold && !pieces[0].url) title += pieces.shift()!.text;
    title = title.replace(SEPARATORS, '');
    summary = takeText(pieces);
    // `**Name**: [Title](url)`: a link of several words right after the name carries the title.
    if (title && !summary && pieces[0] && /\s/.test(labelOf(pieces[0]))) {
      summary = pieces[0].text;
      titleUrl = pieces.shift()!.url;
    }
    if (!title) {
      // "Name: Title" when the part before the colon is a short name; otherwise all of it is the title.
      const named = /^([^:]{1,40}?):\s+(\S.*)$/.exec(summary);
      [title, summary] = named && named[1]!.split(/\s+/).length <= 4 ? [named[1]!, named[2]!] : [summary.replace(/\.$/, ''), ''];
    }
  }
  // "**MedDialog**: Meddialog: Two large-scale…" says the name twice.
  if (summary.toLowerCase().startsWith(`${title.toLowerCase()}:`)) summary = summary.slice(title.length + 1).trim();
  const trailing = TRAILING_YEAR.exec(summary || title);
  if (trailing && readDate(trailing[1]!) !== null) {
    if (summary) summary = summary.slice(0, trailing.index);
    else title = title.slice(0, trailing.index);
    found.dateText ??= trailing[1];
  }

  return {
    title: title.replace(/\s+/g, ' ').trim(),
    ...(summary ? { summary: summary.replace(/(?<![\s.])[\s.]+$/, '') } : {}),
    ...(found.venue ? { venue: found.venue } : {}),
    ...(found.dateText ? { dateText: found.dateText } : {}),
    ...(titleUrl ? { titleUrl } : {}),
    links: pieces.filter((piece) => piece.url).map((piece) => ({ url: piece.url!, label: labelOf(piece) })),
  };
}
