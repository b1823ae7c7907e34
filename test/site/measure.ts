/** Measurements of a built site in Chromium, shared by the benchmarks (bench:site, bench:scale). */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What a first visit to a page transfers, each response gzip-compressed as a server would send it. */
export async function firstLoad(browser: Browser, origin: string, path: string) {
  const page = await browser.newPage();
  const bodies: { url: string; type: string; gzip: number }[] = [];
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bodies.push({ url: response.url().slice(origin.length), type: response.request().resourceType(), gzip: gzipSync(body, { level: 6 }).length });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.close();
  const sum = (list: typeof bodies) => list.reduce((total, b) => total + b.gzip, 0);
  return { bodies, foreign, total: sum(bodies), script: sum(bodies.filter((b) => b.type === 'script')) };
}

/** Milliseconds from a change on a list's form to the next painted frame, as the page runs it. */
export async function timeChange(page: Page, action: string): Promise<number> {
  return page.evaluate(async (what) => {
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const idle = async () => {
      while (document.querySelector('.entry-list[aria-busy="true"]')) await new Promise((done) => setTimeout(done, 1));
    };
    const form = document.querySelector('entry-browser form') as HTMLFormElement;
    await frame();
    const started = performance.now();
    const [kind, value = ''] = what.split(':');
    if (kind === 'institute') {
      const box = form.querySelector<HTMLInputElement>(`input[name="institute"][value="${value}"]`)!;
      box.checked = !box.checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (kind === 'q') {
      const field = form.elements.namedItem('q') as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      const select = form.elements.namedItem(kind!) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await idle();
    await frame();
    return performance.now() - started;
  }, action);
}

/** Median, 90th percentile and worst of some timings. */
export function spread(timings: readonly number[]) {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p90: at(0.9), worst: at(1) };
}
