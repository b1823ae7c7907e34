/**
 * Global setup of the site tests: build the real site once from the committed content, with a
 * metrics file of known numbers and a history beside it (this machine cannot reach the real services).
 */
import { astroBuild } from './astro-build.ts';

export default async function buildSite() {
  await astroBuild({ args: ['--silent'], env: { METRICS_FILE: 'test/fixtures/metrics.json' } });
}
