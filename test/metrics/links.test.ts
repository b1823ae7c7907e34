/**
 * `npm run links` as a process against a local web server that plays every case a link check meets,
 * with every hostname kept on 127.0.0.1 by the fake's dispatcher (no DNS query is ever made); and the
 * checker in-process for its limits and waits.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { serializeEntry } from '../../src/lib/content/entry-file.ts';
import type { EntryInput } from '../../src/lib/content/schema.ts';
import { checkLinks } from '../../src/lib/metrics/links.ts';
import { closedPort, localDispatcher, startFakeWeb, type Reply } from './fake-web.ts';

const ROUTES: Record<string, Reply[]> = {
  'papers.test/ok': [{ status: 200 }],
  'papers.test/missing': [{ status: 404 }],
  'papers.test/withdrawn': [{ status: 410 }],
  'huggingface.co/acme/alpha': [{ status: 200 }],
  'github.com/acme/old-name': [{ status: 301, headers: { location: 'https://github.com/acme/new-name' } }],
  'github.com/acme/new-name': [{ status: 200 }],
  'blog.test/post': [{ status: 200, head: 405 }],
  'moved.test/a': [{ status: 308, headers: { location: '/b' } }],
  'moved.test/b': [{ status: 308, headers: { location: 'http://moved.test/c' } }],
  'moved.test/c': [{ status: 200 }],
  'doi.test/10.1/x': [{ status: 302, headers: { location: 'http://publisher.test/article' } }],
  'publisher.test/article': [{ status: 200 }],
  'portal.test/data': [{ status: 302, headers: { location: '/login?next=%2Fdata' } }],
  'portal.test/login': [{ status: 200 }],
  'busy.test/': [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }],
  'flaky.test/': [{ status: 500 }, { status: 500 }, { status: 200 }],
  'down.test/': [{ status: 503 }],
  'slow.test/': ['hang'],
  'private.test/': [{ status: 403 }],
};

async function project() {
  const web = await startFakeWeb(ROUTES);
  onTestFinished(() => web.close());
  const refused = `http://refused.test:${await closedPort()}/`;
  const content = await mkdtemp(join(tmpdir(), 'links-cli-'));
  await writeFile(join(content, 'institutes.yaml'), '- name: EPFL\n');
  const entries: [string, Partial<EntryInput>][] = [
    [
      'llms/alpha.md',
      {
        papers: [{ url: 'http://papers.test/ok' }],
        huggingface: ['acme/alpha'],
        github: ['acme/old-name'],
        links: [{ label: 'Blog', url: 'http://blog.test/post' }],
      },
    ],
    [
      'llms/beta.md',
      {
        papers: [{ url: 'http://papers.test/ok' }, { url: 'http://papers.test/missing' }],
        links: [
          { label: 'Withdrawn', url: 'http://papers.test/withdrawn' },
          { label: 'Project', url: 'http://moved.test/a' },
          { label: 'DOI', url: 'http://doi.test/10.1/x' },
          { label: 'Data', url: 'http://portal.test/data' },
        ],
      },
    ],
    [
      'vision/gamma.md',
      {
        papers: [{ url: 'http://papers.test/missing' }],
        links: [
          ...['busy', 'flaky', 'down', 'slow'].map((host) => ({ label: host, url: `http://${host}.test/` })),
          { label: 'refused', url: refused },
          { label: 'nowhere', url: 'http://nowhere.invalid/' },
          { label: 'private', url: 'http://private.test/' },
        ],
      },
    ],
  ];
  for (const [path, fields] of entries) {
    await mkdir(join(content, path, '..'), { recursive: true });
    await writeFile(join(content, path), serializeEntry({ title: path, date: '2024-01', institutes: ['EPFL'], ...fields }));
  }
  const file = (path: string) => join(content, path);
  return { web, content, refused, alpha: file('llms/alpha.md'), beta: file('llms/beta.md'), gamma: file('vision/gamma.md') };
}

/** The real script, its connections sent to the fake by fake-web.ts loaded first; 0.2 s timeouts keep the hang short. */
function runLinks(port: number, args: string[]) {
  const env = { ...process.env, FAKE_WEB_PORT: String(port), LINKS_ALLOW_PRIVATE: '1' };
  const argv = ['--import', './test/metrics/fake-web.ts', 'scripts/links.ts', '--timeout', '0.2', ...args];
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, argv, { env, timeout: 20_000 }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}

