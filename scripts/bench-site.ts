/**
 * npm run bench:site — the browsing budgets of the real content, measured (not a test; it prints figures):
 *  1. the transfer of a section page and of the home page, gzip-compressed: all of it (<= 60 KB) and its
 *     JavaScript (<= 15 KB), and any request to another origin (none allowed);
 *  2. Lighthouse on the home page, a section page, an entry page and a benchmark page, each as a phone
 *     (Lighthouse's default, a Moto G Power on a slow 4G line) and as a desktop (>= 0.95 performance,
 *     1.0 accessibility, >= 0.95 best practices, 1.0 SEO). Flag: --skip-lighthouse.
 * The same at 1,000 to 30,000 synthetic entries, with build time, memory and filtering: npm run bench:scale.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { launchChromium } from '../test/site/chromium.ts';
import { firstLoad, kb } from '../test/site/measure.ts';
import { serveDist } from '../test/site/static-server.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const { values } = parseArgs({ options: { 'skip-lighthouse': { type: 'boolean', default: false } } });

const DEVICES = [['phone', undefined], ['desktop', desktopConfig]] as const;

async function lighthouseScores(origin: string, paths: string[]) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    for (const [device, config] of DEVICES) {
      for (const path of paths) {
        const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
        const { categories, audits } = result!.lhr;
        console.log(`lighthouse ${device} ${path}: ${Object.values(categories).map((c) => `${c.title} ${c.score}`).join(', ')}`);
        const timings = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
        console.log(`    ${timings.map((id) => `${id} ${audits[id]?.displayValue}`).join(', ')}`);
        for (const audit of Object.values(audits)) {
          if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`    failed audit: ${audit.id}: ${audit.title}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
}

const out = await mkdtemp(join(tmpdir(), 'bench-real-'));
await promisify(execFile)(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--silent', '--outDir', out], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  maxBuffer: 256 * 1024 * 1024,
});
const site = await serveDist(out);
const browser = await launchChromium();
try {
  for (const path of ['/llms/', '/']) {
    const load = await firstLoad(browser, site.origin, path);
    console.log(`${path}: ${load.bodies.length} requests, ${kb(load.total)} gzip in total (budget 60 KB), ${kb(load.script)} of JavaScript (budget 15 KB), ${load.foreign.length} to other origins`);
    for (const b of load.bodies) console.log(`    ${kb(b.gzip).padStart(9)}  ${b.type.padEnd(10)} ${b.url}`);
  }
  if (!values['skip-lighthouse']) await lighthouseScores(site.origin, ['/', '/llms/', '/entries/medgemma/', '/benchmarks/medqa/']);
} finally {
  await browser.close();
  await site.close();
  await rm(out, { recursive: true, force: true });
}
