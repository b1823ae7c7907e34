/** Writing entry files to disk; their text comes from entry-text.ts. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Section } from './schema.ts';

export { serializeEntry } from './entry-text.ts';

export const entryPath = (contentDir: string, section: Section, slug: string) => join(contentDir, section, `${slug}.md`);

export type WriteOutcome = 'created' | 'unchanged' | 'overwritten' | 'kept';

/**
 * Writes a file unless a different one is already there: that one may have been edited by hand,
 * so it is kept unless `force` is set. Writing the same text again is reported as unchanged.
 */
export async function writeEntryFile(path: string, text: string, { force = false } = {}): Promise<WriteOutcome> {
  if (existsSync(path)) {
    const current = await readFile(path, 'utf8');
    if (current === text) return 'unchanged';
    if (!force) return 'kept';
    await writeFile(path, text);
    return 'overwritten';
  }
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  return 'created';
}
