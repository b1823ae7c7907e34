/**
 * npm run import -- <README.md> [--out content] [--force]
 * Turns an awesome-list README's tables into entry files, one per row, and prints what the source
 * contradicts. Files that exist and differ (edited by hand) are kept unless --force is given.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { entryPath, serializeEntry, writeEntryFile, type WriteOutcome } from '../src/lib/content/entry-file.ts';
import { formatImportWarning, importReadme } from '../src/lib/content/readme-import.ts';
import { runCli } from './cli.ts';

const USAGE = 'usage: npm run import -- <README.md> [--out content] [--force]';

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const [source, ...extra] = positionals;
  if (!source || extra.length) throw new Error(`give exactly one README to import\n${USAGE}`);

  const markdown = await readFile(source, 'utf8');
  const { entries, warnings } = importReadme(markdown);
  for (const warning of warnings) console.warn(`warning: ${formatImportWarning(source, warning)}`);

  const counts: Record<WriteOutcome, number> = { created: 0, unchanged: 0, overwritten: 0, kept: 0 };
  for (const entry of entries) {
    const path = entryPath(values.out, entry.section, entry.slug);
    const outcome = await writeEntryFile(path, serializeEntry(entry.data), { force: values.force });
    counts[outcome]++;
    if (outcome === 'kept') console.log(`kept ${path}: it differs from the import (edited by hand?); --force overwrites it`);
  }
  console.log(
    `${entries.length} entries from ${source} into ${values.out}/: ${counts.created} created, ${counts.unchanged} unchanged, ` +
      `${counts.overwritten} overwritten, ${counts.kept} kept; ${warnings.length} warning(s)`,
  );
});
