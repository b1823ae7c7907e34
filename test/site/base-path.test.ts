/** A build for GitHub project pages (served under /<repo>/): every internal link and asset keeps the base path. */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { beforeAll, expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';
import { htmlFiles } from './built-pages.ts';
import { readEntryFileInputs } from '../../src/lib/content/content-files.ts';

const BASE = '/medical-foundation-models/';
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'dist-base-'));
  await astroBuild({ args: ['--silent', '--outDir', out], env: { BASE_PATH: BASE, SITE_URL: 'https://example.github.io' } });
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

it('uses the base path in absolute URLs too: canonical links, the feed and the open data', async () => {
  const entry = await readFile(join(out, 'entries/meditron-70b/index.html'), 'utf8');
  expect(entry).toContain(`<link rel="canonical" href="https://example.github.io${BASE}entries/meditron-70b/">`);
  expect(await readFile(join(out, 'rss.xml'), 'utf8')).toContain(`https://example.github.io${BASE}entries/`);
  const data = JSON.parse(await readFile(join(out, 'data/entries.json'), 'utf8'));
  expect(data.entries[0].page).toMatch(new RegExp(`^https://example\\.github\\.io${BASE}entries/`));
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