it('reports dead, moved and unsure links with the file and field naming them, asking each URL once', async () => {
  const { web, content, refused, alpha, beta, gamma } = await project();
  const { code, stdout, stderr } = await runLinks(web.port, ['--content', content]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout.trimEnd().split('\n')).toEqual([
    `dead  ${gamma} links.5.url http://nowhere.invalid/ (DNS failure: ENOTFOUND)`,
    `dead  ${beta} papers.1.url http://papers.test/missing (404)`,
    `dead  ${gamma} papers.0.url http://papers.test/missing (404)`,
    `dead  ${beta} links.0.url http://papers.test/withdrawn (410)`,
    `dead  ${gamma} links.4.url ${refused} (connection refused)`,
    `dead  ${gamma} links.3.url http://slow.test/ (no answer within 0.2 s, 3 tries)`,
    `moved  ${beta} links.1.url http://moved.test/a -> http://moved.test/c (308, 308)`,
    `moved  ${alpha} github.0 https://github.com/acme/old-name -> https://github.com/acme/new-name (301)`,
    `unsure  ${gamma} links.2.url http://down.test/ (503 after 3 tries)`,
    `unsure  ${beta} links.3.url http://portal.test/data (302 to a login page at http://portal.test/login?next=%2Fdata)`,
    `unsure  ${gamma} links.6.url http://private.test/ (403)`,
    '16 link(s) checked: 6 ok, 2 moved, 3 unsure, 5 dead',
  ]);
  const asked = (route: string) => web.log.filter((r) => r.route === route).map((r) => r.method);
  expect(asked('papers.test/ok')).toEqual(['HEAD']); // named by two entries, asked once
  expect(asked('papers.test/missing')).toEqual(['HEAD']);
  expect(asked('blog.test/post')).toEqual(['HEAD', 'GET']); // HEAD refused with 405
  expect(asked('private.test/')).toEqual(['HEAD', 'GET']); // 403 is not retried
  expect(asked('busy.test/')).toEqual(['HEAD', 'HEAD']); // 429, retry-after: 1, then 200
  expect(asked('flaky.test/')).toEqual(['HEAD', 'HEAD', 'HEAD']); // 500 twice, then 200
  expect(asked('down.test/')).toHaveLength(3);
  expect(asked('slow.test/')).toHaveLength(3);
  expect(asked('doi.test/10.1/x')).toEqual(['HEAD']); // 302 to a 200: ok
  expect(asked('publisher.test/article')).toEqual(['HEAD']);
});

it('--json prints the report as data', async () => {
  const { web, content, alpha, beta } = await project();
  const { code, stdout } = await runLinks(web.port, ['--content', content, '--json']);
  expect(code).toBe(0);
  const report = JSON.parse(stdout);
  expect(Object.keys(report)).toEqual(['checked', 'counts', 'dead', 'moved', 'unsure']);
  expect(report.checked).toBe(16);
  expect(report.counts).toEqual({ dead: 5, moved: 2, unsure: 3, ok: 6 });
  expect(report.moved).toEqual([
    { url: 'http://moved.test/a', references: [{ file: beta, field: 'links.1.url' }], status: 'moved', reason: '308, 308', movedTo: 'http://moved.test/c' },
    {
      url: 'https://github.com/acme/old-name',
      references: [{ file: alpha, field: 'github.0' }],
      status: 'moved',
      reason: '301',
      movedTo: 'https://github.com/acme/new-name',
    },
  ]);
  expect(report.unsure[1]).toEqual({
    url: 'http://portal.test/data',
    references: [{ file: beta, field: 'links.3.url' }],
    status: 'unsure',
    reason: '302 to a login page',
    at: 'http://portal.test/login?next=%2Fdata',
  });
  expect(report.dead[1]).toEqual({
    url: 'http://papers.test/missing',
    references: [
      { file: beta, field: 'papers.1.url' },
      { file: join(content, 'vision/gamma.md'), field: 'papers.0.url' },
    ],
    status: 'dead',
    reason: '404',
  });
});

