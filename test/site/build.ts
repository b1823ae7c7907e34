/**
 * Global setup of the site tests: build the real site (search index included) once from a frozen copy of the list (the 45
 * entries of the original README, so the tests do not change whenever the list grows), with a metrics
 * file of known numbers and a history beside it (this machine cannot reach the real services). The
 * committed content itself is validated by test/content.test.ts and built by base-path.test.ts.
 */
import { astroBuild } from './astro-build.ts';

export const FIXTURE_CONTENT = 'test/fixtures/content';
/** Pages of 20 cards, so the 45 fixture entries make lists of several pages, as a long list has. */
export const FIXTURE_PAGE_SIZE = 20;

export default async function buildSite() {
  await astroBuild({ args: ['--silent'], env: { CONTENT_DIR: FIXTURE_CONTENT, METRICS_FILE: 'test/fixtures/metrics.json', LIST_PAGE_SIZE: String(FIXTURE_PAGE_SIZE) } });
}
