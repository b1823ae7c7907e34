/**
 * The open-data files of the built site, checked against their schemas and parsers. The fixture site is
 * built without SITE_URL: it has no address, so no canonical URL, feed or sitemap (base-path.test.ts builds
 * with one).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
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

it('built without SITE_URL, invents no address: no canonical URL or og:url, feed or sitemap, and page paths in the open data', async () => {
  const page = fromHtml(await dist('entries/meditron-70b/index.html'));
  expect(selectAll('link[rel="canonical"], meta[property="og:url"], link[rel="alternate"], link[rel="sitemap"]', page)).toEqual([]);
  expect(selectAll('a', page).filter((a) => String(a.properties.href).endsWith('rss.xml'))).toEqual([]);
  expect(existsSync(join(SITE_DIR, 'rss.xml'))).toBe(false);
  expect(existsSync(join(SITE_DIR, 'sitemap-index.xml'))).toBe(false);
  const data = openDataSchema.parse(JSON.parse(await dist('data/entries.json')));
  expect(data.entries.find((e) => e.slug === 'meditron-70b')?.page).toBe('/entries/meditron-70b/');
  expect(await dist('data/entries.bib')).not.toContain('listed at');
  const placeholders = [];
  for (const file of await readdir(SITE_DIR, { recursive: true })) {
    if (/\.(html|json|csv|bib|xml|txt|js)$/.test(file) && (await dist(file)).includes('medical-foundation-models.example.org')) placeholders.push(file);
  }
  expect(placeholders).toEqual([]);
});

const MEDITRON_TITLE = 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models';

it("cites each entry in RIS and CSL-JSON too: a paper under its own title and authors, an entry without them as a @misc named after it", async () => {
  const csl = JSON.parse(await dist('data/entries.csl.json')) as { id: string; type: string; title: string; author?: unknown[] }[];
  expect(csl).toHaveLength(45);
  expect(csl.find((item) => item.id === 'meditron-70b')).toMatchObject({ type: 'article', title: MEDITRON_TITLE, author: expect.arrayContaining([{ given: 'Zeming', family: 'Chen' }]) });
  expect(csl.find((item) => item.id === 'meditron-70b')!.author).toHaveLength(20);
  expect(csl.find((item) => item.id === 'biogpt')).toMatchObject({ type: 'software', title: 'BioGPT' });
  const ris = await dist('data/entries.ris');
  expect(ris.match(/^TY {2}- /gm)).toHaveLength(45);
  expect(ris.match(/^ER {2}- /gm)).toHaveLength(45);
  expect(ris).toContain(`TI  - ${MEDITRON_TITLE}`);
  const bib = parseBibtex(await dist('data/entries.bib')).entries;
  expect(bib.find((record) => record.key === 'meditron-70b')!.fields.title).toBe(MEDITRON_TITLE);
  expect(bib.find((record) => record.key === 'biogpt')).toMatchObject({ type: 'misc', fields: { title: 'BioGPT' } });
  // The title the list used to make up from the name and the summary is in no citation.
  for (const text of [JSON.stringify(csl), ris, await dist('data/entries.bib')]) expect(text).not.toContain('BioGPT: Generative Pre-trained');
});

it("links the paper on the entry page under its real title with its authors, and offers a reference, BibTeX, RIS and CSL-JSON to copy", async () => {
  const page = fromHtml(await dist('entries/meditron-70b/index.html'));
  const paperLink = select('section[aria-labelledby="papers-heading"] li > a', page)!;
  expect(toString(paperLink)).toBe(MEDITRON_TITLE);
  expect(toString(select('.paper-authors', page)!)).toMatch(/^Zeming Chen, Alejandro Hernández Cano, .+, Antoine Bosselut$/);
  expect(toString(select('#reference', page)!)).toMatch(/^Chen, Z\., Cano, A\. H\., .+\(2023\)\. MEDITRON-70B: Scaling Medical Pretraining/);
  expect(toString(select('#bibtex', page)!)).toMatch(/^@article\{meditron-70b,/);
  // The build hands the entry pages the citations it made for /data/: the page copies what the files hold.
  expect(toString(select('#bibtex', page)!)).toBe((JSON.parse(await dist('data/bibtex.json')) as Record<string, string>)['meditron-70b']);
  expect(toString(select('#ris', page)!)).toMatch(/^TY {2}- /);
  expect(JSON.parse(toString(select('#csl-json', page)!))).toMatchObject([{ id: 'meditron-70b', title: MEDITRON_TITLE }]);
  expect(selectAll('button[data-copy]', page).map((button) => toString(button))).toEqual(['Copy BibTeX', 'Copy reference', 'Copy RIS', 'Copy CSL-JSON']);
  const withoutPaperTitle = fromHtml(await dist('entries/biogpt/index.html'));
  expect(toString(select('section[aria-labelledby="papers-heading"] li > a', withoutPaperTitle)!)).toBe('The paper');
  expect(toString(withoutPaperTitle)).not.toContain('BioGPT: Generative Pre-trained');
});

it('gives pages OpenGraph and Twitter meta for sharing', async () => {
  const page = fromHtml(await dist('entries/meditron-70b/index.html'));
  const meta = (selector: string) => select(selector, page)?.properties.content;
  expect(meta('meta[property="og:title"]')).toBe('MEDITRON-70B');
  expect(meta('meta[property="og:description"]')).toBe('Scaling Medical Pretraining for Large Language Models');
  expect(meta('meta[name="twitter:card"]')).toBe('summary');
});
