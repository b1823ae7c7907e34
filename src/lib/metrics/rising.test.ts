import { expect, it } from 'vitest';
import { historyFileSchema } from './history.ts';
import { entryGrowth, historySpan, rising } from './rising.ts';
import { testEntry } from '../../../test/entry-fixture.ts';

const entry = testEntry;
const history = historyFileSchema.parse({
  github: {
    'a/one': [['2026-08-01', 100], ['2026-10-26', 150], ['2026-11-25', 200]],
    'a/two': [['2026-11-15', 10], ['2026-11-25', 30]],
    'b/big': [['2026-08-27', 5000], ['2026-11-25', 5060]],
  },
  semanticScholar: { 'CorpusID:1': [['2026-11-25', 9]] },
});
const A = entry('a', { github: ['a/one', 'a/two'], papers: [{ url: 'https://a.org', semanticScholar: 'CorpusID:1' }] });
const B = entry('b', { github: ['b/big'] });
const C = entry('c', {});

it("sums an entry's growth over its repositories and says the shortest span it covers", () => {
  expect(entryGrowth(A, history, 'stars', 30)).toMatchObject({ absolute: 70, days: 10, from: '2026-10-26', to: '2026-11-25' });
  expect(entryGrowth(A, history, 'stars', 30)!.relative).toBeCloseTo(70 / 160);
  expect(entryGrowth(A, history, 'citations', 30)).toBeUndefined(); // one point is no growth
  expect(entryGrowth(C, history, 'stars', 30)).toBeUndefined();
});

it('ranks by absolute growth, leaving out entries without history', () => {
  expect(rising([A, B, C], history, 'stars', 30).map((g) => [g.entry.slug, g.absolute])).toEqual([['a', 70], ['b', 60]]);
  expect(rising([A, B, C], history, 'stars', 90).map((g) => [g.entry.slug, g.absolute])).toEqual([['a', 120], ['b', 60]]);
  expect(historySpan(history)).toEqual({ first: '2026-08-01', last: '2026-11-25', days: 116 });
  expect(historySpan(historyFileSchema.parse({}))).toBeUndefined();
});
