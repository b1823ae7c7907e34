/**
 * The workflows' privileges, as a reviewer would check them: every action pinned to a commit with its
 * tag beside it (and Dependabot to move the pins), credentials kept only by a checkout that pushes,
 * write permissions only on the job that needs them and never where the project's code runs with the
 * API keys, a timeout on every step that goes over the network; and every install script of a
 * dependency reviewed in package.json's allowScripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SECTIONS } from '../src/lib/content/vocabulary.ts';
import { METRICS_REFRESH_CRON } from '../src/lib/metrics/schedule.ts';

interface Step { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; 'timeout-minutes'?: number }
interface Job { permissions?: Record<string, string>; steps: Step[]; needs?: string | string[]; if?: string }
interface Workflow { on?: { schedule?: { cron: string }[] }; permissions?: Record<string, string>; jobs: Record<string, Job> }

const DIR = '.github/workflows';
const workflows = readdirSync(DIR).map((name) => {
  const text = readFileSync(join(DIR, name), 'utf8');
  return { name, text, workflow: parse(text) as Workflow };
});
const writes = (permissions: Record<string, string> = {}) => Object.entries(permissions).filter(([, level]) => level === 'write').map(([scope]) => scope);
const NETWORK_RUN = /\bnpm (ci|run (--silent )?(metrics|links|discover))\b/;
const READS_ENTRIES = /\bnpm run (--silent )?(metrics|discover)\b/;

describe.each(workflows)('$name', ({ text, workflow }) => {
  const jobs = Object.entries(workflow.jobs);

  it('pins every action to a full commit SHA, with its tag in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
  });

  it('grants nothing but read at the top, and writes only in jobs that run none of the project\'s code or keys', () => {
    expect(writes(workflow.permissions)).toEqual([]);
    for (const [name, job] of jobs) {
      const written = writes(job.permissions);
      if (!written.length) continue;
      const runsProjectCode = job.steps.some((step) => /\bnpm\b/.test(step.run ?? ''));
      const holdsKeys = job.steps.some((step) => Object.values(step.env ?? {}).some((value) => /secrets\./.test(value)));
      expect({ job: name, runsProjectCode, holdsKeys }).toEqual({ job: name, runsProjectCode: false, holdsKeys: false });
    }
  });

  it('keeps checkout credentials only where the job pushes', () => {
    for (const [, job] of jobs) {
      const pushes = writes(job.permissions).includes('contents');
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
        expect(step.with?.['persist-credentials'] ?? true).toBe(pushes);
      }
    }
  });

  it('bounds every step that goes over the network', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps.filter((s) => s.uses || NETWORK_RUN.test(s.run ?? ''))) {
        expect(step['timeout-minutes'], step.uses ?? step.run).toBeGreaterThan(0);
      }
    }
  });

  it('validates the entries before it refreshes the metrics or watches for new ones', () => {
    for (const [, job] of jobs) {
      const refresh = job.steps.findIndex((step) => READS_ENTRIES.test(step.run ?? ''));
      if (refresh < 0) continue;
      expect(job.steps.slice(0, refresh).some((step) => /npm run validate/.test(step.run ?? ''))).toBe(true);
    }
  });
});

it('gives pages: write and id-token: write to the deploy job alone', () => {
  const { workflow } = workflows.find((w) => w.name === 'deploy.yml')!;
  const withPages = Object.entries(workflow.jobs).filter(([, job]) => writes(job.permissions).includes('pages')).map(([name]) => name);
  expect(withPages).toEqual(['deploy']);
  expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
});

it('has the weekly watch open or update one pull request of drafts, and merge nothing', () => {
  const { text, workflow } = workflows.find((w) => w.name === 'discover.yml')!;
  const proposals = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.startsWith('peter-evans/create-pull-request@')));
  expect(proposals).toHaveLength(1);
  expect(proposals[0]!.with).toMatchObject({ branch: 'automation/discover', 'body-path': 'pull-request.md' });
  // Entry files alone: a draft is committed only if it is a new file under a section (the check job's rule).
  expect(proposals[0]!.with!['add-paths']).toBe(SECTIONS.map((section) => `content/${section}/*.md\n`).join(''));
  expect(text).not.toMatch(/\bmerge\b|auto-merge/i);
  expect(text).toMatch(/npm run --silent discover -- --write/);
  // The journals' base URL, and nothing more: no secret, no other setting reaches the watch.
  const watch = workflow.jobs.watch!.steps.find((step) => /npm run --silent discover/.test(step.run ?? ''))!;
  expect(watch.env).toEqual({ CROSSREF_API_URL: 'https://api.crossref.org' });
});

it('has Dependabot move the action pins', () => {
  const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { updates: { 'package-ecosystem': string }[] };
  expect(config.updates.map((update) => update['package-ecosystem'])).toContain('github-actions');
});

it('reviews every install script the lockfile has in package.json allowScripts (npm 12 skips the others)', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
  const { allowScripts = {} } = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean> };
  const withScripts = Object.entries(lock.packages).filter(([, info]) => info.hasInstallScript).map(([path]) => path.split('node_modules/').at(-1)!);
  expect(withScripts.sort()).toEqual(['esbuild', 'node']);
  for (const name of withScripts) expect(allowScripts[name], `${name} is not reviewed in allowScripts`).toBe(true);
});

const isCheckout = (step: Step) => Boolean(step.uses?.startsWith('actions/checkout@'));
const isDownload = (step: Step) => Boolean(step.uses?.startsWith('actions/download-artifact@'));

describe.each([
  { name: 'discover.yml', allow: 'new-entries', body: 'pull-request.md' },
  { name: 'metrics.yml', allow: 'metrics', body: 'refresh-report/pull-request.md' },
])('$name checks its artifact before the pull request is opened', ({ name, allow, body }) => {
  const { workflow } = workflows.find((w) => w.name === name)!;
  const jobs = Object.entries(workflow.jobs);
  const [proposeName, propose] = jobs.find(([, job]) => job.steps.some((step) => step.uses?.startsWith('peter-evans/create-pull-request@')))!;
  const [checkName, check] = jobs.find(([, job]) => job.steps.some((step) => /\bcheck-bot-change\b/.test(step.run ?? ''))) ?? ['(none)', { steps: [] }];

  it('in a job of its own, which the proposing job waits for', () => {
    expect(check.steps.length, 'no job runs check-bot-change').toBeGreaterThan(0);
    expect(checkName).not.toBe(proposeName);
    expect([propose.needs].flat()).toContain(checkName);
    expect(writes(check.permissions)).toEqual([]);
  });

  it('on the artifact the proposing job commits, unpacked on a scratch worktree, never over the checker\'s own files', () => {
    const proposed = propose.steps.find(isDownload)!.with!.name;
    const downloads = check.steps.filter(isDownload);
    expect(downloads).toHaveLength(1);
    expect(downloads.map((step) => step.with)).toEqual([{ name: proposed, path: '${{ runner.temp }}/proposal' }]);
    const worktree = check.steps.findIndex((step) => step.run === 'git worktree add --detach "$RUNNER_TEMP/proposal"');
    expect(worktree).toBeGreaterThan(check.steps.findIndex(isCheckout));
    expect(worktree).toBeLessThan(check.steps.indexOf(downloads[0]!));
  });

  it(`with --allow ${allow}, before any package is installed`, () => {
    const at = check.steps.findIndex((step) => /\bcheck-bot-change\b/.test(step.run ?? ''));
    expect(check.steps[at]?.run).toBe(`npm run --silent check-bot-change -- --allow ${allow} --body ${body} --tree "$RUNNER_TEMP/proposal"`);
    expect(at).toBeGreaterThan(check.steps.findIndex(isDownload));
    expect(check.steps.slice(0, at).some((step) => /\bnpm ci\b/.test(step.run ?? ''))).toBe(false);
    expect(check.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 24 });
  });
});

it('holds the metrics proposal\'s README to this commit\'s, with the list its numbers make (a check in place would keep edits outside the list)', () => {
  const { workflow } = workflows.find((w) => w.name === 'metrics.yml')!;
  const lines = (workflow.jobs.check?.steps.at(-1)?.run ?? '').trim().split('\n');
  expect(lines).toEqual([
    'set -euo pipefail',
    'cp README.md "$RUNNER_TEMP/README.expected.md"',
    'npm run readme -- --readme "$RUNNER_TEMP/README.expected.md" --content "$RUNNER_TEMP/proposal/content"',
    'diff -u "$RUNNER_TEMP/README.expected.md" "$RUNNER_TEMP/proposal/README.md"',
  ]);
});

it('decides the content-only fast path with scripts/content-only.ts, failing closed', () => {
  const { workflow } = workflows.find((w) => w.name === 'pull-request.yml')!;
  const { changes } = workflow.jobs;
  const decide = changes!.steps.find((step) => /npm run --silent content-only/.test(step.run ?? '')) ?? { run: '(no step runs npm run content-only)' };
  const lines = decide.run!.trim().split('\n').map((line) => line.trim());
  expect(lines[0]).toBe('set -euo pipefail');
  expect(lines).toContain('npm run --silent content-only -- --base "$BASE" >> "$GITHUB_OUTPUT"');
  expect(decide.run).not.toMatch(/--name-only|grep/);
  // The decision needs no package (lint:deps holds it to that), so this job installs none.
  expect(changes!.steps.some((step) => /\bnpm ci\b/.test(step.run ?? ''))).toBe(false);
  expect(changes!.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 24 });
});

it('runs the content check alone on a pull request that changes only content/, and the whole suite otherwise', () => {
  const { workflow } = workflows.find((w) => w.name === 'pull-request.yml')!;
  const { jobs } = workflow;
  expect(jobs.content!.if).toBe("needs.changes.outputs.content-only == 'true'");
  // The whole suite also runs when the changes job failed: skipped, it would count as passed.
  expect(jobs.check!.if).toBe("${{ !cancelled() && (needs.changes.result != 'success' || needs.changes.outputs.content-only != 'true') }}");
  const commands = jobs.content!.steps.flatMap((step) => (step.run ? [step.run.trim().split('\n')[0]] : []));
  expect(commands).toEqual([
    'npm ci',
    'npm run validate -- --format github',
    'npm run --silent validate -- --json > "$RUNNER_TEMP/findings.json" || true',
    'npm run readme -- --check',
    'npx vitest run --project unit test/content.test.ts test/validate.test.ts test/readme.test.ts test/json-schema.test.ts',
    'npm run build',
  ]);
  expect(jobs.check!.steps.some((step) => step.run === 'npm test')).toBe(true);
});

it('builds the Pages site at the address configure-pages returns, never at a made-up one', () => {
  const { workflow } = workflows.find((w) => w.name === 'deploy.yml')!;
  const steps = workflow.jobs.build!.steps;
  const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
  expect(pages?.id).toBeDefined();
  const build = steps.find((step) => step.run === 'npm run build');
  expect(build?.env).toEqual({ SITE_URL: `\${{ steps.${pages!.id}.outputs.origin }}`, BASE_PATH: `\${{ steps.${pages!.id}.outputs.base_path }}` });
  expect(steps.indexOf(pages!)).toBeLessThan(steps.indexOf(build!));
});

it('refreshes the metrics when the pages say it does', () => {
  const { workflow } = workflows.find((w) => w.name === 'metrics.yml')!;
  expect(workflow.on?.schedule).toEqual([{ cron: METRICS_REFRESH_CRON }]);
});
