/** `npm run discover` as a process against the fake Hub, arXiv and Crossref: its report, --json, --write, the budget and its exit codes. */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { serializeEntry } from '../../src/lib/content/entry-file.ts';
import { arxivErrorFeed, crossrefFailure, daysAgo, startFakeWatchApis, type FakeWatchApis, type WatchFault, type WatchState } from './fake-watch-apis.ts';
import { KNOWN, world } from './world.ts';

let server: FakeWatchApis | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A content folder holding the two listed entries, valid as they are, and the fake services. */
async function project({ state = world(Date.now()), faults = [] as WatchFault[] }: { state?: WatchState; faults?: WatchFault[] } = {}) {
  server = await startFakeWatchApis({ state, faults });
  const content = await mkdtemp(join(tmpdir(), 'discover-cli-'));
  await mkdir(join(content, 'llms'));
  await writeFile(join(content, 'institutes.yaml'), '- name: EPFL\n- name: Google\n');
  const institutes = { meditron: ['EPFL'], medgemma: ['Google'] } as Record<string, string[]>;
  for (const { file, slug, frontMatter } of KNOWN) {
    await writeFile(join(content, file.replace(/^content\//, '')), serializeEntry({ ...frontMatter, institutes: institutes[slug]! }));
  }
  return { content, env: { ...process.env, ...server.env } };
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [script, ...args], { env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

const discover = (args: string[], env: NodeJS.ProcessEnv) => run('scripts/discover.ts', args, env);

it('prints a Markdown report for a pull request, naming each duplicate with its file, and counts the requests', async () => {
  const { content, env } = await project();
  const { code, stdout, stderr } = await discover(['--content', content], env);
  expect(code).toBe(0);
  expect(stdout).toMatch(/^## Weekly watch: 6 candidates\n/);
  expect(stdout).toContain('| 1 | [RadFM-2: A Radiology Foundation Model](https://arxiv.org/abs/2611.01234) | arXiv |');
  // The journal article names the listed paper as its preprint; the Hub model meditron-3-8b, which names it too, joins it.
  expect(stdout).toContain(`- Meditron: open medical foundation language models for low-resource settings: same arXiv id as ${join(content, 'llms', 'meditron.md')}`);
  expect(stdout).toContain('| [EchoNet-Next: an echocardiography foundation model](https://doi.org/10.1038/s41746-026-02000-2) | journal | 2025-08 |');
  expect(stdout).toContain('Asked the Hugging Face Hub: 12 of 20 requests; arXiv: 1 of 5 requests; Crossref: 1 of 5 requests.');
  expect(stderr).toContain('asked the Hugging Face Hub: 12 of 20 requests; arXiv: 1 of 5 requests; Crossref: 1 of 5 requests; 6 candidates, 3 already listed, 0 failed');
});

it('--json prints exactly the candidates, the skipped ones and the failures', async () => {
  const { content, env } = await project({ faults: [{ service: 'huggingface', match: 'author=google', times: Infinity, kind: 'status', status: 404 }] });
  const { code, stdout } = await discover(['--content', content, '--json'], env);
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as Record<string, Record<string, unknown>[]>;
  expect(Object.keys(report)).toEqual(['candidates', 'skipped', 'failed']);
  for (const candidate of report.candidates!) expect(Object.keys(candidate)).toEqual(['title', 'url', 'source', 'date', 'ids', 'score', 'why']);
  expect(report.candidates![0]).toEqual({
    title: 'RadFM-2: A Radiology Foundation Model',
    url: 'https://arxiv.org/abs/2611.01234',
    source: 'arxiv',
    date: daysAgo(3).slice(0, 10),
    ids: { huggingface: ['acme-health/RadFM-2-7B'], arxiv: '2611.01234', github: ['acme-health/radfm2'], doi: null },
    score: 49,
    why: '40 likes (+16), 1,200 downloads (+15), paper and weights (+15), code on GitHub (+3)',
  });
  expect(report.skipped).toContainEqual({ title: 'Meditron: open medical foundation language models for low-resource settings', duplicateOf: join(content, 'llms', 'meditron.md') });
  expect(report.failed).toEqual([{ source: 'huggingface', reason: 'author=google: HTTP 404 from /hf/api/models' }]);
});

it('--write drafts the top candidates, never over a file, and npm run validate names what each lacks', async () => {
  const { content, env } = await project();
  const copy = await mkdtemp(join(tmpdir(), 'discover-copy-'));
  await cp(content, copy, { recursive: true });
  const { code, stdout, stderr } = await discover(['--content', copy, '--write', '--top', '2'], env);
  expect(code).toBe(0);
  const drafts = [join(copy, 'vision', 'radfm-2-a-radiology-foundation-model.md'), join(copy, 'llms', 'medgemma-2-27b.md')];
  expect(stdout).toContain(`- \`${drafts[0]}\`\n- \`${drafts[1]}\``);
  expect(stderr).toContain('2 drafts written');
  const radfm = await readFile(drafts[0]!, 'utf8');
  expect(radfm).toContain("# Institutes suggested by the authors' affiliations (check them against content/institutes.yaml): Acme Hospital; Acme University");
  expect(radfm).toContain('title: "RadFM-2: A Radiology Foundation Model"');
  expect(radfm).toContain('huggingface: [acme-health/RadFM-2-7B]');

  const validate = await run('scripts/validate.ts', ['--content', copy], env);
  expect(validate.code).toBe(1);
  for (const draft of drafts) expect(validate.stdout).toMatch(new RegExp(`${draft.replaceAll('/', '\\/').replaceAll('.', '\\.')}:\\d+: institutes: institutes must be a list`));
  expect(validate.stdout).toContain('2 error(s)');

  // A second run finds the drafts on the list and writes nothing over them.
  const again = await discover(['--content', copy, '--write', '--top', '2'], env);
  expect(again.stdout).toContain(`same Hugging Face id as ${drafts[1]}`);
  expect(await readFile(drafts[0]!, 'utf8')).toBe(radfm);
});

it('exits 1 when every source failed: an empty watch is a failure, not "nothing new"', async () => {
  const { content, env } = await project({
    faults: [
      { service: 'huggingface', times: Infinity, kind: 'status', status: 403 },
      { service: 'arxiv', times: Infinity, kind: 'status', status: 400, body: arxivErrorFeed('malformed query') },
      { service: 'crossref', times: Infinity, kind: 'status', status: 400, body: crossrefFailure('parameter-not-allowed', 'select', 'This route does not support select') },
    ],
  });
  const { code, stdout, stderr } = await discover(['--content', content], env);
  expect(code).toBe(1);
  expect(stdout).toContain('- **the Hugging Face Hub**: no answer: filter=medical: HTTP 403 from /hf/api/models (and 11 more requests that failed)');
  expect(stdout).toContain('- **arXiv**: no answer: results 1 and on: arXiv says: malformed query');
  expect(stdout).toContain('- **Crossref**: no answer: results 1 and on: Crossref says: This route does not support select');
  expect(stderr).toContain('error: every source failed, so nothing was watched (this is not "nothing new")');
});

it('holds the Hub to 20 requests however many pages it offers', async () => {
  const hub = Array.from({ length: 3000 }, (_, i) => ({ id: `lab/med-model-${i}`, createdAt: daysAgo(i * 0.001), tags: ['medical', 'clinical', 'radiology', 'pathology', 'biomedical'] }));
  const { content, env } = await project({ state: { hub, papers: [] } });
  const { code, stdout } = await discover(['--content', content, '--json'], env);
  expect(code).toBe(0);
  expect(server!.requests).toEqual({ huggingface: 20, arxiv: 1, crossref: 1 });
  expect((JSON.parse(stdout) as { candidates: unknown[] }).candidates.length).toBeGreaterThan(100);
});

it('refuses a --days or --top that is not a whole number', async () => {
  const { content, env } = await project();
  const { code, stderr } = await discover(['--content', content, '--days', 'a week'], env);
  expect(code).toBe(1);
  expect(stderr).toContain('--days takes a whole number of at least 1, not a week');
  expect(server!.requests).toEqual({ huggingface: 0, arxiv: 0, crossref: 0 });
});
