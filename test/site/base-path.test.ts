/**
 * A build for GitHub project pages at the address the deploy reads from configure-pages (SITE_URL, served
 * under /<repo>/): every internal link and asset keeps the base path, and the absolute URLs (canonical,
 * og:url, the feed, the sitemap, the open data) are on that address. open-data.test.ts checks a build
 * without SITE_URL writes none. Built as a first deploy of a fresh clone is, before any metrics refresh
 * (an empty metrics file and no history), it also shows that the pages then promise no numbers. Being the
 * one build of the real list, it is also where Chromium checks that the list's search finds a lab by its
 * common name.
 */
import { mkdtemp, readdir, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { astroBuild } from './astro-build.ts';
import { htmlFiles } from './built-pages.ts';
import { readEntryFileInputs } from '../../src/lib/content/content-files.ts';
import { launchChromium } from './chromium.ts';
import { serveDist } from './static-server.ts';

const BASE = '/medical-foundation-models/';
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'dist-base-'));
  await astroBuild({ args: ['--silent', '--outDir', out], env: { BASE_PATH: BASE, SITE_URL: 'https://example.github.io', METRICS_FILE: 'test/fixtures/unfetched/metrics.json' } });
}, 300_000);

it('writes every internal href, src and data URL under the base path', async () => {
  const files = await htmlFiles(out);
  expect(files.length).toBeGreaterThan(100);
  const outside: string[] = [];
  for (const file of files) {
    const tree = fromHtml(await readFile(file, 'utf8'));
    const urls = [
      ...selectAll('[href]', tree).map((n) => String(n.properties.href)),
      ...selectAll('[src]', tree).map((n) => String(n.properties.src)),
      ...selectAll('[data-bibtex-url]', tree).map((n) => String(n.properties.dataBibtexUrl)),
      ...selectAll('[data-data-base]', tree).map((n) => String(n.properties.dataDataBase)),
    ];
    for (const url of urls) if (url.startsWith('/') && !url.startsWith(BASE)) outside.push(`${file}: ${url}`);
  }
  expect(outside).toEqual([]);
});

const SITE = `https://example.github.io${BASE}`;

it('uses the address and base path in absolute URLs: canonical links, og:url, the feed, the sitemap and the open data', async () => {
  const entry = fromHtml(await readFile(join(out, 'entries/meditron-70b/index.html'), 'utf8'));
  expect(select('link[rel="canonical"]', entry)?.properties.href).toBe(`${SITE}entries/meditron-70b/`);
  expect(select('meta[property="og:url"]', entry)?.properties.content).toBe(`${SITE}entries/meditron-70b/`);
  const data = JSON.parse(await readFile(join(out, 'data/entries.json'), 'utf8')) as { entries: { slug: string; page: string }[] };
  expect(data.entries.filter((e) => e.page !== `${SITE}entries/${e.slug}/`)).toEqual([]);
  expect(await readFile(join(out, 'data/entries.bib'), 'utf8')).toContain(`listed at ${SITE}entries/`);

  const feed = await readFile(join(out, 'rss.xml'), 'utf8');
  expect(XMLValidator.validate(feed)).toBe(true);
  const items = [new XMLParser().parse(feed).rss.channel.item].flat() as { link: string }[];
  expect(items.length).toBeGreaterThan(0);
  expect(items.filter((item) => !/^https:\/\/example\.github\.io\/medical-foundation-models\/entries\/[a-z0-9-]+\/$/.test(item.link))).toEqual([]);
  const sitemap = await readFile(join(out, 'sitemap-0.xml'), 'utf8');
  expect(XMLValidator.validate(sitemap)).toBe(true);
  const urls = [new XMLParser().parse(sitemap).urlset.url].flat().map((u: { loc: string }) => u.loc);
  // Entry pages, not the numbered pages of the list of all entries.
  expect(urls.filter((u) => /\/entries\/[a-z0-9-]*[a-z][a-z0-9-]*\/$/.test(u))).toHaveLength(data.entries.length);
  expect(urls.filter((u) => !u.startsWith(SITE))).toEqual([]);
});

