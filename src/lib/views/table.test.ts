import { expect, it } from 'vitest';
import { tableHtml, type TableRow } from './table.ts';

const row: TableRow = { slug: 'a', section: 'llms', title: 'A', date: '2024-01', institutes: ['EPFL'], metrics: { stars: 12 }, links: [] };
const headers = (html: string) => [...html.matchAll(/<th scope="col"[^>]*>(?:<button[^>]*>)?([^<]*)/g)].map((match) => match[1]);

it('has a column and a sort for each number the list has, and none for a number no entry has', () => {
  expect(headers(tableHtml([row], { base: '', caption: 'c', sort: 'date', metrics: ['stars'] }))).toEqual(['Title', 'Published', 'Institutes', 'Specialties', 'Access', 'Licence', 'Parameters', 'Base model', 'Stars', '']);
  const unfetched = tableHtml([row], { base: '', caption: 'c', sort: 'date', metrics: [] });
  expect(unfetched).not.toMatch(/data-sort="(citations|stars|likes|downloads)"/);
  expect(headers(tableHtml([row], { base: '', caption: 'c', sort: 'date' }))).toContain('Downloads');
});
