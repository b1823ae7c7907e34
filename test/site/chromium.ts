/** Debian's Chromium for the browser tests, launched as this machine needs (root, no GPU, no outside traffic). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist } from './static-server.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROME_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Chromium and the built site on 127.0.0.1 for one test file: started before its tests, stopped after them. */
export function chromiumOnBuiltSite() {
  const started = {} as { browser: Browser; site: Awaited<ReturnType<typeof serveDist>> };
  beforeAll(async () => {
    started.browser = await launchChromium();
    started.site = await serveDist();
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.site?.close();
  });
  return started;
}

/** Collects, from now on, every CSP violation, console error and uncaught error of a page, in the order they come. */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return problems;
}
