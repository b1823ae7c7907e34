import { expect, it } from 'vitest';
import { COMPARE_FILES, compareFileOf, comparedSlugs, compareRows } from './compare.ts';
import type { OpenEntry } from './open-data.ts';

const entry = (slug: string, fields: Partial<OpenEntry> = {}): OpenEntry => ({
  slug,
  section: 'llms',
  title: slug,
  date: '2024-01',
  institutes: ['EPFL'],
  page: `https://example.org/entries/${slug}/`,
  papers: [],
  huggingface: [],
  github: [],
  links: [],
  modalities: ['text'],
  ...fields,
});

it('writes every fact of every entry, unknown where there is none, and marks the rows that differ', () => {
  const rows = compareRows([entry('a', { access: 'open-weights', citations: 1234, parameters: '7B' }), entry('b', { access: 'gated', parameters: '7B' })]);
  const row = (label: string) => rows.find((r) => r.label === label)!;
  expect(row('Access')).toEqual({ label: 'Access', values: ['open-weights', 'gated'], differs: true });
  expect(row('Parameters')).toEqual({ label: 'Parameters', values: ['7B', '7B'], differs: false });
  expect(row('Citations')).toEqual({ label: 'Citations', values: ['1.2k', 'unknown'], differs: true });
  expect(row('Institutes').differs).toBe(false);
  expect(rows.map((r) => r.label)).toContain('Downloads (30 days)');
});

it('lines up only results of the same benchmark, variant and metric that two or more entries report, settings shown', () => {
  const result = (benchmark: string, variant: string, value: number, setting = {}) => ({ benchmark, variant, metric: 'accuracy', value, model: `m${value}`, setting });
  const rows = compareRows([
    entry('a', { results: [result('medqa', 'us-4-option-test', 60, { shots: 5 }), result('medqa', 'us-5-option-test', 55), result('pubmedqa', 'pqa-l-test', 70)] }),
    entry('b', { results: [result('medqa', 'us-4-option-test', 80, { shots: 0, chainOfThought: true }), result('medqa', 'us-4-option-test', 78)] }),
    entry('c'),
  ]);
  const results = rows.filter((row) => row.label.includes(' · '));
  expect(results).toEqual([
    { label: 'medqa · us-4-option-test · accuracy', values: ['60 (m60; 5-shot)', '80 (m80; zero-shot, chain of thought) · 78 (m78)', 'unknown'], differs: true },
  ]);
});

it('reads the compared slugs from a link: each once, four at most', () => {
  expect(comparedSlugs('?ids=a,b,,a,c')).toEqual(['a', 'b', 'c']);
  expect(comparedSlugs('?ids=a,b,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
  expect(comparedSlugs('')).toEqual([]);
});

it('puts each slug in one compare file, the same every time, spreading slugs over the files', () => {
  const slugs = Array.from({ length: 6400 }, (_, i) => `model-${i}`);
  const files = slugs.map(compareFileOf);
  expect(files.every((file) => Number.isInteger(file) && file >= 0 && file < COMPARE_FILES)).toBe(true);
  expect(slugs.map(compareFileOf)).toEqual(files);
  const sizes = Map.groupBy(files, (file) => file);
  expect(sizes.size).toBe(COMPARE_FILES);
  // 100 a file on average; none of them more than half again as full (the compare page fetches whole files).
  expect(Math.max(...[...sizes.values()].map((group) => group.length))).toBeLessThan(150);
});
