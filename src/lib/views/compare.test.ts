import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { createBenchmarkLookup } from '../content/benchmarks.ts';
import { benchmarkRegistrySchema } from '../content/benchmark-registry.ts';
import { COMPARE_FILES, compareChoiceText, compareFileOf, comparedSlugs, compareRows, resultNames, unfetchedNumbersNote } from './compare.ts';
import type { OpenEntry } from './open-data.ts';

const registry = benchmarkRegistrySchema.parse(parse(readFileSync('content/benchmarks.yaml', 'utf8')));
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

const paper = { url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'ARXIV:2311.16079' };

it('writes every fact of every entry, unknown where there is none, and marks the rows that differ', () => {
  const cited = entry('a', { access: 'open-weights', citations: 1234, parameters: '7B', papers: [{ ...paper, citations: 1234, citationsFetchedAt: '2026-11-20T10:00:00Z' }] });
  const rows = compareRows([cited, entry('b', { access: 'gated', parameters: '7B', papers: [paper] })]);
  const row = (label: string) => rows.find((r) => r.label === label)!;
  // Labels, not the entry format's slugs.
  expect(row('Access')).toEqual({ label: 'Access', values: ['Open weights', 'Gated weights'], differs: true });
  expect(row('Section').values).toEqual(['Large Language Models', 'Large Language Models']);
  expect(row('Parameters')).toEqual({ label: 'Parameters', values: ['7B', '7B'], differs: false });
  expect(row('Citations')).toEqual({ label: 'Citations', values: ['1.2k as of Nov 20, 2026', 'unknown'], differs: true });
  expect(row('Institutes').differs).toBe(false);
});

it('writes specialties by their names and papers, Hub ids and repositories as links', () => {
  const rows = compareRows([entry('a', { specialties: ['mental-health'], papers: [paper], huggingface: [{ id: 'o/m' }], github: [{ repo: 'o/r' }] }), entry('b')]);
  const row = (label: string) => rows.find((r) => r.label === label)!;
  expect(row('Specialties').values).toEqual(['Mental health', 'unknown']);
  expect(row('Papers')).toEqual({ label: 'Papers', values: [paper.url, 'unknown'], links: [[{ text: paper.url, href: paper.url }], []], differs: true });
  expect(row('Hugging Face').links).toEqual([[{ text: 'o/m', href: 'https://huggingface.co/o/m' }], []]);
  expect(row('GitHub').links).toEqual([[{ text: 'o/r', href: 'https://github.com/o/r' }], []]);
});

it('counts the choice in words that agree with the number, and says why a full comparison takes no more', () => {
  expect(compareChoiceText(1)).toEqual({ chosen: '1 of 4 chosen; choose one more to compare.' });
  expect(compareChoiceText(2)).toEqual({ chosen: '2 of 4 chosen to compare.', go: 'Compare 2 entries' });
  expect(compareChoiceText(4).full).toBe('The comparison is full (4 of 4): remove one to add another.');
});

it('has no row for a number none of the entries has, and says which are not fetched yet and when the refresh runs', () => {
  const neverFetched = [entry('a', { papers: [paper], huggingface: [{ id: 'a/b' }] }), entry('b', { github: [{ repo: 'c/d' }] })];
  const labels = compareRows(neverFetched).map((r) => r.label);
  for (const label of ['Citations', 'GitHub stars', 'Hugging Face likes', 'Downloads (30 days)']) expect(labels).not.toContain(label);
  expect(unfetchedNumbersNote(neverFetched)).toBe('No citations, GitHub stars, Hugging Face likes or downloads fetched for these entries yet: the metrics refresh runs every Monday at 05:23 UTC.');
  // Nothing to fetch stars from (no repository): not "yet", just none.
  expect(unfetchedNumbersNote([entry('a', { papers: [paper] })])).toBe('No citations fetched for these entries yet: the metrics refresh runs every Monday at 05:23 UTC.');
  expect(unfetchedNumbersNote([entry('a', { citations: 3, papers: [paper] })])).toBeUndefined();
});

it('shows every result of every compared entry, lined up where they share benchmark, variant and metric (those first), in one number format', () => {
  const result = (benchmark: string, variant: string, value: number, setting = {}, flags: string[] = []) => ({ benchmark, variant, metric: 'accuracy', value, model: `m${value}`, setting, flags });
  const entries = [
    entry('a', { results: [result('medqa', 'us-4-option-test', 60, { shots: 5 }), result('medqa', 'us-5-option-test', 55), result('pubmedqa', 'pqa-l-test', 70, {}, ['trained-on-benchmark'])] }),
    entry('b', { results: [result('medqa', 'us-4-option-test', 80.5, { shots: 0, chainOfThought: true }), result('medqa', 'us-4-option-test', 78)] }),
    entry('c'),
  ];
  const names = resultNames(entries, createBenchmarkLookup(registry), new Map([['medqa.accuracy', 1]]));
  expect(names['medqa.us-4-option-test.accuracy']).toEqual({ label: 'MedQA · USMLE, English, 4 options, test · Accuracy', unit: '%', decimals: 1 });
  const results = compareRows(entries, names).filter((row) => row.label.includes(' · '));
  expect(results).toEqual([
    { label: 'MedQA · USMLE, English, 4 options, test · Accuracy', values: ['60.0% (m60; 5-shot)', '80.5% (m80.5; zero-shot, chain of thought) · 78.0% (m78)', 'not reported'], differs: true },
    { label: 'MedQA · USMLE, English, 5 options, test · Accuracy', values: ['55.0% (m55)', 'not reported', 'not reported'], differs: true },
    { label: 'PubMedQA · PQA-L, reasoning required, official test split · Accuracy', values: ["70% (m70; flagged: trained on the benchmark's training split)", 'not reported', 'not reported'], differs: true },
  ]);
  // Without the names (an older file) the ids stand in, and the number as written.
  expect(compareRows(entries.slice(0, 1)).at(-1)!.label).toBe('pubmedqa · pqa-l-test · accuracy');
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
