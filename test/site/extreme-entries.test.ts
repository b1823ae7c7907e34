/**
 * The most extreme results validate accepts, built: sizes of 1K and 100T, values at both ends of a
 * metric whose range is the widest the registry allows. The build ends, and the benchmark page's charts
 * hold no NaN or Infinity and keep every point inside their box.
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { beforeAll, expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';
import { RESULT_CHART_BOX } from '../../src/lib/views/chart-scale.ts';

const REGISTRY = `- id: widest
  name: Widest
  task: question-answering
  modality: text
  specialty: general
  url: https://example.org/widest
  variants: [{ id: test, name: Test, split: test }]
  metrics: [{ id: score, name: Score, unit: points, min: -1e9, max: 1e9, higherIsBetter: true }]
  comparability: a benchmark made for this test, with the widest range the registry allows
`;

const entry = (title: string, date: string, parameters: string, value: string) => `---
title: ${title}
date: ${date}
institutes: [EPFL]
parameters: ${parameters}
results:
  - { benchmark: widest, variant: test, metric: score, value: ${value}, model: ${title}, source: { url: 'https://example.org/${title}', locator: Table 1, reportedBy: first-party } }
---
`;

let page: string;

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'extreme-'));
  await cp('test/fixtures/content/institutes.yaml', join(content, 'institutes.yaml'));
  await writeFile(join(content, 'benchmarks.yaml'), REGISTRY);
  await mkdir(join(content, 'llms'));
  await writeFile(join(content, 'llms', 'tiny.md'), entry('Tiny', '2020-01', '1K', '-1e9'));
  await writeFile(join(content, 'llms', 'huge.md'), entry('Huge', '2024-01', '100T', '1e9'));
  const out = await mkdtemp(join(tmpdir(), 'dist-extreme-'));
  await astroBuild({ args: ['--silent', '--outDir', out], env: { CONTENT_DIR: content, METRICS_FILE: join(content, 'no-metrics.json') } });
  page = await readFile(join(out, 'benchmarks/widest/index.html'), 'utf8');
}, 300_000);

it('draws both charts with finite numbers only', () => {
  const svgs = selectAll('svg.chart-svg', fromHtml(page));
  expect(svgs).toHaveLength(2);
  const drawn = svgs.flatMap((svg) => selectAll('*', svg).flatMap((node) => Object.values(node.properties).map(String)));
  expect(drawn.filter((value) => /NaN|Infinity/.test(value))).toEqual([]);
});

it('keeps every point inside the chart box, the sizes labelled 1K to 100T', () => {
  const { width, height, left, right, top, bottom } = RESULT_CHART_BOX;
  const points = selectAll('svg.chart-svg circle', fromHtml(page));
  expect(points.length).toBe(4);
  for (const { properties } of points) {
    expect(Number(properties.cx)).toBeGreaterThanOrEqual(left);
    expect(Number(properties.cx)).toBeLessThanOrEqual(width - right);
    expect(Number(properties.cy)).toBeGreaterThanOrEqual(top);
    expect(Number(properties.cy)).toBeLessThanOrEqual(height - bottom);
  }
  const sizes = selectAll('text.axis-label', fromHtml(page)).map((node) => String((node.children[0] as { value?: string })?.value));
  expect(sizes).toEqual(expect.arrayContaining(['1K', '100T']));
});