it('--markdown prints a pull-request section, and --strict exits 1 when a link is dead', async () => {
  const { web, content, refused, alpha, beta, gamma } = await project();
  const { code, stdout } = await runLinks(web.port, ['--content', content, '--markdown', '--strict']);
  expect(code).toBe(1);
  expect(stdout).toBe(
    [
      '## Link health',
      '',
      '`npm run links` checked 16 link(s): 6 ok, 2 moved, 3 unsure, 5 dead.',
      '',
      '### Dead (5)',
      '',
      'Not found, gone, no such host, connection refused or no answer: fix or remove the link.',
      '',
      '| Entry | Field | URL | Problem |',
      '| - | - | - | - |',
      `| \`${gamma}\` | \`links.5.url\` | <http://nowhere.invalid/> | DNS failure: ENOTFOUND |`,
      `| \`${beta}\` | \`papers.1.url\` | <http://papers.test/missing> | 404 |`,
      `| \`${gamma}\` | \`papers.0.url\` | <http://papers.test/missing> | 404 |`,
      `| \`${beta}\` | \`links.0.url\` | <http://papers.test/withdrawn> | 410 |`,
      `| \`${gamma}\` | \`links.4.url\` | <${refused}> | connection refused |`,
      `| \`${gamma}\` | \`links.3.url\` | <http://slow.test/> | no answer within 0.2 s, 3 tries |`,
      '',
      '### Moved (2)',
      '',
      'Permanent redirects: update the entry to the new URL.',
      '',
      '| Entry | Field | URL | New URL |',
      '| - | - | - | - |',
      `| \`${beta}\` | \`links.1.url\` | <http://moved.test/a> | <http://moved.test/c> (308, 308) |`,
      `| \`${alpha}\` | \`github.0\` | <https://github.com/acme/old-name> | <https://github.com/acme/new-name> (301) |`,
      '',
      '### Unsure (3)',
      '',
      'Refused, rate-limited, failing or behind a login: worth a look by hand.',
      '',
      '| Entry | Field | URL | Problem |',
      '| - | - | - | - |',
      `| \`${gamma}\` | \`links.2.url\` | <http://down.test/> | 503 after 3 tries |`,
      `| \`${beta}\` | \`links.3.url\` | <http://portal.test/data> | 302 to a login page at <http://portal.test/login?next=%2Fdata> |`,
      `| \`${gamma}\` | \`links.6.url\` | <http://private.test/> | 403 |`,
      '',
    ].join('\n'),
  );
});

it('ends a wrong flag with one line and the usage', async () => {
  const { code, stdout, stderr } = await runLinks(1, ['--timeout', 'soon']);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toBe(
    'error: --timeout takes seconds, like 10 or 0.5, not soon\nusage: npm run links -- [--json | --markdown] [--strict] [--content content] [--timeout seconds] [--allow-private]\n',
  );
});

it('keeps at most 4 requests in flight per host and 16 in all', async () => {
  const routes: Record<string, Reply[]> = {};
  const busy = Array.from({ length: 12 }, (_, i) => `busy.test/${i}`);
  const others = Array.from({ length: 30 }, (_, i) => `host${i}.test/`);
  for (const route of [...busy, ...others]) routes[route] = [{ status: 200 }];
  const web = await startFakeWeb(routes, { delayMs: 100 });
  onTestFinished(() => web.close());
  const dispatcher = localDispatcher(web.port);
  onTestFinished(() => dispatcher.close());
  const results = await checkLinks([...busy, ...others].map((route) => ({ url: `http://${route}`, references: [] })), { dispatcher, allowPrivate: true });
  expect(results.every((r) => r.status === 'ok')).toBe(true);
  expect(web.peak.byHost.get('busy.test')).toBe(4);
  expect(web.peak.overall).toBe(16);
});

it('waits as long as retry-after says, capped, and otherwise backs off from a tenth of the timeout', async () => {
  const web = await startFakeWeb({
    'rate.test/': [{ status: 429, headers: { 'retry-after': '3600' } }, { status: 200 }],
    'error.test/': [{ status: 500 }, { status: 502 }, { status: 200 }],
  });
  onTestFinished(() => web.close());
  const dispatcher = localDispatcher(web.port);
  onTestFinished(() => dispatcher.close());
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  const targets = ['http://rate.test/', 'http://error.test/'].map((url) => ({ url, references: [] }));
  const results = await checkLinks(targets, { dispatcher, allowPrivate: true, sleep, random: () => 1, timeoutMs: 10_000, maxWaitMs: 30_000 });
  expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
  expect(waits.sort((a, b) => a - b)).toEqual([1_000, 2_000, 30_000]);
});

