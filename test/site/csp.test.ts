/**
 * The Content-Security-Policy: every built page carries a strict one in a <meta>, every inline script
 * and style it has is hashed in it, and Chromium runs each kind of page under it (typing a search,
 * filtering, copying BibTeX) without a single violation or console error.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from './built-pages.ts';
import { chromiumOnBuiltSite, watchProblems } from './chromium.ts';
import { SITE_DIR } from './site-dir.ts';

/** The policy of a page as directive -> sources. */
function policyOf(html: string): Map<string, string[]> {
  const tree = fromHtml(html);
  const metas = selectAll('head meta[http-equiv="content-security-policy"]', tree);
  expect(metas).toHaveLength(1);
  const content = String((metas[0] as Element).properties.content);
  return new Map(
    content.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name = '', ...sources] = d.split(/\s+/);
      return [name, sources];
    }),
  );
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the policy in the built pages', () => {
  it('is on every page, allows scripts from the site and by hash only, and hashes every inline script and style', async () => {
    const pages = await htmlFiles();
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = await readFile(file, 'utf8');
      const policy = policyOf(html);
      const scripts = policy.get('script-src') ?? [];
      const allowed = file === join(SITE_DIR, 'search', 'index.html') ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"];
      expect(scripts.filter((source) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(source)), file).toEqual(allowed);
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect((policy.get('style-src') ?? []).filter((source) => !source.startsWith("'sha256-")), file).toEqual(["'self'"]);
      const tree = fromHtml(html);
      for (const script of selectAll('script:not([src])', tree)) {
        if ((script as Element).properties.type === 'application/ld+json') continue;
        expect(scripts, `${file}: inline script not hashed`).toContain(hashOf(toString(script)));
      }
      for (const style of selectAll('style', tree)) expect(policy.get('style-src'), `${file}: inline style not hashed`).toContain(hashOf(toString(style)));
      expect(selectAll('[style]', tree), `${file}: style attributes need 'unsafe-inline'`).toEqual([]);
    }
  });
});

describe('every kind of page in Chromium under its policy', () => {
  const started = chromiumOnBuiltSite();

  /** Opens a page, does what a visitor would, and returns every CSP violation and console error on the way. */
  async function problemsOn(path: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
    const context = await started.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${started.site.origin}${path}`, { waitUntil: 'load' });
    await act?.(page);
    await page.waitForLoadState('networkidle');
    await context.close();
    return problems;
  }

  it('catches a violation when there is one (an inline script the policy does not list)', async () => {
    const problems = await problemsOn('/', (page) => page.addScriptTag({ content: 'window.injected = true;' }).then(() => undefined, () => undefined));
    expect(problems.some((problem) => problem.startsWith('csp: script-src'))).toBe(true);
  });

  it.each([
    ['the home page', '/'],
    ['a section page', '/llms/'],
    ['all entries', '/entries/'],
    ['an entry page', '/entries/meditron-70b/'],
    ['the institutes', '/institutes/'],
    ['an institute page', '/institutes/google/'],
    ['a specialty page', '/specialties/radiology/'],
    ['the tasks', '/tasks/'],
    ['a task page', '/tasks/report-generation/'],
    ['a base model page', '/base-models/llama-2/'],
    ['a comparison', '/compare/?ids=meditron-70b,medgemma'],
    ['a filtered benchmark page', '/benchmarks/medqa/?flagged=hide&party=third-party'],
    ['the insights', '/insights/'],
    ['the rising view', '/rising/'],
    ['a filtered view from a link', '/llms/?institute=Google&year=2024&sort=citations'],
    ['a view filtered by task and specialty', '/llms/?task=report-generation&specialty=radiology'],
  ])('%s (%s) loads with no violation and no console error', async (_name, path) => {
    expect(await problemsOn(path)).toEqual([]);
  });

  it('search with a query typed, which compiles Pagefind\'s WebAssembly', async () => {
    const problems = await problemsOn('/search/', async (page) => {
      await page.getByLabel('Search the list', { exact: true }).fill('radiology');
      await expect.poll(() => page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    });
    expect(problems).toEqual([]);
  });

  it('the contribute form filled in and checked by zod as one types (jitless, so no eval)', async () => {
    const problems = await problemsOn('/contribute/', async (page) => {
      await page.locator('contribute-form form:not([hidden])').waitFor();
      await page.getByLabel(/^Paste a URL/).fill('https://arxiv.org/abs/2311.16079');
      await page.getByLabel('Institute 1').fill('EPFL Lausane');
      await expect.poll(() => page.getByLabel('Institute 1').getAttribute('aria-invalid')).toBe('true');
    });
    expect(problems).toEqual([]);
  });

  it('filters changed by hand and BibTeX copied, from a list and from an entry', async () => {
    const problems = await problemsOn('/llms/', async (page) => {
      await page.getByLabel('Search', { exact: true }).fill('Google');
      await page.getByRole('button', { name: 'Copy BibTeX of these entries' }).click();
      await expect.poll(() => page.locator('.results-head [data-copy-status]').textContent()).toMatch(/^Copied BibTeX of \d+ entries\.$/);
      await page.goto(`${started.site.origin}/entries/meditron-70b/`);
      await page.getByRole('button', { name: 'Copy BibTeX' }).click();
      await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied to the clipboard.');
    });
    expect(problems).toEqual([]);
  });
});
