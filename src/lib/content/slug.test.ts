import { expect, it } from 'vitest';
import { slugify, slugNamer } from './slug.ts';
import { SLUG_PATTERN } from './schema.ts';

it.each([
  ['MEDITRON-70B', 'meditron-70b'],
  ['Med_Gemini-[2D,3D,Polygenic]', 'med-gemini-2d-3d-polygenic'],
  ['Llama-3[8B]-MeditronV1.0', 'llama-3-8b-meditronv1-0'],
  ['Université catholique', 'universite-catholique'],
  ['Internist.ai', 'internist-ai'],
  ['🤗', 'entry'],
])('slugify(%s) = %s', (title, slug) => {
  expect(slugify(title)).toBe(slug);
  expect(slug).toMatch(SLUG_PATTERN);
});

it('cuts long titles at a word boundary', () => {
  const slug = slugify('A Survey of Large Language Models for Healthcare: from Data, Technology, and Applications to Accountability');
  expect(slug).toBe('a-survey-of-large-language-models-for-healthcare-from-data');
  expect(slug.length).toBeLessThanOrEqual(60);
});

it('numbers a slug that is taken, and takes each one it gives', () => {
  const name = slugNamer(['med-palm', 'med-palm-2', 'med-palm-4']);
  expect([name('Med-PaLM'), name('Med PaLM'), name('MED-palm'), name('Other')]).toEqual(['med-palm-3', 'med-palm-5', 'med-palm-6', 'other']);
  expect(slugNamer()('Med-PaLM')).toBe('med-palm');
});
