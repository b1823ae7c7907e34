/**
 * Global setup of the site tests: build the real site once from the committed content, with a
 * metrics file of known numbers and a history beside it (this machine cannot reach the real services).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export default async function buildSite() {
  const astro = 'node_modules/astro/bin/astro.mjs';
  await promisify(execFile)(process.execPath, [astro, 'build', '--silent'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', METRICS_FILE: 'test/fixtures/metrics.json' },
    maxBuffer: 64 * 1024 * 1024,
  });
}
