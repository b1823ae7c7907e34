/**
 * The site on a phone and from the keyboard, in Chromium: the navigation and the filters fold so the first
 * screen shows results, no page scrolls sideways at 320, 375, 768 or 1440 px, wide tables keep their first
 * column and caption in view, and the first result is a few tab stops away, every stop visibly focused.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumOnBuiltSite } from './chromium.ts';

const started = chromiumOnBuiltSite();

async function open(path: string, width: number, height = 900, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await started.browser.newContext({ viewport: { width, height }, ...options });
  const page = await context.newPage();
  await page.goto(`${started.site.origin}${path}`);
  // A view the script draws (a table, a comparison) is judged once drawn.
  await page.waitForFunction(() => !document.querySelector('.entry-list[aria-busy="true"]'));
  return page;
}
const close = (page: Page) => page.context().close();

/** What has the focus: its tag, name or text, for a readable failure. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element ? `${element.tagName} ${element.name || element.getAttribute('aria-label') || element.textContent?.trim().slice(0, 30) || ''}` : 'none';
  });

/**
 * Presses Tab until the focus is inside the first result (a card, or the table's first row), at most `limit`
 * times: the presses it took and the stops on the way that showed no focus outline.
 */
async function tabsToFirstResult(page: Page, limit = 200) {
  const unmarked: string[] = [];
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement!;
      const style = getComputedStyle(element);
      return {
        inFirstResult: Boolean(element.closest('.entry-list > .entry:first-child, [data-table] tbody tr:first-child')),
        marked:
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          // The calendar button inside a month field: focused inside the field, which it leaves unfocused, and ringed by the browser itself.
          (element.matches('input[type="month"]') && !element.matches(':focus')),
      };
    });
    if (!stop.marked) unmarked.push(await focused(page));
    if (stop.inFirstResult) return { presses, unmarked };
  }
  throw new Error(`no result within ${limit} tab stops (last: ${await focused(page)})`);
}