it('writes the made-up placeholder address nowhere', async () => {
  const placeholders = [];
  for (const file of await readdir(out, { recursive: true })) {
    if (/\.(html|json|csv|bib|xml|txt|js)$/.test(file) && (await readFile(join(out, file), 'utf8')).includes('medical-foundation-models.example.org')) placeholders.push(file);
  }
  expect(placeholders).toEqual([]);
});

it('indexes every entry for search, each result linking under the base path', async () => {
  const dir = join(out, 'pagefind/fragment');
  // A fragment is gzipped JSON behind Pagefind's signature: one record (an entry) per file below 2,000 entries.
  const records = await Promise.all(
    (await readdir(dir)).map(async (name) => JSON.parse(gunzipSync(await readFile(join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }),
  );
  expect(records.length).toBe((await readEntryFileInputs('content')).length);
  expect(records.filter((record) => !record.url.startsWith(`${BASE}entries/`))).toEqual([]);
});

describe('before any metrics refresh', () => {
  const built = async (path: string) => fromHtml(await readFile(join(out, path), 'utf8'));
  const text = (node: Parameters<typeof toString>[0]) => toString(node).replace(/\s+/g, ' ').trim();

  it('promises no numbers on the home page', async () => {
    const lede = text(select('.lede', await built('index.html'))!);
    expect(lede).toMatch(/with the institutes behind them\.$/);
    expect(lede).not.toMatch(/citations|stars|likes|downloads/);
  });

  it('offers no sort by a number, says why, draws no dash on cards and says when the refresh runs', async () => {
    const list = await built('llms/index.html');
    const options = selectAll('#filter-sort option', list).map((option) => [option.properties.value, text(option), option.properties.disabled === true]);
    expect(options.filter(([value]) => ['citations', 'stars', 'likes', 'downloads'].includes(String(value)))).toEqual([
      ['citations', 'Most cited (no numbers yet)', true],
      ['stars', 'Most GitHub stars (no numbers yet)', true],
      ['likes', 'Most Hugging Face likes (no numbers yet)', true],
      ['downloads', 'Most downloaded (no numbers yet)', true],
    ]);
    expect(selectAll('li.entry .metrics', list)).toEqual([]);
    expect(selectAll('li.entry .entry-foot', list).filter((foot) => toString(foot).includes('—'))).toEqual([]);
    expect(text(select('.page-meta', list)!)).toContain('Metrics have not been fetched yet: the refresh runs every Monday at 05:23 UTC.');
  });

  it('says /rising/ has no data yet and when the refresh runs, with no empty tables', async () => {
    const rising = await built('rising/index.html');
    expect(text(select('.no-history', rising)!)).toBe('No data yet: this view fills in once the metrics refresh, which runs every Monday at 05:23 UTC, has run on two different days.');
    expect(selectAll('.rising-grid, table', rising)).toEqual([]);
  });
});

it("finds a lab's entries on the real list by the name people know it by: 'Mahmood' on /vision/", async () => {
  // Served as GitHub Pages serves it: the build under /<repo>/.
  const root = await mkdtemp(join(tmpdir(), 'site-root-'));
  await symlink(out, join(root, BASE.slice(1, -1)));
  const [browser, site] = await Promise.all([launchChromium(), serveDist(root)]);
  try {
    const page = await browser.newPage();
    await page.goto(`${site.origin}${BASE}vision/`);
    await page.getByLabel('Search', { exact: true }).fill('Mahmood');
    await page.waitForFunction(() => !document.querySelector('.entry-list[aria-busy="true"]'));
    const shown = () => page.locator('.entry-list > li.entry').evaluateAll((items) => items.filter((li) => li.checkVisibility()).map((li) => (li as HTMLElement).dataset.slug));
    // The Mahmood Lab of the institutes registry (content/SOURCES.md), newest first.
    await expect.poll(shown).toEqual(['seal', 'titan', 'pathchat', 'uni', 'conch']);
  } finally {
    await browser.close();
    await site.close();
  }
});
