/**
 * /contribute/ in Chromium: what each kind of pasted URL fills, the form done by keyboard alone, the
 * file its pull-request link carries passing `npm run validate`, "did you mean", duplicates, axe in
 * both schemes, no CSP violation or console error, and a phone's width.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from './build.ts';
import { chromiumOnBuiltSite, watchProblems } from './chromium.ts';

const started = chromiumOnBuiltSite();

/** The contribute page with its form ready, and every CSP violation, console error and page error on the way. */
async function openForm(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await started.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${started.site.origin}/contribute/`);
  await page.locator('contribute-form form:not([hidden])').waitFor();
  return { page, problems, close: () => context.close() };
}

/** `npm run validate`'s output on a copy of the fixture content with these files written and these appended (paths from the repository's root). */
async function validateWith(written: Record<string, string>, appended: Record<string, string> = {}): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'contribute-'));
  const inCopy = (path: string) => join(copy, path.replace(/^content\//, ''));
  try {
    await cp(FIXTURE_CONTENT, copy, { recursive: true });
    for (const [path, text] of Object.entries(written)) await writeFile(inCopy(path), text);
    for (const [path, text] of Object.entries(appended)) await appendFile(inCopy(path), text);
    return (await promisify(execFile)(process.execPath, ['scripts/validate.ts', '--content', copy])).stdout;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

const pasteUrl = (page: Page, url: string) => page.getByLabel(/^Paste a URL/).fill(url);
const value = (page: Page, label: string | RegExp) => page.getByLabel(label).inputValue();

describe('the contribute form', () => {
  it.each([
    ['an arXiv abs URL', 'https://arxiv.org/abs/2401.01234v2', /^Paper URLs/, 'https://arxiv.org/abs/2401.01234', 'Semantic Scholar id ARXIV:2401.01234'],
    ['a DOI URL', 'https://doi.org/10.1038/s41586-099-00001-1', /^Paper URLs/, 'https://doi.org/10.1038/s41586-099-00001-1', 'paper https://doi.org'],
    ['a Hub model URL', 'https://huggingface.co/some-lab/new-med-7b/tree/main', /^Hugging Face ids/, 'some-lab/new-med-7b', 'Hugging Face id some-lab/new-med-7b'],
    ['a GitHub repo URL', 'https://github.com/some-lab/new-med/tree/main/src', /^GitHub repositories/, 'some-lab/new-med', 'GitHub repository some-lab/new-med'],
  ])('fills in what %s tells', async (_kind, url, field, expected, told) => {
    const { page, problems, close } = await openForm();
    await pasteUrl(page, url);
    expect(await value(page, field)).toBe(expected);
    expect(await page.locator('[data-url-status]').textContent()).toContain(told);
    expect(problems).toEqual([]);
    await close();
  });

  it('survives a URL with a malformed % escape, pasted or typed as a paper: the preview and the link follow the title typed next', async () => {
    const { page, problems, close } = await openForm();
    const malformed = 'https://github.com/%E0%A4%A/x';
    await pasteUrl(page, malformed);
    expect(await value(page, /^Paper URLs/)).toBe(malformed);
    await page.getByLabel(/^Title/).fill('First title');
    await page.getByLabel(/^Paper URLs/).fill(`${malformed}, https://huggingface.co/%E0%A4%A/y`);
    await page.getByLabel(/^Title/).fill('Second title');
    const file = await page.locator('#entry-file').textContent();
    expect(file).toContain('title: Second title');
    expect(file).toContain(`url: ${malformed}`);
    expect(await page.locator('[data-file-path]').textContent()).toBe('content/llms/second-title.md');
    const link = new URL((await page.getByRole('link', { name: 'Open a pull request', includeHidden: true }).getAttribute('href'))!);
    expect(link.searchParams.get('value')).toBe(file);
    expect(link.searchParams.get('filename')).toBe('content/llms/second-title.md');
    expect(problems).toEqual([]);
    await close();
  });

  it('is completed by keyboard alone, and the file its pull-request link carries passes npm run validate', async () => {
    const { page, problems, close } = await openForm();
    await page.getByLabel(/^Paste a URL/).focus();
    await page.keyboard.insertText('https://arxiv.org/abs/2401.01234');
    /** Tabs to the field named `label` (a few stops at most) and types into it. */
    const tabTo = async (label: RegExp, text?: string) => {
      for (let stop = 0; stop < 40; stop++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? '');
        if (label.test(name.trim())) {
          if (text !== undefined) await page.keyboard.type(text);
          return;
        }
      }
      throw new Error(`no field ${label} within 40 tab stops`);
    };
    await tabTo(/^Paper title/, 'KeyMed: A Model Typed by Keyboard');
    await tabTo(/^Paper authors/, 'Ann Author, Bob Builder');
    await tabTo(/^Title/, 'KeyMed-7B');
    // The month is the arXiv id's (2401: January 2024), filled in from the pasted URL.
    expect(await value(page, /^Month/)).toBe('2024-01');
    await tabTo(/^Section/);
    await page.keyboard.press('ArrowDown'); // Large Vision Models
    await tabTo(/^Institute 1/, 'EPFL');
    await tabTo(/^Access/);
    await page.keyboard.press('ArrowDown'); // Open weights
    await tabTo(/^image$/);
    await page.keyboard.press('Space');
    await tabTo(/^Parameters/, '7B');
    await tabTo(/^Summary/, 'A model typed in by keyboard');
    await tabTo(/^Report generation$/);
    await page.keyboard.press('Space');
    await tabTo(/^Notes/, 'Weights on request.');
    const link = page.getByRole('link', { name: 'Open a pull request' });
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);

    const url = new URL((await link.getAttribute('href'))!);
    expect(`${url.origin}${url.pathname}`).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/new\/main$/);
    const filename = url.searchParams.get('filename')!;
    expect(filename).toBe('content/vision/keymed-7b.md');
    const text = url.searchParams.get('value')!;
    expect(text).toBe(await page.locator('#entry-file').textContent());
    expect(text).toContain('    title: "KeyMed: A Model Typed by Keyboard"\n    authors: [Ann Author, Bob Builder]\n    semanticScholar: ARXIV:2401.01234');
    expect(text).toContain('date: 2024-01\n');
    expect(text).toMatch(/\ntasks: \[report-generation\]\n---\n\nWeights on request\.\n$/);

    expect(await validateWith({ [filename]: text })).toMatch(/^0 error\(s\), \d+ warning\(s\) in 46 entries/m);
    expect(problems).toEqual([]);
    await close();
  });

  it('asks "did you mean" for a near-miss institute, at its field', async () => {
    const { page, close } = await openForm();
    await page.getByLabel('Institute 1').fill('EPFL Lausane');
    const input = page.getByLabel('Institute 1');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const problem = page.locator(`#${await input.getAttribute('aria-describedby')}`);
    expect(await problem.textContent()).toBe('unknown institute "EPFL Lausane" (did you mean "EPFL"? Otherwise add it to content/institutes.yaml)');
    await close();
  });

  it('proposes a new institute: checked as the registry is, its lines written for content/institutes.yaml, which npm run validate accepts with the entry', async () => {
    const { page, problems, close } = await openForm();
    const proposal = page.locator('[data-new-institute]');
    expect(await proposal.isVisible()).toBe(false);
    await pasteUrl(page, 'https://arxiv.org/abs/2402.04321');
    await page.getByLabel(/^Title/).fill('Nowhere-Med');
    await page.getByLabel('Institute 1').fill('Clinic of Nowhere');
    // The unknown name opens the proposal, which takes it as the name once asked to (a typo is no new institute); an alias the registry uses is refused there.
    await expect.poll(() => proposal.isVisible()).toBe(true);
    expect(await page.getByLabel('Its name').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Propose “Clinic of Nowhere” as a new institute' }).click();
    expect(await page.getByLabel('Its name').inputValue()).toBe('Clinic of Nowhere');
    await page.getByLabel(/^Other names/).fill('CoN, EPFL');
    await expect.poll(() => page.locator('#new-institute-problem-aliases').textContent()).toBe('"EPFL" is already used by the institute "EPFL" (each name and alias may appear once)');
    expect(await page.getByRole('link', { name: 'Open a pull request' }).isVisible()).toBe(false);
    await page.getByLabel(/^Other names/).fill('CoN');
    await page.getByLabel(/^Part of/).fill('EPFL');
    const lines = '- name: Clinic of Nowhere\n  aliases: [CoN]\n  parent: EPFL\n';
    await expect.poll(() => page.locator('#institute-lines').textContent()).toBe(lines);
    // With the proposal the entry is valid; the second step edits content/institutes.yaml on the pull request's branch.
    const pullRequest = page.getByRole('link', { name: 'Open a pull request' });
    await expect.poll(() => pullRequest.isVisible()).toBe(true);
    await page.getByLabel('Your GitHub account').fill('octo-cat');
    await page.getByLabel("The pull request's branch").fill('patch-2');
    const edit = page.getByRole('link', { name: 'Edit content/institutes.yaml on that branch' });
    await expect.poll(() => edit.getAttribute('href')).toMatch(/^https:\/\/github\.com\/octo-cat\/[\w.-]+\/edit\/patch-2\/content\/institutes\.yaml$/);

    const url = new URL((await pullRequest.getAttribute('href'))!);
    const stdout = await validateWith({ [url.searchParams.get('filename')!]: url.searchParams.get('value')! }, { 'content/institutes.yaml': lines });
    expect(stdout).toMatch(/^0 error\(s\), \d+ warning\(s\) in 46 entries/m);
    expect(problems).toEqual([]);
    await close();
  });

  it('points out a duplicate with a link to the entry on the list', async () => {
    const { page, close } = await openForm();
    await pasteUrl(page, 'https://arxiv.org/pdf/2311.16079v1');
    const duplicate = page.locator('[data-duplicates]').first().locator('a');
    await expect.poll(() => duplicate.count()).toBe(1);
    expect(await duplicate.getAttribute('href')).toBe('/entries/meditron-70b/');
    expect(await page.locator('[data-duplicates]').first().textContent()).toContain('MEDITRON-70B has the same paper');
    // Said again beside the pull-request button, where the contributor decides.
    const besideButton = page.locator('[data-duplicates]:has(+ p [data-pull-request])');
    expect(await besideButton.textContent()).toContain('MEDITRON-70B has the same paper');
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations, filled in with problems shown (${colorScheme})`, async () => {
      const { page, problems, close } = await openForm({ colorScheme });
      await pasteUrl(page, 'https://arxiv.org/abs/2311.16079');
      await page.getByLabel('Institute 1').fill('EPFL Lausane');
      await page.getByLabel(/^Parameters/).fill('seven');
      // The new institute's fields open, one of them refused.
      await page.getByRole('button', { name: /^Propose “EPFL Lausane”/ }).click();
      await page.getByLabel(/^Part of/).fill('Nowhere');
      await expect.poll(() => page.locator('#new-institute-problem-parent').textContent()).not.toBe('');
      await page.evaluate(axe.source); // evaluated by the devtools protocol, which the page's CSP does not govern
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('fits a phone\'s width (390 px) with the file shown', async () => {
    const { page, close } = await openForm({ viewport: { width: 390, height: 844 } });
    await pasteUrl(page, 'https://huggingface.co/some-lab/a-model-with-a-rather-long-name-for-a-phone-screen-7b');
    await page.getByLabel(/^Title/).fill('A title long enough to wrap on a phone screen, and then some more words');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await close();
  });

  it('explains how to add an entry without JavaScript', async () => {
    const { page, close } = await openForm();
    expect(await page.getByText('npm run new-entry').count()).toBeGreaterThan(0);
    // Words on either side of a link or code keep their space (Astro drops a line break before an inline element).
    const lead = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(lead).toContain('of the repository.');
    expect(lead).toContain('such as content/llms/meditron-70b.md');
    expect(lead).toContain('Add it to content/institutes.yaml');
    await close();
    const context = await started.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${started.site.origin}/contribute/`);
    expect(await plain.locator('form.contribute-form').isVisible()).toBe(false);
    expect(await plain.getByText('npm run new-entry').isVisible()).toBe(true);
    await context.close();
  });
});
