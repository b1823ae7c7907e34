/**
 * npm run added — writes content/added.json, the day each entry on the list was first added (from git),
 * which builds from a shallow clone fall back on; an entry since removed is left out. Needs the full
 * history (git fetch --unshallow).
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { runCli } from './cli.ts';
import { readEntryFiles } from '../src/lib/content/content-files.ts';
import { ADDED_FILE, addedDatesFromGit, readAddedFile } from '../src/lib/views/added-dates.ts';

await runCli('usage: npm run added', async () => {
  const fromGit = addedDatesFromGit('content');
  if (!fromGit) throw new Error('no full git history here (a shallow clone?): run git fetch --unshallow first');
  const { files, unreadable } = await readEntryFiles('content');
  const listed = new Set([...files.map((file) => file.slug), ...unreadable.map((finding) => basename(finding.file, '.md'))]);
  const merged = Object.entries({ ...readAddedFile('content'), ...fromGit }).filter(([slug]) => listed.has(slug));
  const sorted = Object.fromEntries(merged.sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(join('content', ADDED_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`wrote content/${ADDED_FILE}: ${Object.keys(sorted).length} entries`);
});
