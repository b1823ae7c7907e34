/** The insight page: accessible inline SVG charts whose data tables agree with the content. */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { expect, it } from 'vitest';
import { SITE_DIR } from './site-dir.ts';

const page = async () => fromHtml(await readFile(join(SITE_DIR, 'insights/index.html'), 'utf8'));
const tableOf = (figure: Parameters<typeof selectAll>[1]) =>
  selectAll('tbody tr', figure).map((tr) => selectAll('th, td', tr).map((cell) => toString(cell)));

it('draws five charts as inline SVG with a title, a description and a data table each, and loads no script', async () => {
  const html = await page();
  const figures = selectAll('figure.chart', html);
  expect(figures.map((f) => toString(select('h2', f)!))).toEqual([
    'Entries per year',
    'Most frequent institutes',
    'Most cited papers',
    'Citations against publication month',
    'Licences of the models',
  ]);
  for (const figure of figures) {
    const svg = select('svg[role="img"]', figure)!;
    expect(svg, toString(select('h2', figure)!)).toBeTruthy();
    const [titleId, descId] = svg.properties.ariaLabelledBy as string[];
    expect(toString(select(`#${titleId}`, svg)!)).not.toBe('');
    expect(toString(select(`#${descId}`, svg)!)).not.toBe('');
    expect(select('table', figure)).toBeTruthy();
  }
  expect(selectAll('script[src]', html)).toEqual([]);
});

it('counts entries per year by section as the content has them', async () => {
  const [years] = selectAll('figure.chart', await page());
  const rows = tableOf(years!);
  expect(rows.map((r) => r[0])).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  expect(rows.reduce((sum, r) => sum + Number(r.at(-1)), 0)).toBe(45);
  expect(rows.find((r) => r[0] === '2023')).toEqual(['2023', '9', '3', '0', '5', '1', '18']);
  expect(selectAll('rect[class^="fill-"]', years!).length).toBeGreaterThanOrEqual(7);
});

it('ranks institutes and papers, and plots one point per cited paper (metrics from the test fixture)', async () => {
  const [, institutes, cited, scatter] = selectAll('figure.chart', await page());
  expect(tableOf(institutes!).slice(0, 4).map((r) => r[1])).toEqual(['4', '4', '4', '4']);
  expect(tableOf(cited!)).toEqual([
    // A paper is listed under its own title where the entry gives it, else under the entry's name.
    ['MEDITRON-70B: Scaling Medical Pretraining for Large Language Models', '2023-11', '1234'],
    ['PH-LLM', '2024-06', '40'],
    ['PHIA: Transforming Wearable Data into Health Insights using Large Language Model Agents', '2024-06', '12'],
  ]);
  expect(selectAll('circle.point', scatter!)).toHaveLength(3);
});

it("counts the models by licence, the entry's else the one the Hub or GitHub states, with its kind (metrics from the test fixture)", async () => {
  const licenses = selectAll('figure.chart', await page())[4]!;
  expect(tableOf(licenses)).toEqual([
    ['Apache-2.0', 'Open licence', '1'],
    ['Health AI Developer Foundations terms', 'Restricted licence', '1'],
    ['Llama 2 Community License', 'Restricted licence', '1'],
    ['Proprietary (API terms)', 'Restricted licence', '1'],
  ]);
  expect(toString(select('figcaption', licenses)!)).toContain("4 models with a known licence (the entry's, else the one the Hub or GitHub states); 25 % of them under an open licence");
});
