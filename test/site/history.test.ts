/** Sparklines on entry pages and the rising view, from the history fixture the site was built with. */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, it } from 'vitest';
import { SITE_DIR } from './site-dir.ts';

const page = async (path: string) => fromHtml(await readFile(join(SITE_DIR, path), 'utf8'));

it('draws a labelled sparkline with its dates for each value that has history', async () => {
  const meditron = await page('entries/meditron-70b/index.html');
  const labels = selectAll('.sparkline svg', meditron).map((svg) => svg.properties.ariaLabel);
  expect(labels).toEqual([
    expect.stringMatching(/^Citations from 1k on Aug 22, 2026 to 1.2k on Nov 20, 2026, \d+ points$/),
    expect.stringMatching(/^Likes from 215 on Oct 21, 2026 to 230 on Nov 20, 2026, 31 points$/),
    expect.stringMatching(/^Stars from 1.9k on Jun 7, 2026 to 2.1k on Nov 20, 2026, \d+ points$/),
  ]);
  expect(selectAll('.sparkline polyline', meditron)).toHaveLength(3);
  // One point is no line: PHIA's paper has a single point of history.
  const phllm = await page('entries/ph-llm/index.html');
  expect(selectAll('.sparkline', phllm)).toHaveLength(1);
  expect(selectAll('.sparkline', await page('entries/biobert/index.html'))).toHaveLength(0);
});

it('ranks rising entries over 30 and 90 days and states how much history there is', async () => {
  const rising = await page('rising/index.html');
  expect(toString(select('.page-header', rising)!)).toContain('(166 days)');
  const table = (id: string) =>
    selectAll('tbody tr', select(`section[aria-labelledby="${id}"]`, rising)!).map((tr) => selectAll('th, td', tr).map((c) => toString(c)));
  expect(table('citations-30')).toEqual([
    ['MEDITRON-70B', '+76', '+6.6%', '30 days'],
    ['PH-LLM', '+9', '+29%', '8 days'],
  ]);
  expect(table('stars-90')).toEqual([['MEDITRON-70B', '+105', '+5.3%', '90 days']]);
  expect(table('likes-90')).toEqual([['MEDITRON-70B', '+15', '+7.0%', '30 days']]);
});
