import { expect, it } from 'vitest';
import { freshness } from './freshness.ts';

it('gives the day of the last addition and counts the additions of the 30 days up to it', () => {
  const added = { a: '2026-12-03', b: '2026-11-04', c: '2026-11-03', d: '2025-01-01' };
  expect(freshness(added, ['a', 'b', 'c', 'd', 'no-date'])).toEqual({ imported: '2025-01-01', lastAdded: '2026-12-03', addedRecently: 2 });
  expect(freshness({}, ['a'])).toBeUndefined();
});

it('does not count the entries of the first import as additions', () => {
  const added = { a: '2026-11-25', b: '2026-11-25', c: '2026-11-25', d: '2026-12-03', e: '2026-12-04' };
  expect(freshness(added, Object.keys(added))).toEqual({ imported: '2026-11-25', lastAdded: '2026-12-04', addedRecently: 2 });
});

it('says a list imported in one day has no additions rather than counting the whole list', () => {
  const added = { a: '2026-11-25', b: '2026-11-25', c: '2026-11-25' };
  expect(freshness(added, ['a', 'b', 'c'])).toEqual({ imported: '2026-11-25', lastAdded: undefined, addedRecently: 0 });
});
