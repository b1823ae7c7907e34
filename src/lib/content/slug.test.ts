import { expect, it } from 'vitest';
import { isWindowsDeviceName, slugify, slugNamer } from './slug.ts';
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

it.each(['con', 'CON', 'Prn', 'aux', 'NUL', 'com1', 'COM9', 'lpt1', 'LPT9', 'com0', 'Con.', ' nul '])('never makes a name Windows keeps for a device from %j', (title) => {
  const slug = slugify(title);
  expect(isWindowsDeviceName(slug)).toBe(false);
  expect(slug).toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)-1$/);
  expect(slugNamer()(title)).toBe(slug);
});

it('leaves names that only start like a device name alone', () => {
  expect(['console', 'null', 'com10', 'aux-net', 'con-txt'].map(slugify)).toEqual(['console', 'null', 'com10', 'aux-net', 'con-txt']);
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
