/**
 * The workflows' two gates end to end, on real git repositories in temporary folders: the pull request's
 * content-only fast path (scripts/content-only.ts) and the check of a bot's proposal (scripts/check-bot-change.ts).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CONTENT_ONLY = resolve('scripts/content-only.ts');
const CHECK_BOT_CHANGE = resolve('scripts/check-bot-change.ts');

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

describe('npm run check-bot-change', () => {
  /** A scratch worktree of the repository, as the workflows make one for the artifact to land in. */
  async function proposalTree() {
    const repo = await repository();
    const tree = join(repo.dir, '.proposal');
    repo.git('worktree', 'add', '-q', '--detach', tree);
    const write = async (files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) {
        await mkdir(dirname(join(tree, path)), { recursive: true });
        await writeFile(join(tree, path), text);
      }
    };
    return { tree, write };
  }
  const check = (tree: string, allow: string, body: string) => runScript(tmpdir(), CHECK_BOT_CHANGE, '--allow', allow, '--body', body, '--tree', tree);

  it('passes the weekly watch\'s new drafts and its description', async () => {
    const { tree, write } = await proposalTree();
    await write({ 'pull-request.md': 'report', 'content/llms/new-model.md': 'draft', 'content/vision/other-one.md': 'draft' });
    expect(await check(tree, 'new-entries', 'pull-request.md')).toMatchObject({ code: 0, stdout: '3 change(s), all a new-entries proposal may make\n' });
  });

  it('refuses an artifact that rewrites an existing entry or adds a symlink or a script, naming each', async () => {
    const { tree, write } = await proposalTree();
    await write({ 'pull-request.md': 'report', 'content/llms/aloe.md': 'rewritten', 'scripts/evil.ts': 'code' });
    await symlink('/etc/passwd', join(tree, 'content/llms/link.md'));
    const result = await check(tree, 'new-entries', 'pull-request.md');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: "content/llms/aloe.md" (modified): a new-entries proposal may only add new entry files');
    expect(result.stderr).toContain('error: "content/llms/link.md" (a symlink, added)');
    expect(result.stderr).toContain('error: "scripts/evil.ts" (added)');
    expect(result.stderr).toContain('refused: the new-entries proposal holds 3 change(s) its job may not make; nothing is proposed');
  });

  it('passes the metrics refresh\'s files, and refuses anything more', async () => {
    const { tree, write } = await proposalTree();
    await write({ 'refresh-report/pull-request.md': 'report', 'content/metrics.json': '{"a":1}\n', 'content/metrics-history.json': '{}\n', 'README.md': 'new list\n' });
    expect((await check(tree, 'metrics', 'refresh-report/pull-request.md')).code).toBe(0);
    await write({ 'content/llms/aloe.md': 'rewritten' });
    const result = await check(tree, 'metrics', 'refresh-report/pull-request.md');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: "content/llms/aloe.md" (modified): a metrics proposal may only write content/metrics.json, content/metrics-history.json, README.md');
  });

  it('says what it takes when --allow or --body is wrong, and fails outside a repository', async () => {
    const { tree } = await proposalTree();
    expect(await check(tree, 'everything', 'pull-request.md')).toMatchObject({ code: 1, stderr: expect.stringContaining('--allow takes new-entries or metrics, not "everything"') });
    expect(await runScript(tmpdir(), CHECK_BOT_CHANGE, '--allow', 'metrics', '--tree', tree)).toMatchObject({ code: 1, stderr: expect.stringContaining('--body names the file') });
    expect((await check(tmpdir(), 'metrics', 'x.md')).code).toBe(1);
  });
});
