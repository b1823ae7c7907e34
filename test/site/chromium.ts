/** Debian's Chromium for the browser tests, launched as this machine needs (root, no GPU, no outside traffic). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
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
