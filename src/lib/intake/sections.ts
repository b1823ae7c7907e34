/**
 * Where a README's rows go, from what the list says around them: the headings above a row (innermost
 * first; a title written in HTML, `<div><h1>…</h1></div>`, is a heading too), the caption of its table
 * (the paragraph just before it), the row's own words, then the list's opening sentence. Rows under
 * headings of datasets, benchmarks, challenges or news are not entries at all, and neither are
 * announcement lines or prose sentences that happen to carry a link.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as htmlText } from 'hast-util-to-string';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Section } from '../content/schema.ts';

const SECTION_HINTS: readonly (readonly [RegExp, Section])[] = [
  [/\bsurveys?\b|\breviews?\b|stud(?:y|ies)\b|\btrials?\b/i, 'surveys'],
  [/^lvms?$|vision|\bvlms?\b|imag|radiolog|patholog|histopatholog|x-?ray|\bmri\b|\bct\b|ultrasound|echocardiogra|fundus|retina|ophthalm|dermatolog|endoscop|microscop|segment|\bslides?\b|\bwsi\b|\bclip\b|\bsam\b/i, 'vision'],
  [/\belectronic health records?\b|\behr\b|\becg\b|\beeg\b|wearable|\bsignals?\b|genom|\bspeech\b|\baudio\b/i, 'other-modalities'],
  [/^llms?$|language model/i, 'llms'],
  [/\barticles?\b|perspective|commentar/i, 'articles'],
];
/** Where rows go when nothing around them names a section: most lists are of models, most of them language models. */
const DEFAULT_SECTION: Section = 'llms';

const hintIn = (text: string | undefined) => (text ? SECTION_HINTS.find(([pattern]) => pattern.test(text))?.[1] : undefined);
/** The one section a text names, if it names one only: an opening sentence that lists "language models, vision models and audio models" says nothing of a row. */
function soleHintIn(text: string | undefined): Section | undefined {
  const named = new Set(text ? SECTION_HINTS.filter(([pattern]) => pattern.test(text)).map(([, section]) => section) : []);
  return named.size === 1 ? [...named][0] : undefined;
}

/** The section a heading names: its `<a name>` anchor first, then its words. */
function headingSection(heading: Heading): Section | undefined {
  const anchor = heading.children
    .filter((node) => node.type === 'html')
    .map((node) => /name=["']([^"']+)["']/.exec(node.value)?.[1])
    .find(Boolean);
  return hintIn(anchor) ?? hintIn(toString(heading));
}

/** The headings above a row (outermost first), the caption of its table if any, the row's own text and the list's opening sentence. */
export interface RowSurroundings {
  headings: readonly Heading[];
  caption?: string;
  text: string;
  opening?: string;
}

export function sectionOf({ headings, caption, text, opening }: RowSurroundings): Section {
  return headings.map(headingSection).findLast(Boolean) ?? hintIn(caption) ?? hintIn(text) ?? soleHintIn(opening) ?? DEFAULT_SECTION;
}

/**
 * The headings (h1–h6, as mdast headings) and paragraphs of an HTML block of a README, such as the title
 * and opening sentence that many lists centre in a `<div>`; parsed as HTML, never matched with patterns.
 */
export function htmlBlockText(html: string): { headings: Heading[]; paragraphs: string[] } {
  const headings: Heading[] = [];
  const paragraphs: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    const depth = /^h([1-6])$/.exec(element.tagName)?.[1];
    const text = htmlText(element).replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (depth) headings.push({ type: 'heading', depth: Number(depth) as Heading['depth'], children: [{ type: 'text', value: text }] });
    else if (element.tagName === 'p') paragraphs.push(text);
  });
  return { headings, paragraphs };
}

const NOT_ENTRY_HEADINGS: readonly (readonly [RegExp, string])[] = [
  // "Challenges" alone (or "Grand Challenges") lists competitions; "Challenges of medical LLMs" lists papers.
  [/data\s*sets?|\bdata\W*$|corpus|corpora|knowledge bases?|benchmarks?|downstream\b.*\btasks\b|^[\W\d.]*(?:grand\s+)?(?:challenges?|competitions?)\W*$|leaderboards?/i, 'datasets, benchmarks and challenges are not entries'],
  [/\bnews\b|updates?\b|announcements?|changelog|what'?s new/i, 'news lines are not entries'],
  [/citation|cite\b|acknowledg|contribut|contents\b|license\b/i, 'the list\'s own pages are not entries'],
];

/** Why rows under these headings are not entries, if they are not: the list's title (depth 1) aside. */
export function notEntryHeading(headings: readonly Heading[]): string | undefined {
  // The innermost heading that says so is named: "Challenges" rather than the "Data" above it.
  for (const heading of headings.filter((h) => h.depth > 1).reverse()) {
    const text = toString(heading);
    const hit = NOT_ENTRY_HEADINGS.find(([pattern]) => pattern.test(text));
    if (hit) return `under the heading "${text.trim()}": ${hit[1]}`;
  }
  return undefined;
}

// Emoji and pictographs, "We ..." and "News" open announcement lines ("🎉🎉 Our paper is accepted").
const ANNOUNCEMENT_START = /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:\p{Extended_Pictographic}|we\s|our\s|news\b|update\b|new!)/iu;
// How a sentence written to the reader starts ("Please see our survey", "For more, check ...").
const ADDRESS_START = /^\s*(?:please|see|for more|for details|this (?:list|repo|page)|these|if you|note\b|check|refer|feel free|thanks)/i;
// How prose about the list's entries reads ("Some of these feature extractors have been evaluated in…"):
// a quantity of them, a pronoun, or a perfect tense, none of which opens or fills a model's name or a paper's title.
const PROSE = /^\s*(?:(?:some|many|most|all|several|each|few|none|both|any) of\b|(?:they|it|there|here)\s)|\b(?:have|has|had) been\b/i;
/** A name, even a long paper title, has fewer words than this; more and it is a sentence. */
const MAX_NAME_WORDS = 30;

/** Why a row's title is not an entry (an announcement, a sentence), if it is not. */
export function notEntryText(title: string): string | undefined {
  if (ANNOUNCEMENT_START.test(title)) return 'an announcement, not an entry';
  if (ADDRESS_START.test(title) || PROSE.test(title) || title.trim().split(/\s+/).length > MAX_NAME_WORDS) return 'a sentence, not the name of a model or paper';
  return undefined;
}
