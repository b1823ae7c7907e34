/** The open-data files, feed and sitemap of the built site, checked against their schemas and parsers. */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { expect, it } from 'vitest';
import { COMPARE_FILES, compareFileOf } from '../../src/lib/views/compare.ts';
import { openDataSchema } from '../../src/lib/views/open-data.ts';
import { SITE_DIR } from './site-dir.ts';

const dist = (path: string) => readFile(join(SITE_DIR, path), 'utf8');

it('publishes every entry as JSON that matches its versioned schema, with the metrics it was built with', async () => {
  const data = openDataSchema.parse(JSON.parse(await dist('data/entries.json')));
  expect(data.version).toBe(1);
  expect(data.entries).toHaveLength(45);
  expect(data.entries.find((e) => e.slug === 'meditron-70b')).toMatchObject({ citations: 1234, stars: 2100, likes: 230, institutes: ['EPFL'] });
  expect(data.entries.every((e) => e.added === '2026-11-25')).toBe(true);
  const schema = JSON.parse(await dist('data/entries.schema.json'));
  expect(schema.properties.version.const).toBe(1);
});

it('splits the open data by slug for the compare page: every entry once, in the file its slug names, as in entries.json', async () => {
  const all = openDataSchema.parse(JSON.parse(await dist('data/entries.json'))).entries;
  const files = await Promise.all(Array.from({ length: COMPARE_FILES }, async (_, file) => ({ file, data: openDataSchema.parse(JSON.parse(await dist(`data/compare/${file}.json`))) })));
  expect(files.flatMap(({ file, data }) => data.entries.filter((entry) => compareFileOf(entry.slug) !== file))).toEqual([]);
  const split = files.flatMap(({ data }) => data.entries);
  expect(split).toHaveLength(all.length);
  for (const entry of all) expect(split.find((e) => e.slug === entry.slug)).toEqual(entry);
});

it('publishes the same as CSV and as BibTeX', async () => {
  const rows = parseCsv(await dist('data/entries.csv'), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(45);
  expect(rows.find((r) => r.slug === 'ph-llm')).toMatchObject({ citations: '52', semantic_scholar: 'ARXIV:2406.06474; ARXIV:2406.06464' });
  const library = parseBibtex(await dist('data/entries.bib'));
  expect(library.errors).toEqual([]);
  expect(new Set(library.entries.map((e) => e.key)).size).toBe(45);
  const perSlug = JSON.parse(await dist('data/bibtex.json')) as Record<string, string>;
  expect(Object.keys(perSlug)).toHaveLength(45);
});

it('has a valid RSS feed of newly added entries and a sitemap of every page', async () => {
  const feed = await dist('rss.xml');
  expect(XMLValidator.validate(feed)).toBe(true);
  const items = new XMLParser().parse(feed).rss.channel.item as { link: string; pubDate: string }[];
  expect(items).toHaveLength(45);
  expect(items[0]!.link).toMatch(/^https:\/\/.+\/entries\/[a-z0-9-]+\/$/);
  const sitemap = await dist('sitemap-0.xml');
  expect(XMLValidator.validate(sitemap)).toBe(true);
  const urls = [new XMLParser().parse(sitemap).urlset.url].flat().map((u: { loc: string }) => u.loc);
  // Entry pages, not the numbered pages of the list of all entries.
  expect(urls.filter((u) => /\/entries\/[a-z0-9-]*[a-z][a-z0-9-]*\/$/.test(u))).toHaveLength(45);
  expect(urls).toContain('https://medical-foundation-models.example.org/entries/2/');
});

it('gives pages OpenGraph and Twitter meta for sharing', async () => {
  const page = fromHtml(await dist('entries/meditron-70b/index.html'));
  const meta = (selector: string) => select(selector, page)?.properties.content;
  expect(meta('meta[property="og:title"]')).toBe('MEDITRON-70B');
  expect(meta('meta[property="og:description"]')).toBe('Scaling Medical Pretraining for Large Language Models');
  expect(meta('meta[property="og:url"]')).toMatch(/\/entries\/meditron-70b\/$/);
  expect(meta('meta[name="twitter:card"]')).toBe('summary');
});