describe('on a phone', () => {
  it('folds the navigation behind "Menu" below 60rem, which opens it without leaving the page', async () => {
    const phone = await open('/llms/', 375, 812);
    const header = await phone.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(110);
    expect(await phone.getByRole('link', { name: 'Benchmarks' }).isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Menu' }).click();
    expect(await phone.getByRole('link', { name: 'Benchmarks' }).isVisible()).toBe(true);
    // A popover: the browser tells assistive technology it is expanded (Playwright's roles read only attributes).
    expect(await phone.locator('#nav-list').evaluate((list) => list.matches(':popover-open'))).toBe(true);
    await phone.keyboard.press('Escape');
    expect(await phone.getByRole('link', { name: 'Benchmarks' }).isVisible()).toBe(false);
    await close(phone);
    const desktop = await open('/llms/', 1440);
    expect(await desktop.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await desktop.getByRole('link', { name: 'Benchmarks' }).isVisible()).toBe(true);
    await close(desktop);
  });

  it('puts the filters behind one button that counts the active ones, so the first screen shows a result', async () => {
    const page = await open('/llms/?institute=Google&year=2024', 375, 812);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect.poll(() => toggle.textContent()).toBe('Filters (2 active)');
    expect(await page.getByLabel('Sort by').isVisible()).toBe(false);
    const first = await page.locator('.entry-list > .entry').first().boundingBox();
    expect(first!.y).toBeLessThan(812);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Sort by').isVisible()).toBe(true);
    await close(page);
  });
});

describe('no layout shift', () => {
  it.each([
    ['/llms/', 375, 812],
    ['/llms/', 1440, 900],
    ['/llms/?institute=Google', 375, 812],
    ['/benchmarks/medqa/', 1440, 900],
  ] as const)('%s at %i px: its script shows its controls where the first paint put them', async (path, width, height) => {
    const context = await started.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${started.site.origin}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    // The cards' compare buttons, shown by the script, still move their links by a few pixels (0.001).
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    await context.close();
  });

  it("leaves a benchmark page's filters one field a row on a phone (the list's Filters button row is the lists' own)", async () => {
    const page = await open('/benchmarks/medqa/', 375, 812);
    const form = await page.locator('form.benchmark-filters').boundingBox();
    const size = await page.locator('#bench-size').boundingBox();
    expect(size!.width).toBeGreaterThan(form!.width * 0.8);
    await close(page);
  });
});

describe('no sideways scrolling of the page', () => {
  const PAGES = [
    '/', '/llms/', '/llms/?view=table', '/entries/', '/entries/meditron-70b/', '/entries/medgemma/', '/institutes/', '/institutes/google/',
    '/specialties/', '/tasks/report-generation/', '/base-models/', '/base-models/llama-2/', '/benchmarks/', '/benchmarks/medqa/',
    '/compare/?ids=meditron-70b,medgemma,med-palm-2', '/insights/', '/rising/', '/search/', '/contribute/',
  ];
  for (const width of [320, 375, 768, 1440]) {
    it(`at ${width} px, on every kind of page`, async () => {
      const overflowing: string[] = [];
      const page = await open('/', width);
      for (const path of PAGES) {
        await page.goto(`${started.site.origin}${path}`);
        if (path.includes('?')) await page.waitForSelector('[data-table] table, compare-view table');
        const extra = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        if (extra > 0) overflowing.push(`${path} by ${extra} px`);
      }
      expect(overflowing).toEqual([]);
      await close(page);
    });
  }
});

describe('wide tables on a phone', () => {
  // Each page and the box of one of its wide tables.
  const TABLES = [
    ['/llms/?view=table', '[data-table]'],
    ['/compare/?ids=meditron-70b,medgemma,med-palm-2', '[data-table]'],
    ['/entries/meditron-70b/', 'section.table-scroll'],
    ['/benchmarks/medqa/', 'section.table-scroll'],
  ] as const;
  it.each(TABLES)('%s keeps the first column and the caption in view while the rest scrolls', async (path, box) => {
    const page = await open(path, 375, 812);
    const scroller = page.locator(box).filter({ has: page.locator('table') }).first();
    await scroller.waitFor();
    const seen = await scroller.evaluate((element) => {
      element.scrollLeft = 150;
      const frame = element.getBoundingClientRect();
      const firstCell = element.querySelector('tbody tr > :first-child')!.getBoundingClientRect();
      const caption = element.querySelector('caption')?.getBoundingClientRect();
      return {
        scrolled: element.scrollLeft,
        firstCellLeft: Math.round(firstCell.left - frame.left),
        captionInside: caption ? caption.left >= frame.left - 1 && caption.right <= frame.right + 1 : true,
      };
    });
    expect(seen.scrolled).toBeGreaterThan(0);
    expect(seen.firstCellLeft).toBe(0);
    expect(seen.captionInside).toBe(true);
    await close(page);
  });
});

describe('the table view', () => {
  it('states the view once (in its caption) and fits beside the filters at 1440 px', async () => {
    const page = await open('/llms/?view=table', 1440);
    const box = page.locator('[data-table]');
    await box.locator('table').waitFor();
    expect(await box.locator('caption').textContent()).toBe('33 of 33 entries, newest first; the first 20 shown.');
    // The status line is still announced, but not shown beside the caption that says the same.
    expect(await page.locator('.result-count').evaluate((status) => status.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    await page.getByRole('radio', { name: 'Cards' }).check();
    expect(await page.locator('.result-count').evaluate((status) => status.getBoundingClientRect().width)).toBeGreaterThan(100);
    await close(page);
  });
});

describe('the keyboard', () => {
  it('skips to the results of a list in a few tab stops, and of a list without filters', async () => {
    for (const path of ['/llms/', '/institutes/google/']) {
      const page = await open(path, 1440);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('A Skip to results');
      await page.keyboard.press('Enter');
      const { presses, unmarked } = await tabsToFirstResult(page);
      expect(presses, path).toBeLessThanOrEqual(path === '/llms/' ? 5 : 1);
      expect(unmarked).toEqual([]);
      await close(page);
    }
  });

  it('reaches the first result in a few dozen stops with every filter open, each list of choices one stop, each stop visibly focused', async () => {
    // A desktop: every link of the navigation and the whole panel open (before: about 165 stops on /llms/).
    const desktop = await open('/llms/', 1440);
    expect(await desktop.locator('details.more-filters').getAttribute('open')).not.toBeNull();
    const wide = await tabsToFirstResult(desktop);
    expect(wide.presses).toBeLessThanOrEqual(40);
    expect(wide.unmarked).toEqual([]);
    await close(desktop);
    // A phone, the panel closed and then open with its finer filters too.
    const phone = await open('/llms/', 375, 812);
    const closed = await tabsToFirstResult(phone);
    expect(closed.presses).toBeLessThanOrEqual(10);
    expect(closed.unmarked).toEqual([]);
    await phone.getByRole('button', { name: /^Filters/ }).click();
    await phone.locator('details.more-filters > summary').click();
    await phone.locator('.skip-link').focus(); // back to the top, the panel left open
    const opened = await tabsToFirstResult(phone);
    expect(opened.presses).toBeLessThanOrEqual(28);
    expect(opened.unmarked).toEqual([]);
    await close(phone);
  });

  it('narrows the institutes as one types, enters the list with the down arrow and moves in it with the arrows', async () => {
    const page = await open('/llms/', 1440);
    const find = page.getByRole('searchbox', { name: 'Find institutes' });
    await find.fill('GOOG');
    const shownInstitutes = () => page.locator('#facet-institute > li').evaluateAll((items) => items.filter((li) => li.checkVisibility()).map((li) => li.querySelector('.facet-name')!.textContent));
    expect(await shownInstitutes()).toEqual(expect.arrayContaining(['Google', 'Google Research', 'Google DeepMind']));
    expect((await shownInstitutes()).every((name) => name!.toLowerCase().includes('goog'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(`INPUT institute`);
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    const first = await focusedValue();
    await page.keyboard.press('ArrowDown');
    const second = await focusedValue();
    expect(second).not.toBe(first);
    expect(second.toLowerCase()).toContain('goog');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain(`institute=${encodeURIComponent(second).replace(/%20/g, '+')}`);
    // Tab leaves the list at once: the next stop is past it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).not.toBe('institute');
    await find.fill('no such institute');
    expect(await shownInstitutes()).toEqual([]);
    expect(await page.locator('[data-narrow-none]').textContent()).toBe('None named “no such institute”.');
    await close(page);
  });
});
