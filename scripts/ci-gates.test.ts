/**
 * The workflows' gates end to end, on real git repositories in temporary folders: the pull request's
 * content-only fast path (scripts/content-only.ts).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CONTENT_ONLY = resolve('scripts/content-only.ts');

async function runScript(cwd: string, script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** A repository with a few of the project's files, committed; `git` runs in it and `write` adds or changes files. */
async function repository() {
  const dir = await mkdtemp(join(tmpdir(), 'ci-gates-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  const write = async (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
  };
  git('init', '-q', '-b', 'main');
  await write({ 'content/llms/aloe.md': '---\ntitle: Aloe\n---\n', 'content/institutes.yaml': '[]\n', 'content/metrics.json': '{}\n', 'README.md': 'list\n', 'test/content.test.ts': 'test\n' });
  git('add', '--all');
  git('commit', '-qm', 'base');
  const commit = (message: string) => {
    git('add', '--all');
    git('commit', '-qm', message);
  };
  return { dir, git, write, commit, base: git('rev-parse', 'HEAD') };
}

describe('npm run content-only', () => {
  const decide = (dir: string, base: string) => runScript(dir, CONTENT_ONLY, '--base', base);

  it('takes the fast path for a new entry and a registry change', async () => {
    const repo = await repository();
    await repo.write({ 'content/llms/new-model.md': '---\ntitle: New\n---\n', 'content/institutes.yaml': '[{ name: X }]\n' });
    repo.commit('entry');
    expect(await decide(repo.dir, repo.base)).toMatchObject({ code: 0, stdout: 'content-only=true\n' });
  });

  it('runs the whole suite when a test is moved into content/, which --name-only shows as a content file alone', async () => {
    const repo = await repository();
    repo.git('mv', 'test/content.test.ts', 'content/llms/content.md');
    repo.commit('move');
    expect(repo.git('diff', '--name-only', `${repo.base}...HEAD`)).toBe('content/llms/content.md');
    const result = await decide(repo.dir, repo.base);
    expect(result).toMatchObject({ code: 0, stdout: 'content-only=false\n' });
    expect(result.stderr).toContain('"test/content.test.ts" -> "content/llms/content.md" (renamed) is not an entry or registry under content/');
  });

  it('runs the whole suite for a deleted test and for a symlink at an entry\'s path', async () => {
    const repo = await repository();
    repo.git('rm', '-q', 'test/content.test.ts');
    repo.commit('delete');
    expect((await decide(repo.dir, repo.base)).stdout).toBe('content-only=false\n');
    const linked = await repository();
    await symlink('../../test/content.test.ts', join(linked.dir, 'content/llms/link.md'));
    linked.commit('link');
    expect((await decide(linked.dir, linked.base)).stdout).toBe('content-only=false\n');
  });

  it('fails closed, exiting 0 with false, on an empty change, a base git does not have, a base that is no commit id, and outside a repository', async () => {
    const repo = await repository();
    const empty = await decide(repo.dir, repo.base);
    expect(empty).toMatchObject({ code: 0, stdout: 'content-only=false\n' });
    expect(empty.stderr).toContain('git reports no changed file');
    const unknown = await decide(repo.dir, 'b'.repeat(40));
    expect(unknown).toMatchObject({ code: 0, stdout: 'content-only=false\n' });
    expect(unknown.stderr).toContain('the change could not be read, so the whole suite runs');
    expect(await decide(repo.dir, '')).toMatchObject({ code: 0, stdout: 'content-only=false\n', stderr: expect.stringContaining('--base takes the full commit id') });
    expect(await decide(repo.dir, 'HEAD~1')).toMatchObject({ code: 0, stdout: 'content-only=false\n' });
    expect((await decide(tmpdir(), repo.base)).stdout).toBe('content-only=false\n');
  });
});
