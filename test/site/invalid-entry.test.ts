/** `astro build` on content with a broken entry stops and names the file, the line and the field, as validate does. */
import { cp, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';

/** The project's sources and content in a temporary folder, sharing node_modules. */
async function copyOfProject() {
  const project = await mkdtemp(join(tmpdir(), 'site-'));
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(part, join(project, part), { recursive: true });
  }
  await symlink(resolve('node_modules'), join(project, 'node_modules'));
  return project;
}

/** Builds a project folder; whether it failed, and what it printed. */
const buildIn = (project: string) =>
  astroBuild({ cwd: project }).then(
    () => ({ failed: false, output: '' }),
    (error: { stdout: string; stderr: string }) => ({ failed: true, output: error.stdout + error.stderr }),
  );

it('fails the build with the file, the field and the fix, and no stack trace, an entry too large to draw included', async () => {
  const project = await copyOfProject();
  await writeFile(
    join(project, 'content/llms/broken.md'),
    '---\ntitle: Broken\ndate: 2023-13\ninstitutes: [EPFL Lausane]\n---\n',
  );
  // Read as Infinity, this size once passed and stalled the log axis of the benchmark's chart until RangeError.
  await cp('test/fixtures/invalid/parameters-too-large.md', join(project, 'content/llms/endless.md'));
  const result = await buildIn(project);
  expect(result.failed).toBe(true);
  expect(result.output).toContain('problem(s) in the entries (npm run validate shows the same)');
  expect(result.output).toContain('content/llms/endless.md:5: parameters: parameters "99999999999999999999…9T" is not between 1K and 100T');
  expect(result.output).toContain('content/llms/broken.md:3: date: date "2023-13" is not a real month: write YYYY-MM, like 2023-11');
  expect(result.output).toContain('content/llms/broken.md:4: institutes.0: unknown institute "EPFL Lausane" (did you mean "EPFL"?');
  expect(result.output).not.toMatch(/^\s+at /m); // the problems, not a stack trace
});

it('fails the build when two entries share a paper, as validate does', async () => {
  const project = await copyOfProject();
  await writeFile(
    join(project, 'content/surveys/meditron-again.md'),
    '---\ntitle: Meditron again\ndate: 2023-11\ninstitutes: [EPFL]\npapers:\n  - url: https://arxiv.org/pdf/2311.16079.pdf\n---\n',
  );
  const result = await buildIn(project);
  expect(result.failed).toBe(true);
  expect(result.output).toContain(
    'content/surveys/meditron-again.md:6: papers.0.url: the same paper is also in content/llms/meditron-70b.md (papers.0.url); merge the two entries or correct the URL',
  );
});

it('fails the build on what only a careful YAML reader sees: aliases and duplicate keys', async () => {
  const project = await copyOfProject();
  await cp('test/fixtures/invalid/yaml-alias.md', join(project, 'content/llms/yaml-alias.md'));
  await cp('test/fixtures/invalid/duplicate-key.md', join(project, 'content/vision/duplicate-key.md'));
  const result = await buildIn(project);
  expect(result.failed).toBe(true);
  expect(result.output).toContain('content/llms/yaml-alias.md:3: (file): YAML aliases (*name) are not allowed in entries (write the value out)');
  expect(result.output).toContain('content/vision/duplicate-key.md:4: (file): a field appears twice (keep one)');
});

it('fails the build on a symbolic link under content/, naming it, without reading what it points to', async () => {
  const project = await copyOfProject();
  await symlink(resolve('content/llms/meditron-70b.md'), join(project, 'content/llms/linked.md'));
  const result = await buildIn(project);
  expect(result.failed).toBe(true);
  expect(result.output).toContain('content/llms/linked.md:1: (file): this is a symbolic link, which content/ may not hold and is never followed (replace the symlink with the file or folder itself)');
  expect(result.output).not.toContain('the same paper is also in');
  expect(result.output).not.toMatch(/^\s+at /m);
});
