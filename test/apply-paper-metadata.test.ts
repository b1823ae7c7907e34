/** npm run apply-paper-metadata on a copy of an entry: what it writes, what it reports, and the side file's errors as one line each. */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/apply-paper-metadata.ts', ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

async function contentWithBiogpt() {
  const dir = await mkdtemp(join(tmpdir(), 'apply-papers-'));
  await mkdir(join(dir, 'content', 'llms'), { recursive: true });
  await cp('test/fixtures/content/llms/biogpt.md', join(dir, 'content', 'llms', 'biogpt.md'));
  return dir;
}

it('writes the fields into the entry that lists the paper, names unknown URLs, and --dry-run writes nothing', async () => {
  const dir = await contentWithBiogpt();
  const papers = join(dir, 'papers.json');
  await writeFile(papers, JSON.stringify({
    'https://doi.org/10.1093/bib/bbac409': { title: 'BioGPT: generative pre-trained transformer for biomedical text generation and mining', authors: ['Renqian Luo', 'Liai Sun'], venue: 'Briefings in Bioinformatics', year: 2022, source: 'https://doi.org/10.1093/bib/bbac409' },
    'https://example.org/nowhere': { title: 'X', authors: ['A B'], source: 'https://example.org/nowhere' },
  }));
  const file = join(dir, 'content', 'llms', 'biogpt.md');
  const before = await readFile(file, 'utf8');
  const dry = await run([papers, '--content', join(dir, 'content'), '--dry-run']);
  expect(dry.stdout).toContain('would write 1 file(s); 1 unknown URL(s)');
  expect(await readFile(file, 'utf8')).toBe(before);
  const { code, stdout } = await run([papers, '--content', join(dir, 'content')]);
  expect(code).toBe(0);
  expect(stdout).toContain(`${file}: papers.0: wrote title, authors, venue, year (read at https://doi.org/10.1093/bib/bbac409)`);
  expect(stdout).toContain("unknown: https://example.org/nowhere is no entry's paper");
  expect(await readFile(file, 'utf8')).toContain('    title: "BioGPT: generative pre-trained transformer for biomedical text generation and mining"\n    authors: [Renqian Luo, Liai Sun]\n    venue: Briefings in Bioinformatics\n    year: 2022\n    semanticScholar: CorpusID:252542956\n');
});

it('refuses a side file that is not JSON or holds a bad field, in one line naming the file and the field, without a stack trace', async () => {
  const dir = await contentWithBiogpt();
  const papers = join(dir, 'papers.json');
  await writeFile(papers, '{ not json');
  const notJson = await run([papers, '--content', join(dir, 'content')]);
  expect(notJson.code).toBe(1);
  expect(notJson.stderr).toMatch(new RegExp(`^error: ${papers}: not JSON \\(`));
  await writeFile(papers, JSON.stringify({ 'https://doi.org/10.1093/bib/bbac409': { title: 'BioGPT', authors: ['Renqian Luo'], year: 'twenty', source: 'https://doi.org/x' } }));
  const badField = await run([papers, '--content', join(dir, 'content')]);
  expect(badField.code).toBe(1);
  expect(badField.stderr).toBe(`error: ${papers}: https://doi.org/10.1093/bib/bbac409.year: year must be a number, like year: 2024\n`);
});
