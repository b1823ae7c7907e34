/**
 * Where the site tests build the fixture site: a folder of the machine's temporary directory, one per
 * checkout, never the project's dist/ (a newcomer's `npm test` then `npm run preview` must show the real list).
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SITE_DIR = join(tmpdir(), `medical-foundation-models-site-tests-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}`, 'dist');
