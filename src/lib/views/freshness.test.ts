import { expect, it } from 'vitest';
import { freshness } from './freshness.ts';

it('gives the day of the last addition and counts the additions of the 30 days up to it', () => {
  const added = { a: '2026-12-03', b: '2026-11-04', c: '2026-11-03', d: '2025-01-01' };
  expect(freshness(added, ['a', 'b', 'c', 'd', 'no-date'])).toEqual({ lastUpdated: '2026-12-03', addedRecently: 2 });
  expect(freshness(added, ['d'])).toEqual({ lastUpdated: '2025-01-01', addedRecently: 1 });
  expect(freshness({}, ['a'])).toBeUndefined();
});