it('never asks a private address: by its written form, after resolving the name, or on a redirect', async () => {
  const web = await startFakeWeb({
    'public.test/': [{ status: 302, headers: { location: 'http://intranet.test/admin' } }],
    'public.test/v6': [{ status: 301, headers: { location: 'http://[fd00::1]/' } }],
    'public.test/script': [{ status: 302, headers: { location: 'javascript:alert(1)' } }],
    'public.test/ok': [{ status: 200 }],
  });
  onTestFinished(() => web.close());
  const dispatcher = localDispatcher(web.port);
  onTestFinished(() => dispatcher.close());
  // The names resolve through this table: the fake keeps the connections local either way.
  const table: Record<string, string[]> = { 'public.test': ['93.184.216.34'], 'intranet.test': ['10.0.0.7'], 'mapped.test': ['::ffff:127.0.0.1'], 'linklocal.test': ['fe80::1'] };
  const resolve = async (hostname: string) => table[hostname] ?? [hostname];
  const urls = [
    'http://127.0.0.1:9/', 'http://[::1]/', 'http://0.0.0.0/', 'http://169.254.169.254/latest/meta-data/', 'http://0x7f000001/', 'http://localhost/',
    'http://mapped.test/', 'http://linklocal.test/', 'http://public.test/', 'http://public.test/v6', 'http://public.test/script', 'http://public.test/ok',
  ];
  const results = await checkLinks(urls.map((url) => ({ url, references: [] })), { dispatcher, resolve, timeoutMs: 1_000 });
  expect(results.map(({ url, status, reason, at }) => [url, status, reason, at])).toEqual([
    ['http://127.0.0.1:9/', 'dead', '127.0.0.1 is a private address, not asked', undefined],
    ['http://[::1]/', 'dead', '::1 is a private address, not asked', undefined],
    ['http://0.0.0.0/', 'dead', '0.0.0.0 is a private address, not asked', undefined],
    ['http://169.254.169.254/latest/meta-data/', 'dead', '169.254.169.254 is a private address, not asked', undefined],
    ['http://0x7f000001/', 'dead', '127.0.0.1 is a private address, not asked', undefined],
    ['http://localhost/', 'dead', 'localhost is a local name, not asked', undefined],
    ['http://mapped.test/', 'dead', 'mapped.test resolves to the private address ::ffff:127.0.0.1, not asked', undefined],
    ['http://linklocal.test/', 'dead', 'linklocal.test resolves to the private address fe80::1, not asked', undefined],
    ['http://public.test/', 'dead', 'intranet.test resolves to the private address 10.0.0.7, not asked', 'http://intranet.test/admin'],
    ['http://public.test/v6', 'dead', 'fd00::1 is a private address, not asked', 'http://[fd00::1]/'],
    ['http://public.test/script', 'dead', 'redirects to an address that is not http(s)', undefined],
    ['http://public.test/ok', 'ok', '200', undefined],
  ]);
  expect(web.log.map((r) => r.route).sort()).toEqual(['public.test/', 'public.test/ok', 'public.test/script', 'public.test/v6']);
  expect(JSON.stringify(results)).not.toContain('javascript:');
});

it('gives up on a URL at its deadline, retries and waits included', async () => {
  const web = await startFakeWeb({ 'slow.test/': [{ status: 503 }] });
  onTestFinished(() => web.close());
  const dispatcher = localDispatcher(web.port);
  onTestFinished(() => dispatcher.close());
  const started = Date.now();
  // Ten tries a second apart would take 9 s; the deadline is 1.2 s.
  const [result] = await checkLinks([{ url: 'http://slow.test/', references: [] }], { dispatcher, allowPrivate: true, timeoutMs: 200, deadlineMs: 1_200, tries: 10, maxWaitMs: 1_000, random: () => 1, sleep: (ms) => new Promise((done) => setTimeout(done, Math.min(ms, 400))) });
  expect(result).toMatchObject({ status: 'dead', reason: 'no verdict within 1.2 s, retries included' });
  expect(Date.now() - started).toBeLessThan(5_000);
});
