/** The import command end to end: the real seed README through the real script, into a temporary folder. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const SEED = 'test/fixtures/awesome-medical-llms-README.md';

async function importInto(out: string, ...flags: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/import.ts', SEED, '--out', out, ...flags]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

it('writes 45 files, changes nothing on a second run, and keeps a hand-edited file unless forced', async () => {
  const out = await mkdtemp(join(tmpdir(), 'import-'));
  const first = await importInto(out);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('45 created, 0 unchanged, 0 overwritten, 0 kept; 5 warning(s)');
  expect(first.stderr.split('\n').filter(Boolean)).toHaveLength(5);
  expect(first.stderr).toContain(`warning: ${SEED}:17 (MedGemma): github:`);

  const second = await importInto(out);
  expect(second.stdout).toContain('0 created, 45 unchanged, 0 overwritten, 0 kept');

  const edited = join(out, 'llms', 'meditron-70b.md');
  const original = await readFile(edited, 'utf8');
  await writeFile(edited, original.replace('EPFL Lausanne', 'EPFL'));
  const third = await importInto(out);
  expect(third.stdout).toContain(`kept ${edited}: it differs from the import (edited by hand?); --force overwrites it`);
  expect(third.stdout).toContain('0 created, 44 unchanged, 0 overwritten, 1 kept');
  expect(await readFile(edited, 'utf8')).toContain('institutes: [EPFL]');

  const forced = await importInto(out, '--force');
  expect(forced.stdout).toContain('0 created, 44 unchanged, 1 overwritten, 0 kept');
  expect(await readFile(edited, 'utf8')).toBe(original);
});

it('never overwrites the reviewed content in content/', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'content-'));
  await cp('content', copy, { recursive: true });
  const result = await importInto(copy);
  expect(result.stdout).toMatch(/0 created, \d+ unchanged, 0 overwritten, \d+ kept/);
  const reviewed = await readFile(join(copy, 'llms', 'meditron-70b.md'), 'utf8');
  expect(reviewed).toBe(await readFile('content/llms/meditron-70b.md', 'utf8'));
});

it('answers a missing file or a wrong flag with one line, not a stack trace', async () => {
  const missing = await run(process.execPath, ['scripts/import.ts', 'no-such-README.md']).catch((e) => e);
  expect(missing.code).toBe(1);
  expect(missing.stderr.trim()).toBe('error: no-such-README.md: no such file');
  const wrong = await run(process.execPath, ['scripts/import.ts', SEED, '--outt', 'x']).catch((e) => e);
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain("Unknown option '--outt'");
  expect(wrong.stderr).toContain('usage: npm run import');
  expect(wrong.stderr).not.toMatch(/\n\s+at /);
});
