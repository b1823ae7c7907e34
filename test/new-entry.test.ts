/** `npm run new-entry` with flags, into a copy of the content. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

async function run(args: string[]) {
  return promisify(execFile)(process.execPath, ['scripts/new-entry.ts', ...args]).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

it('writes a valid entry with derived ids, never overwrites, and catches a paper already on the list', async () => {
  const content = await mkdtemp(join(tmpdir(), 'new-entry-'));
  await cp('content', content, { recursive: true });
  const flags = ['--content', content, '--section', 'llms', '--title', 'MedNew 27B', '--date', '2025-07', '--institute', 'Google'];
  const first = await run([...flags, '--paper', 'https://arxiv.org/pdf/2507.99901v1.pdf', '--link', 'https://huggingface.co/some-lab/mednew-27b-it']);
  expect(first.code).toBe(0);
  const path = join(content, 'llms', 'mednew-27b.md');
  expect(first.stdout).toContain(`wrote ${path}`);
  expect(first.stdout).toContain('valid; run npm run validate');
  expect(await readFile(path, 'utf8')).toBe(`---
title: MedNew 27B
date: 2025-07
institutes: [Google]
papers:
  - url: https://arxiv.org/abs/2507.99901
    semanticScholar: ARXIV:2507.99901
huggingface: [some-lab/mednew-27b-it]
---
`);
  const again = await run([...flags, '--paper', 'https://arxiv.org/abs/2311.16079']);
  expect(again.code).toBe(1);
  expect(again.stdout).toContain(`wrote ${join(content, 'llms', 'mednew-27b-2.md')}`);
  expect(again.stdout).toContain('papers.0.url: the same paper is also in');
  expect(await readFile(path, 'utf8')).toContain('ARXIV:2507.99901'); // the first file is untouched
});

it('names the missing flags when it cannot ask', async () => {
  const result = await run(['--title', 'X']);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('error: missing --section, --date, --institute');
});
