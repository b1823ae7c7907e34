/** Which section of the list a README's rows go to, from the headings above them. */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Section } from '../content/schema.ts';

/** Which section a heading opens: its `<a name>` anchor first, then its words. */
const SECTION_HINTS: readonly (readonly [RegExp, Section])[] = [
  [/^llms?$|language model/i, 'llms'],
  [/^lvms?$|vision|imag|radiolog|patholog|x-?ray|\bmri\b|\bct\b|ultrasound|fundus|retina|dermatolog|endoscop|microscop/i, 'vision'],
  [/survey|stud(?:y|ies)/i, 'surveys'],
  [/article/i, 'articles'],
];
/** Where rows under headings that name no section go: most lists are of models, most of them language models. */
export const DEFAULT_SECTION: Section = 'llms';

export function sectionOf(heading: Heading): Section | undefined {
  const anchor = heading.children
    .filter((node) => node.type === 'html')
    .map((node) => /name=["']([^"']+)["']/.exec(node.value)?.[1])
    .find(Boolean);
  for (const text of [anchor, toString(heading)]) {
    const hit = text && SECTION_HINTS.find(([pattern]) => pattern.test(text));
    if (hit) return hit[1];
  }
  return undefined;
}
