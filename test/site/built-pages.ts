/** The HTML pages of a built site, for the tests that read every page. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SITE_DIR } from './site-dir.ts';

export async function htmlFiles(dir = SITE_DIR): Promise<string[]> {
  const found = await readdir(dir, { withFileTypes: true, recursive: true });
  return found.filter((item) => item.isFile() && item.name.endsWith('.html')).map((item) => join(item.parentPath, item.name)).sort();
}
