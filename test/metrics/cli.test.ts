/** `npm run metrics` as a process: its output, exit codes, secrecy of tokens, and being killed part-way. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { serializeEntry } from '../../src/lib/content/entry-file.ts';
import { metricsFileSchema } from '../../src/lib/metrics/metrics.ts';
import { serializeMetrics } from '../../src/lib/metrics/metrics-file.ts';
import { emptyState, startFakeApis, type FakeApis, type Fault } from './fake-apis.ts';

const OLD = '2026-01-01T00:00:00.000Z';
const SECRETS = { GITHUB_TOKEN: 'ghp_SECRET_github_token_value', HF_TOKEN: 'hf_SECRET_hub_token_value', S2_API_KEY: 'SECRET_s2_key_value' };

let server: FakeApis | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function project(faults: Fault[] = [], fields: Record<string, unknown> = {}) {
  const state = emptyState();
  state.papers.set('CorpusID:1', 250);
  state.github.set('epfLLM/meditron', { stars: 2000 });
  state.hub.set('epfl-llm/meditron-70b', { likes: 230 });
  server = await startFakeApis({ state, faults });
  const content = await mkdtemp(join(tmpdir(), 'metrics-cli-'));
  await mkdir(join(content, 'llms'));
  await writeFile(join(content, 'institutes.yaml'), '- name: EPFL\n');
  const meditron = {
    title: 'MEDITRON-70B',
    date: '2023-11',
    institutes: ['EPFL'],
    papers: [
      { url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:1' },
      { url: 'https://arxiv.org/abs/2311.00001', semanticScholar: 'CorpusID:404' },
    ],
    huggingface: ['epfl-llm/meditron-70b'],
    github: ['epfLLM/meditron'],
    ...fields,
  };
  await writeFile(join(content, 'llms', 'meditron-70b.md'), serializeEntry(meditron));
  const metricsPath = join(content, 'metrics.json');
  const previous = metricsFileSchema.parse({
    github: { 'epfLLM/meditron': { stars: 1900, archived: false, fetchedAt: OLD } },
    huggingface: { 'epfl-llm/meditron-70b': { likes: 200, fetchedAt: OLD } },
    semanticScholar: { 'CorpusID:1': { citations: 200, fetchedAt: OLD } },
  });
  await writeFile(metricsPath, serializeMetrics(previous));
  const env = { ...process.env, ...server.env, ...SECRETS };
  return { content, metricsPath, previous, env };
}

/** SIGKILL, as a crash or a cancelled job would; resolves once the process is gone (or was already). */
async function killNow(child: ChildProcess) {
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}

