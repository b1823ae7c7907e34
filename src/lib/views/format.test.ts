import { expect, it } from 'vitest';
import { documentTitle, formatCount, formatDay, formatMonth, pageList } from './format.ts';

it('formats counts for reading, with a dash for unknown', () => {
  expect([undefined, 0, 950, 1234, 12_345, 2_500_000].map(formatCount)).toEqual(['—', '0', '950', '1.2k', '12.3k', '2.5M']);
});

it('formats months and days in UTC', () => {
  expect(formatMonth('2019-01')).toBe('Jan 2019');
  expect(formatMonth('2023-11')).toBe('Nov 2023');
  expect(formatDay('2026-02-03T23:30:00Z')).toBe('Feb 3, 2026');
});

it('keeps page titles within 70 characters: site name first to go, then words', () => {
  const site = 'Medical Foundation Models';
  expect(documentTitle(site, site)).toBe(site);
  expect(documentTitle('MEDITRON-70B', site)).toBe('MEDITRON-70B · Medical Foundation Models');
  const survey = 'A Survey of Large Language Models in Medicine: Principles and Uses';
  expect(survey.length).toBeLessThanOrEqual(70);
  expect(documentTitle(survey, site)).toBe(survey);
  const long = 'Integrating human expertise & automated methods for a dynamic and multi-parametric evaluation';
  const title = documentTitle(long, site);
  expect(title).toBe('Integrating human expertise & automated methods for a dynamic and…');
  expect(title.length).toBeLessThanOrEqual(70);
});

it('lists the pages of a long list as first, last and a window around the current one', () => {
  expect(pageList(1, 1)).toEqual([1]);
  expect(pageList(1, 4)).toEqual([1, 2, 3, 4]);
  expect(pageList(1, 200)).toEqual([1, 2, 3, null, 200]);
  expect(pageList(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
  expect(pageList(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
});
