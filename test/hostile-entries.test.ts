/**
 * An entry file is data, never code: a front matter that asks for a JavaScript engine (`---js`) is
 * refused by every script that reads entries, with the validator's message, and its code never runs
 * (gray-matter, read before, ran it). The one bad file is skipped; the good one is still read.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

let content: string;
let marker: string;
const REFUSAL = 'llms/evil.md:1: (file): no front matter: the file must start with a line ---';

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'hostile-'));
  marker = join(content, 'the-code-ran');
  await cp('test/fixtures/content/institutes.yaml', join(content, 'institutes.yaml'));
  await mkdir(join(content, 'llms'));
  // No URL in the good entry: the link checker has nothing to ask.
  await writeFile(join(content, 'llms', 'good.md'), '---\ntitle: Good\ndate: 2024-01\ninstitutes: [EPFL]\naccess: open-weights\nmodalities: [text]\nspecialties: [general]\n---\n');
  const payload = `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, String(Object.keys(process.env).length))`;
  await writeFile(join(content, 'llms', 'evil.md'), `---js\n{ title: (${payload}, 'Evil'), date: '2024-01', institutes: ['EPFL'] }\n---\n`);
  await writeFile(join(content, 'README.md'), '<!-- list:start -->\n<!-- list:end -->\n');
});

const run = (script: string, args: string[]) =>
  promisify(execFile)(process.execPath, [`scripts/${script}.ts`, ...args], { env: { ...process.env, GITHUB_TOKEN: 'secret-token' } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );

describe.each([
  ['validate', () => []],
  ['metrics', () => ['--dry-run']],
  ['links', () => ['--timeout', '1']],
  ['readme', () => ['--readme', join(content, 'README.md')]],
  ['import', () => ['test/fixtures/awesome-medical-llms-README.md', '--candidates', '--out', content]],
] as const)('npm run %s on a ---js front matter', (script, extraArgs) => {
  it('refuses the file with the validator\'s message and never runs its code', async () => {
    await rm(marker, { force: true });
    const { output } = await run(script, [...(script === 'import' ? [] : ['--content', content]), ...extraArgs()]);
    expect(existsSync(marker), `the front matter's JavaScript ran in ${script}`).toBe(false);
    expect(output).toContain(join(content, REFUSAL));
    expect(output).not.toMatch(/^\s+at /m);
  });
});

it('metrics --dry-run still plans the good entry', async () => {
  const { code, output } = await run('metrics', ['--content', content, '--dry-run']);
  expect(code).toBe(0);
  expect(output).toContain(`skipped (invalid entry; run npm run validate): ${join(content, REFUSAL)}`);
  expect(output).toContain('dry run: nothing was asked and nothing was written');
  expect(await readFile(join(content, 'llms', 'good.md'), 'utf8')).toContain('title: Good');
});
