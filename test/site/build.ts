/**
 * Global setup of the site tests: build the real site once from the committed content, with a
 * metrics file of known numbers and a history beside it (this machine cannot reach the real services).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { astroBuild } from './astro-build.ts';

export default async function buildSite() {
  await astroBuild({ args: ['--silent'], env: { METRICS_FILE: 'test/fixtures/metrics.json' } });
  // As `npm run build` does: the full-text index is built over the finished site.
  await promisify(execFile)('node_modules/.bin/pagefind', ['--site', 'dist', '--silent']);
}