function runMetrics(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['scripts/metrics.ts', ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

it('prints a summary per service and what to fix, and never prints or writes a token', async () => {
  const { content, metricsPath, env } = await project();
  const { code, stdout, stderr } = await runMetrics(['--content', content], env);
  expect(code).toBe(0);
  expect(stdout).toContain('semanticscholar: 2 asked in 1 request(s): 1 updated, 0 unchanged, 0 kept after failure, 0 failed with no value yet, 1 not found');
  expect(stdout).toContain('github: 1 asked in 1 request(s): 1 updated');
  expect(stdout).toContain('huggingface: 1 asked in 1 request(s): 1 updated');
  expect(stdout).toContain(`  not found: ${join(content, 'llms', 'meditron-70b.md')}: papers.1.semanticScholar: semanticscholar says CorpusID:404 does not exist (fix or remove it)`);
  expect(stderr).toBe(''); // not a TTY: no progress lines
  const written = await readFile(metricsPath, 'utf8');
  for (const secret of Object.values(SECRETS)) {
    expect(stdout + stderr + written).not.toContain(secret);
  }
  // The tokens were used, though: as headers, one per service.
  expect(server!.log.find((r) => r.service === 'github')!.headers.authorization).toBe(`Bearer ${SECRETS.GITHUB_TOKEN}`);
  expect(server!.log.find((r) => r.service === 'huggingface')!.headers.authorization).toBe(`Bearer ${SECRETS.HF_TOKEN}`);
  expect(server!.log.find((r) => r.service === 'semanticscholar')!.headers['x-api-key']).toBe(SECRETS.S2_API_KEY);
});

it("says where an entry's licence is not the one the Hub states for its model, and not where they agree", async () => {
  const { content, env } = await project([], { license: 'MIT' });
  server!.state.hub.set('epfl-llm/meditron-70b', { likes: 230, info: { cardData: { license: 'llama2' } } });
  const { code, stdout } = await runMetrics(['--content', content], env);
  expect(code).toBe(0);
  expect(stdout).toContain(
    `  licence differs: ${join(content, 'llms', 'meditron-70b.md')}: license: MIT (MIT) here, but Hub states llama-2-community for epfl-llm/meditron-70b: read the model card and correct one of them`,
  );
  const file = join(content, 'llms', 'meditron-70b.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace('license: MIT', 'license: llama-2-community'));
  expect((await runMetrics(['--content', content], env)).stdout).not.toContain('licence differs');
});

it('shows progress per service on a terminal (here a pseudo-terminal from util-linux script)', async () => {
  const { content, env } = await project();
  const command = `${process.execPath} scripts/metrics.ts --content ${content}`;
  const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], { env });
  const screen = stdout.replaceAll('\u001b[K', '') // erase-line codes;
  expect(screen).toContain('\rsemanticscholar: 2/2');
  expect(screen).toContain('\rgithub: 1/1');
  expect(screen).toContain('\rhuggingface: 1/1');
});

it('exits non-zero with --strict when anything failed, and --only asks one service', async () => {
  const { content, metricsPath, previous, env } = await project();
  const strict = await runMetrics(['--content', content, '--strict', '--only', 'semanticscholar'], env);
  expect(strict.code).toBe(1);
  expect(server!.requests).toEqual({ semanticscholar: 1, github: 0, huggingface: 0 });
  const file = metricsFileSchema.parse(JSON.parse(await readFile(metricsPath, 'utf8')));
  expect(file.github).toEqual(previous.github);
  expect(file.semanticScholar['CorpusID:1']!.citations).toBe(250);
});

it('--if-older-than refreshes numbers older than that many hours, and leaves fresher ones alone', async () => {
  const { content, metricsPath, env } = await project();
  const stale = await runMetrics(['--content', content, '--if-older-than', '24'], env);
  expect(stale.code).toBe(0);
  expect(server!.requests).toEqual({ semanticscholar: 1, github: 1, huggingface: 1 });
  const refreshed = await readFile(metricsPath, 'utf8');
  const fresh = await runMetrics(['--content', content, '--if-older-than', '24'], env);
  expect(fresh.stdout).toMatch(/metrics\.json was refreshed 0\.\d h ago \(under 24 h\): nothing to do/);
  expect(server!.requests).toEqual({ semanticscholar: 1, github: 1, huggingface: 1 });
  expect(await readFile(metricsPath, 'utf8')).toBe(refreshed);
  const wrong = await runMetrics(['--content', content, '--if-older-than', 'a day'], env);
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain('--if-older-than takes a number of hours, not a day');
});

it('--dry-run shows what would be asked and asks nothing', async () => {
  const { content, metricsPath, env } = await project();
  const before = await readFile(metricsPath, 'utf8');
  const { code, stdout } = await runMetrics(['--content', content, '--dry-run'], env);
  expect(code).toBe(0);
  expect(stdout).toContain(`semanticscholar: POST ${server!.env.S2_API_URL}/graph/v1/paper/batch?fields=citationCount,title,authors,venue,year,publicationDate,openAccessPdf,externalIds for 2 ids in 1 request(s)`);
  expect(stdout).toContain(`github: POST ${server!.env.GITHUB_API_URL}/graphql for 1 repositories in 1 request(s) (GITHUB_TOKEN set)`);
  expect(server!.requests).toEqual({ semanticscholar: 0, github: 0, huggingface: 0 });
  expect(await readFile(metricsPath, 'utf8')).toBe(before);
});

it('killed part-way, leaves a whole file that keeps what finished services brought and the old values of the rest', async () => {
  const { content, metricsPath, previous, env } = await project([{ service: 'huggingface', times: Infinity, kind: 'hang' }]);
  const child = spawn(process.execPath, ['scripts/metrics.ts', '--content', content], { env, stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const file = metricsFileSchema.parse(JSON.parse(await readFile(metricsPath, 'utf8')));
    if (file.semanticScholar['CorpusID:1']!.citations === 250 && file.github['epfLLM/meditron']!.stars === 2000) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  expect(child.exitCode).toBe(null); // still waiting on the Hub
  await killNow(child);
  const after = metricsFileSchema.parse(JSON.parse(await readFile(metricsPath, 'utf8')));
  expect(after.semanticScholar['CorpusID:1']!.citations).toBe(250);
  expect(after.github['epfLLM/meditron']!.stars).toBe(2000);
  expect(after.huggingface).toEqual(previous.huggingface);
});

it('killed at any moment, leaves the old file or a new one, never a broken one', async () => {
  const { content, metricsPath, env } = await project();
  for (const delay of [0, 40, 80, 120, 160, 200, 260, 320]) {
    const child = spawn(process.execPath, ['scripts/metrics.ts', '--content', content], { env, stdio: 'ignore' });
    await new Promise((done) => setTimeout(done, delay));
    await killNow(child);
    const text = await readFile(metricsPath, 'utf8');
    expect(() => metricsFileSchema.parse(JSON.parse(text)), `killed after ${delay} ms`).not.toThrow();
  }
});
