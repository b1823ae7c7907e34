/**
 * npm run bench:site — the browsing budgets, measured (not a test; it prints figures):
 *  1. transfer of a section page of the real content, gzip-compressed: all of it (<= 60 KB) and its
 *     JavaScript (<= 15 KB), and any request to another origin (none allowed);
 *  2. Lighthouse on the home page and a section page (>= 0.95 performance, 1.0 accessibility,
 *     >= 0.95 best practices, 1.0 SEO);
 *  3. with N synthetic entries on one page (default 10,000), the time one filter change takes in
 *     Chromium, from the event to the next painted frame (<= 50 ms).
 * Flags: --skip-lighthouse, --skip-synthetic, --count N.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Page } from 'playwright-core';
import { serializeEntry } from '../src/lib/content/entry-file.ts';
import { readInstituteRegistry } from '../src/lib/content/content-files.ts';
import { serveDist } from '../test/site/static-server.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const { values } = parseArgs({
  options: {
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-synthetic': { type: 'boolean', default: false },
    count: { type: 'string', default: '10000' },
  },
});

async function build(outDir: string, env: Record<string, string> = {}) {
  await promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--silent', '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function transferBudget(origin: string, path: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  const page = await browser.newPage();
  const bodies: { url: string; type: string; gzip: number }[] = [];
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bodies.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body, { level: 6 }).length });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await browser.close();
  const total = bodies.reduce((sum, b) => sum + b.gzip, 0);
  const script = bodies.filter((b) => b.type === 'script').reduce((sum, b) => sum + b.gzip, 0);
  console.log(`${path}: ${bodies.length} requests, ${kb(total)} gzip in total (budget 60 KB), ${kb(script)} of JavaScript (budget 15 KB), ${foreign.length} to other origins`);
  for (const b of bodies) console.log(`    ${kb(b.gzip).padStart(9)}  ${b.type.padEnd(10)} ${b.url.slice(origin.length)}`);
}

async function lighthouseScores(origin: string, paths: string[]) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    for (const path of paths) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result!.lhr.categories;
      const scores = Object.values(categories).map((c) => `${c.title} ${c.score}`);
      console.log(`lighthouse ${path}: ${scores.join(', ')}`);
      const audits = result!.lhr.audits;
      const timings = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
      console.log(`    ${timings.map((id) => `${id} ${audits[id]?.displayValue}`).join(', ')}`);
      for (const audit of Object.values(audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') {
          const items = ((audit.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? []).slice(0, 3);
          console.log(`    failed audit: ${audit.id}: ${audit.title} ${items.map((item) => item.node?.snippet ?? '').join(' ')}`);
          if (process.env.DEBUG_AUDITS) console.log(JSON.stringify(items, null, 1).slice(0, 3000));
        }
      }
    }
  } finally {
    chrome.kill();
  }
}

/** A content folder with `count` synthetic LLM entries naming the real institutes. */
async function syntheticContent(count: number) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-content-'));
  await mkdir(join(dir, 'llms'), { recursive: true });
  await cp('content/institutes.yaml', join(dir, 'institutes.yaml'));
  const names = (await readInstituteRegistry('content')).map((i) => i.name);
  const metrics = { github: {} as Record<string, object>, huggingface: {} as Record<string, object>, semanticScholar: {} as Record<string, object> };
  for (let i = 0; i < count; i++) {
    const year = 2015 + (i % 12);
    const month = String((i % 12) + 1).padStart(2, '0');
    const data = {
      title: `Synthetic Model ${i}`,
      summary: `A synthetic foundation model number ${i} for clinical text and medical images`,
      date: `${Math.min(year, 2026)}-${year === 2026 && Number(month) > 10 ? '10' : month}`,
      institutes: [names[i % names.length]!, names[(i * 7) % names.length]!].filter((n, k, all) => all.indexOf(n) === k),
      papers: [{ url: `https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}`, semanticScholar: `CorpusID:${100_000 + i}` }],
      github: [`synthetic/model-${i}`],
    };
    if (i % 3 === 0) metrics.semanticScholar[`CorpusID:${100_000 + i}`] = { citations: (i * 37) % 5000, fetchedAt: '2026-11-20T00:00:00Z' };
    if (i % 4 === 0) metrics.github[`synthetic/model-${i}`] = { stars: (i * 13) % 9000, fetchedAt: '2026-11-20T00:00:00Z' };
    await writeFile(join(dir, 'llms', `synthetic-model-${i}.md`), serializeEntry(data));
  }
  await writeFile(join(dir, 'metrics.json'), JSON.stringify(metrics));
  return dir;
}

