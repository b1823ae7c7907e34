/**
 * Global setup of the site tests: build the real site (search index included) once from a frozen copy of the list (the 45
 * entries of the original README, so the tests do not change whenever the list grows), with a metrics
 * file of known numbers and a history beside it (this machine cannot reach the real services). The
 * committed content itself is validated by test/content.test.ts and built by base-path.test.ts.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro-build.ts';
import { SITE_DIR } from './site-dir.ts';

export const FIXTURE_CONTENT = 'test/fixtures/content';
/** Pages of 20 cards, so the 45 fixture entries make lists of several pages, as a long list has. */
export const FIXTURE_PAGE_SIZE = 20;

/** What the project's own dist/ holds (names, sizes, times), so a test can tell the site tests left it alone. */
export async function distSnapshot(): Promise<string> {
  if (!existsSync('dist')) return 'no dist/';
  const files = (await readdir('dist', { recursive: true })).sort();
  const stats = await Promise.all(files.map(async (file) => `${file} ${(await stat(join('dist', file))).mtimeMs}`));
  return stats.join('\n');
}

declare module 'vitest' {
  export interface ProvidedContext {
    distBefore: string;
  }
}

export default async function buildSite(project: TestProject) {
  project.provide('distBefore', await distSnapshot());
  await astroBuild({ args: ['--silent', '--outDir', SITE_DIR], env: { CONTENT_DIR: FIXTURE_CONTENT, METRICS_FILE: 'test/fixtures/metrics.json', LIST_PAGE_SIZE: String(FIXTURE_PAGE_SIZE) } });
}
