import { expect, it } from 'vitest';
import { formatCount, formatDay, formatMonth } from './format.ts';

it('formats counts for reading, with a dash for unknown', () => {
  expect([undefined, 0, 950, 1234, 12_345, 2_500_000].map(formatCount)).toEqual(['—', '0', '950', '1.2k', '12.3k', '2.5M']);
});

it('formats months and days in UTC', () => {
  expect(formatMonth('2019-01')).toBe('Jan 2019');
  expect(formatMonth('2023-11')).toBe('Nov 2023');
  expect(formatDay('2026-02-03T23:30:00Z')).toBe('Feb 3, 2026');
});
