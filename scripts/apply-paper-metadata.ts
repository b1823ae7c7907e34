/**
 * npm run apply-paper-metadata -- <papers.json> [--content content] [--overwrite] [--dry-run]
 * Writes papers' title, authors, venue and year from a side file ({ "<paper url>": { "title", "authors",
 * "venue"?, "year"?, "source": "<the page read>" } }) into the entries that list each paper, through the
 * entry writer; keeps a value an entry already has unless --overwrite; names the URLs no entry lists.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { applyPaperMetadata, paperMetadataFileSchema } from '../src/lib/content/apply-paper-metadata.ts';
import { readEntryFiles } from '../src/lib/content/content-files.ts';

const USAGE = 'usage: npm run apply-paper-metadata -- <papers.json> [--content content] [--overwrite] [--dry-run]';

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string', default: 'content' },
      overwrite: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const [path] = positionals;
  if (!path || positionals.length > 1) throw new Error(`name one JSON file of papers\n${USAGE}`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`${path}: not JSON (${error.message})`, { cause: error });
    throw error;
  }
  const parsed = paperMetadataFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `${path}: ${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`).join('\n'));
  }
  const { files, unreadable } = await readEntryFiles(values.content);
  for (const { file, message } of unreadable) console.warn(`skipped (unreadable entry; run npm run validate): ${file}: ${message}`);
  const { texts, changes, unknownUrls } = applyPaperMetadata(files, parsed.data, { overwrite: values.overwrite });
  for (const { file, field, source, written, kept } of changes) {
    if (written.length) console.log(`${file}: ${field}: wrote ${written.join(', ')} (read at ${source})`);
    for (const { field: name, entry, read } of kept) console.log(`${file}: ${field}.${name}: kept ${JSON.stringify(entry)}; ${source} gives ${JSON.stringify(read)} (--overwrite to take it)`);
  }
  for (const url of unknownUrls) console.log(`unknown: ${url} is no entry's paper (check the URL against the entries' papers[].url)`);
  if (!values['dry-run']) await Promise.all([...texts].map(([file, text]) => writeFile(file, text)));
  console.log(`${values['dry-run'] ? 'would write' : 'wrote'} ${texts.size} file(s); ${unknownUrls.length} unknown URL(s); run npm run validate next`);
});