/** Milliseconds from a change on the form to the next painted frame, as the page runs it. */
async function timeChange(page: Page, action: string): Promise<[number, number]> {
  return page.evaluate(async (what) => {
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const form = document.querySelector('entry-browser form') as HTMLFormElement;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    await frame();
    const started = performance.now();
    const [kind, value] = what.split(':');
    if (kind === 'institute') {
      const box = form.querySelector<HTMLInputElement>(`input[name="institute"][value="${value}"]`)!;
      box.checked = !box.checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (kind === 'q') {
      field('q').value = value!;
      field('q').dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      const select = form.elements.namedItem(kind!) as HTMLSelectElement;
      select.value = value!;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const scripted = performance.now() - started;
    await frame();
    return [scripted, performance.now() - started];
  }, action);
}

async function syntheticFilterTiming(count: number) {
  const content = await syntheticContent(count);
  const outDir = await mkdtemp(join(tmpdir(), 'bench-dist-'));
  const buildStarted = performance.now();
  await build(outDir, { CONTENT_DIR: content });
  console.log(`synthetic: built ${count} entries in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
  const site = await serveDist(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loadStarted = performance.now();
    await page.goto(`${site.origin}/llms/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('entry-browser.enhanced'));
    if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
    console.log(`synthetic: /llms/ with ${count} entries loaded and enhanced in ${(performance.now() - loadStarted).toFixed(0)} ms`);
    const actions = [
      'institute:Google',
      'institute:Google',
      'institute:EPFL',
      'year:2020',
      'year:',
      'q:clinical',
      'q:clinical text 12',
      'q:',
      'sort:citations',
      'sort:stars',
      'sort:date',
      'institute:EPFL',
    ];
    const timings: number[] = [];
    const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
    await cdp?.send('Performance.enable');
    const metricsNow = async () =>
      Object.fromEntries(((await cdp?.send('Performance.getMetrics'))?.metrics ?? []).map((m) => [m.name, m.value]));
    for (const action of [...actions, ...actions, ...actions]) {
      const before = await metricsNow();
      const [scripted, ms] = await timeChange(page, action);
      if (cdp) {
        const after = await metricsNow();
        const delta = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000).toFixed(0);
        console.log(`      style ${delta('RecalcStyleDuration')} ms (${(after.RecalcStyleCount ?? 0) - (before.RecalcStyleCount ?? 0)}x), layout ${delta('LayoutDuration')} ms (${(after.LayoutCount ?? 0) - (before.LayoutCount ?? 0)}x), script ${delta('ScriptDuration')} ms, task ${delta('TaskDuration')} ms`);
      }
      timings.push(ms);
      console.log(`    ${action.padEnd(22)} ${ms.toFixed(1)} ms (script ${scripted.toFixed(1)} ms)`);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    console.log(`synthetic: one filter change (${sorted.length} changes), median ${at(0.5)} ms, p90 ${at(0.9)} ms, worst ${at(1)} ms (budget 50 ms)`);
  } finally {
    await browser.close();
    await site.close();
    await rm(content, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  }
}

const realOut = await mkdtemp(join(tmpdir(), 'bench-real-'));
await build(realOut);
const site = await serveDist(realOut);
try {
  await transferBudget(site.origin, '/llms/');
  await transferBudget(site.origin, '/');
  if (!values['skip-lighthouse']) await lighthouseScores(site.origin, ['/', '/llms/']);
} finally {
  await site.close();
  await rm(realOut, { recursive: true, force: true });
}
if (!values['skip-synthetic']) await syntheticFilterTiming(Number(values.count));
