/**
 * npm run import -- <README.md> [--out content] [--force] [--candidates] [--section <section>]
 * Turns an awesome-list README's tables and lists into entry files, one per row, and prints what the
 * source contradicts. Files that exist and differ (edited by hand) are kept unless --force is given.
 * --candidates writes only the rows the --out folder does not have yet and says why each other was left.
 * Each row's section comes from the headings and table caption around it, then its own words; --section
 * puts every row in one section.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { candidateReport, pickCandidates } from '../src/lib/intake/candidates.ts';
import { readEntryFiles } from '../src/lib/content/content-files.ts';
import { formatFinding } from '../src/lib/content/validate.ts';
import { SECTIONS, type Section } from '../src/lib/content/schema.ts';
import { entryPath, writeEntryFile, type WriteOutcome } from '../src/lib/content/entry-file.ts';
import { formatImportWarning, importedEntryText, importReadme } from '../src/lib/intake/readme-import.ts';
import { runCli } from './cli.ts';

const USAGE = `usage: npm run import -- <README.md> [--out content] [--force] [--candidates] [--section ${SECTIONS.join('|')}]`;

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
      candidates: { type: 'boolean', default: false },
      section: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const [source, ...extra] = positionals;
  if (!source || extra.length) throw new Error(`give exactly one README to import\n${USAGE}`);

  const section = values.section as Section | undefined;
  if (section !== undefined && !SECTIONS.includes(section)) throw new Error(`--section takes ${SECTIONS.join(', ')}, not ${section}\n${USAGE}`);
  const { entries, warnings, rows, unreadable } = importReadme(await readFile(source, 'utf8'), { section });
  if (unreadable) throw new Error(`${source}: ${unreadable}`);

  if (values.candidates) {
    // Rows on both sides of a shared id are reported as duplicates below, and skipped rows as unread.
    for (const warning of warnings.filter((w) => w.kind === 'note')) console.warn(`warning: ${formatImportWarning(source, warning)}`);
    const known = await readEntryFiles(values.out);
    for (const finding of known.unreadable) console.warn(`warning: not compared (run npm run validate): ${formatFinding(finding)}`);
    const picked = pickCandidates(entries, known.files, values.out);
    for (const { path, entry } of picked.fresh) await writeEntryFile(path, importedEntryText(entry.data));
    return console.log(candidateReport({ ...picked, source, out: values.out, rows, warnings }).join('\n'));
  }

  for (const warning of warnings) console.warn(`warning: ${formatImportWarning(source, warning)}`);
  const counts: Record<WriteOutcome, number> = { created: 0, unchanged: 0, overwritten: 0, kept: 0 };
  // An entry a maintainer moved to another section is compared (and kept) where it now is.
  const sectionOf = new Map((await readEntryFiles(values.out)).files.map((file) => [file.slug, file.section]));
  for (const entry of entries) {
    const path = entryPath(values.out, sectionOf.get(entry.slug) ?? entry.section, entry.slug);
    const outcome = await writeEntryFile(path, importedEntryText(entry.data), { force: values.force });
    counts[outcome]++;
    if (outcome === 'kept') console.log(`kept ${path}: it differs from the import (edited by hand?); --force overwrites it`);
  }
  console.log(
    `${entries.length} entries from ${source} into ${values.out}/: ${counts.created} created, ${counts.unchanged} unchanged, ` +
      `${counts.overwritten} overwritten, ${counts.kept} kept; ${warnings.length} warning(s)`,
  );
});
