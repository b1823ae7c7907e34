import { expect, it } from 'vitest';
import { entryMetrics, hoursSinceRefresh, metricsFileSchema } from './metrics.ts';
import { createEntrySchema } from '../content/schema.ts';

const entry = createEntrySchema().parse({
  title: 'PH-LLM',
  date: '2024-06',
  institutes: ['Google Research'],
  papers: [
    { url: 'https://arxiv.org/abs/2406.06474', semanticScholar: 'CorpusID:1' },
    { url: 'https://arxiv.org/abs/2406.06464', semanticScholar: 'CorpusID:2' },
  ],
  github: ['a/b'],
});

it('reads an empty metrics file as "nothing fetched"', () => {
  const empty = metricsFileSchema.parse({});
  expect(entryMetrics(entry, empty)).toEqual({});
});

it('sums an entry over its papers, as of the oldest fetch', () => {
  const metrics = metricsFileSchema.parse({
    semanticScholar: {
      'CorpusID:1': { citations: 10, fetchedAt: '2026-11-02T00:00:00Z' },
      'CorpusID:2': { citations: 5, fetchedAt: '2026-11-01T00:00:00Z' },
    },
    github: { 'a/b': { stars: 0, fetchedAt: '2026-11-03T00:00:00Z' } },
  });
  expect(entryMetrics(entry, metrics)).toEqual({
    citations: { value: 15, fetchedAt: '2026-11-01T00:00:00Z' },
    stars: { value: 0, fetchedAt: '2026-11-03T00:00:00Z' },
  });
});

it('rejects a metrics file with made-up shapes', () => {
  expect(metricsFileSchema.safeParse({ github: { 'a/b': { stars: -1, fetchedAt: '2026-11-03T00:00:00Z' } } }).success).toBe(false);
  expect(metricsFileSchema.safeParse({ github: { 'a/b': { stars: 3 } } }).success).toBe(false);
});

it('tells how long ago the newest value was fetched, and nothing for an empty file', () => {
  const metrics = metricsFileSchema.parse({
    github: { 'a/b': { stars: 1, fetchedAt: '2026-11-20T06:00:00Z' } },
    semanticScholar: { 'CorpusID:1': { citations: 1, fetchedAt: '2026-11-24T06:00:00Z' } },
  });
  expect(hoursSinceRefresh(metrics, new Date('2026-11-25T12:00:00Z'))).toBe(30);
  expect(hoursSinceRefresh(metricsFileSchema.parse({}), new Date())).toBeUndefined();
});
