/** The committed README: its list is what `npm run readme` makes of the committed content. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Table } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { expect, it } from 'vitest';
import { readEntryFiles } from '../src/lib/content/content-files.ts';
import { SECTIONS } from '../src/lib/content/schema.ts';
import { LIST_END, LIST_START } from '../src/lib/views/readme-list.ts';

it('is up to date with content/ (run npm run readme after changing an entry)', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/readme.ts', '--check']);
  expect(stdout.trim()).toBe('README.md is up to date');
});

it('holds one table per section with every entry, between the markers', async () => {
  const readme = await readFile('README.md', 'utf8');
  const list = readme.slice(readme.indexOf(LIST_START), readme.indexOf(LIST_END));
  const tables = remark().use(remarkGfm).parse(list).children.filter((node): node is Table => node.type === 'table');
  const { files } = await readEntryFiles('content');
  expect(tables.map((table) => table.children.length - 1)).toEqual(SECTIONS.map((section) => files.filter((file) => file.section === section).length));
  expect(tables.map((table) => table.children[0]!.children.length)).toEqual([4, 4, 4, 3, 3]);
});

it('fails --check when the list is stale, without touching the file', async () => {
  const stale = join(await mkdtemp(join(tmpdir(), 'readme-')), 'README.md');
  const before = (await readFile('README.md', 'utf8')).replace('| 2023-11 |', '| 2023-12 |');
  await writeFile(stale, before);
  const result = await promisify(execFile)(process.execPath, ['scripts/readme.ts', '--check', '--readme', stale]).catch(
    (error: { code: number; stderr: string }) => error,
  );
  expect((result as { code: number }).code).toBe(1);
  expect((result as { stderr: string }).stderr).toContain(`${stale} is out of date with content/: run npm run readme and commit the result`);
  expect(await readFile(stale, 'utf8')).toBe(before);
});
