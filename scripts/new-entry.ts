/**
 * npm run new-entry [-- --section llms --title ... --date 2024-05 --institute EPFL --paper <url> ...]
 * Writes a new entry file with a unique slug, deriving ids from URLs; asks for what is missing when
 * run in a terminal; never overwrites; then validates it like `npm run validate`.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { runCli } from './cli.ts';
import { entryPath, serializeEntry, writeEntryFile } from '../src/lib/content/entry-file.ts';
import { loadInstituteIndex, readEntryFileInputs } from '../src/lib/content/content-files.ts';
import { draftEntry, missingAnswers, type NewEntryAnswers } from '../src/lib/content/new-entry.ts';
import { monthOf, SECTIONS } from '../src/lib/content/schema.ts';
import { formatFinding, validateEntryFiles } from '../src/lib/content/validate.ts';

const USAGE =
  'usage: npm run new-entry -- --section llms|vision|surveys|articles --title T --date YYYY-MM --institute NAME... ' +
  '[--summary S] [--paper URL]... [--huggingface ID]... [--github OWNER/REPO]... [--link LABEL=URL]... [--content content]';

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      section: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      date: { type: 'string' },
      paper: { type: 'string', multiple: true, default: [] },
      institute: { type: 'string', multiple: true, default: [] },
      huggingface: { type: 'string', multiple: true, default: [] },
      github: { type: 'string', multiple: true, default: [] },
      link: { type: 'string', multiple: true, default: [] },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const institutes = await loadInstituteIndex(values.content);
  const answers: NewEntryAnswers = {
    section: values.section,
    title: values.title,
    summary: values.summary,
    date: values.date,
    papers: values.paper,
    institutes: values.institute,
    huggingface: values.huggingface,
    github: values.github,
    links: values.link,
  };

  const missing = missingAnswers(answers);
  if (missing.length && !process.stdin.isTTY) throw new Error(`missing ${missing.map((m) => `--${m === 'institutes' ? 'institute' : m}`).join(', ')}\n${USAGE}`);
  if (missing.length) {
    const ask = createInterface({ input: process.stdin, output: process.stdout });
    try {
      answers.section ||= (await ask.question(`Section (${SECTIONS.join(', ')}): `)).trim();
      answers.title ||= (await ask.question('Title (the name as shown): ')).trim();
      answers.summary ||= (await ask.question('Summary (one line, optional): ')).trim();
      answers.date ||= (await ask.question(`Publication month YYYY-MM [${monthOf(new Date())}]: `)).trim() || monthOf(new Date());
      if (answers.papers.length === 0) answers.papers = [(await ask.question('Paper URL (optional): ')).trim()].filter(Boolean);
      while (answers.institutes.length === 0) {
        const names = (await ask.question('Institutes, comma-separated: ')).split(',').map((n) => n.trim()).filter(Boolean);
        for (const name of names) {
          if (institutes.has(name)) continue;
          const suggestions = institutes.suggest(name);
          if (suggestions.length) console.log(`  "${name}" is not known; known names close to it: ${suggestions.join(', ')}`);
        }
        answers.institutes = names;
      }
    } finally {
      ask.close();
    }
  }

  const taken = new Set<string>();
  for (const section of SECTIONS) {
    const folder = join(values.content, section);
    if (existsSync(folder)) for (const name of await readdir(folder)) if (name.endsWith('.md')) taken.add(name.slice(0, -3));
  }
  const draft = draftEntry(answers, institutes, taken);
  const path = entryPath(values.content, draft.section, draft.slug);
  if ((await writeEntryFile(path, serializeEntry(draft.data))) !== 'created') throw new Error(`${path} exists; not overwritten`);
  console.log(`wrote ${path}`);
  for (const note of draft.notes) console.log(`  ${note}`);

  // Checked with every other entry, so a paper or repository already on the list is caught too; the
  // new file goes last, so a clash is reported on it.
  const inputs = await readEntryFileInputs(values.content);
  const ordered = [...inputs.filter((input) => input.file !== path), ...inputs.filter((input) => input.file === path)];
  const findings = validateEntryFiles(ordered, { institutes }).findings.filter((f) => f.file === path);
  for (const finding of findings) console.log(formatFinding(finding));
  if (findings.some((f) => f.severity === 'error')) {
    console.log(`fix the problems above in ${path}, then run npm run validate`);
    process.exitCode = 1;
  } else console.log('valid; run npm run validate to check it against the other entries');
});
