/** The metrics refresh against a local server speaking the three services' formats; each test checks the file afterwards. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBenchmarkLookup } from '../../src/lib/content/content-files.ts';
import { METRICS_FORMAT_VERSION, metricsFileSchema, type MetricsFile } from '../../src/lib/metrics/metrics.ts';
import { historyFileSchema } from '../../src/lib/metrics/history.ts';
import { serializeMetrics } from '../../src/lib/metrics/metrics-file.ts';
import { refreshMetrics, type RefreshOptions, type Service } from '../../src/lib/metrics/refresh.ts';
import { testEntry } from '../entry-fixture.ts';
import type { RetryPolicy } from '../../src/lib/metrics/http-client.ts';
import { formatReport, hasFailures } from '../../src/lib/metrics/report.ts';
import { emptyState, HUB_VERIFY_TOKEN, MALFORMED_MODEL_INDEX, MODEL_INDEX, startFakeApis, type FakeApis, type Fault, type FakeState } from './fake-apis.ts';

const OLD = '2026-01-01T00:00:00.000Z';
const NOW = '2026-11-25T12:00:00.000Z';

const entry = testEntry;
/** The fixture registry: MedQA's 4-option test split is GBaker/MedQA-USMLE-4-options, accuracy 0-100. */
const benchmarks = await loadBenchmarkLookup('test/fixtures/content');

const ENTRIES = [
  entry('meditron', {
    papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:1' }],
    huggingface: ['epfl-llm/meditron-70b'],
    github: ['epfLLM/meditron'],
  }),
  entry('ph-llm', {
    papers: [
      { url: 'https://arxiv.org/abs/2406.06474', semanticScholar: 'ARXIV:2406.06474' },
      { url: 'https://arxiv.org/abs/2406.06464', semanticScholar: 'CorpusID:404' },
    ],
    huggingface: ['datasets/a/wearables'],
    github: ['deepmind/codoc', 'gone/repo'],
  }),
];

function liveState(): FakeState {
  const state = emptyState();
  state.papers.set('CorpusID:1', 250).set('ARXIV:2406.06474', 40);
  state.paperDetails.set('CorpusID:1', {
    title: 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models',
    authors: ['Zeming Chen', 'Alejandro Hernández Cano'],
    venue: 'arXiv.org',
    year: 2023,
    publicationDate: '2023-11-27',
    openAccessPdf: 'https://arxiv.org/pdf/2311.16079',
    externalIds: { ArXiv: '2311.16079', CorpusId: 265456229 },
  });
  state.hub
    .set('epfl-llm/meditron-70b', {
      likes: 230,
      downloads: 1500,
      info: {
        gated: false,
        pipeline_tag: 'text-generation',
        lastModified: '2024-04-10T13:18:10.000Z',
        tags: ['transformers', 'llama', 'license:llama2'],
        cardData: { license: 'llama2', base_model: 'meta-llama/Llama-2-70b' },
        safetensors: { parameters: { BF16: 68976648192 }, total: 68976648192 },
      },
    })
    .set('datasets/a/wearables', { likes: 3 });
  state.github
    .set('epfLLM/meditron', { stars: 2000, pushedAt: '2026-10-01T00:00:00Z', license: 'Apache-2.0' })
    .set('google-deepmind/codoc', { stars: 90, archived: true });
  state.githubRenames.set('deepmind/codoc', 'google-deepmind/codoc');
  return state;
}

/** A metrics file as a previous refresh left it. */
const previousFile = (): MetricsFile =>
  metricsFileSchema.parse({
    github: { 'epfLLM/meditron': { stars: 1900, archived: false, fetchedAt: OLD }, 'gone/repo': { stars: 7, archived: false, fetchedAt: OLD } },
    huggingface: { 'epfl-llm/meditron-70b': { likes: 200, fetchedAt: OLD }, 'old/unused': { likes: 1, fetchedAt: OLD } },
    semanticScholar: { 'CorpusID:1': { citations: 200, fetchedAt: OLD }, 'CorpusID:404': { citations: 5, fetchedAt: OLD } },
  });

let server: FakeApis | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Waits the client was told to do, recorded; actual sleeping is cut short to keep the tests fast. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), new Promise<void>((done) => setTimeout(done, Math.min(ms, 5)))) };
}

async function run({
  faults = [],
  services = ['github', 'huggingface', 'semanticscholar'] as Service[],
  token = true,
  previous = previousFile(),
  policy = {},
  state = liveState(),
}: { faults?: Fault[]; services?: Service[]; token?: boolean; previous?: MetricsFile; policy?: Partial<RetryPolicy>; state?: FakeState } = {}) {
  server = await startFakeApis({ state, faults });
  const dir = await mkdtemp(join(tmpdir(), 'metrics-'));
  const metricsPath = join(dir, 'metrics.json');
  await writeFile(metricsPath, serializeMetrics(previous));
  const { waits, sleep } = recordingSleep();
  const options: RefreshOptions = {
    entries: ENTRIES,
    metricsPath,
    services,
    env: { ...server.env, ...(token ? { GITHUB_TOKEN: 'test-token' } : {}) },
    benchmarks,
    clientOptions: { policy: { timeoutMs: 500, baseDelayMs: 10, maxDelayMs: 40, maxTries: 3, ...policy }, sleep },
    now: () => new Date(NOW),
  };
  const reports = await refreshMetrics(options);
  const text = await readFile(metricsPath, 'utf8');
  return {
    reports,
    waits,
    text,
    metricsPath,
    options,
    file: metricsFileSchema.parse(JSON.parse(text)),
    report: (s: Service) => reports.find((r) => r.service === s)!,
  };
}

describe('a full refresh', () => {
  it('updates every value with its fetch time, in one S2 batch and one GraphQL query', async () => {
    const { file, report, text } = await run();
    expect(server!.requests).toEqual({ semanticscholar: 1, github: 1, huggingface: 2 });
    expect(file.semanticScholar).toEqual({
      'ARXIV:2406.06474': { citations: 40, fetchedAt: NOW },
      'CorpusID:1': expect.objectContaining({ citations: 250, year: 2023, fetchedAt: NOW }),
      'CorpusID:404': { citations: 5, fetchedAt: OLD }, // unknown to S2: kept, reported
    });
    expect(file.huggingface).toEqual({
      'datasets/a/wearables': { likes: 3, fetchedAt: NOW },
      'epfl-llm/meditron-70b': {
        likes: 230,
        downloads: 1500,
        license: 'llama2',
        gated: false,
        baseModels: ['meta-llama/Llama-2-70b'],
        parameters: 68976648192,
        pipelineTag: 'text-generation',
        lastModified: '2024-04-10T13:18:10.000Z',
        fetchedAt: NOW,
      },
    });
    expect(file.version).toBe(METRICS_FORMAT_VERSION);
    expect(file.github['epfLLM/meditron']).toEqual({ stars: 2000, archived: false, pushedAt: '2026-10-01T00:00:00Z', license: 'Apache-2.0', fetchedAt: NOW });
    expect(file.github['deepmind/codoc']).toEqual({ stars: 90, archived: true, movedTo: 'google-deepmind/codoc', fetchedAt: NOW });
    expect(file.github['gone/repo']).toEqual({ stars: 7, archived: false, fetchedAt: OLD });
    expect(report('semanticscholar')).toMatchObject({ asked: 3, requests: 1, updated: ['ARXIV:2406.06474', 'CorpusID:1'] });
    expect(report('semanticscholar').notFound).toEqual([{ id: 'CorpusID:404', references: [{ file: 'content/llms/ph-llm.md', field: 'papers.1.semanticScholar' }] }]);
    expect(report('github').notFound).toEqual([{ id: 'gone/repo', references: [{ file: 'content/llms/ph-llm.md', field: 'github.1' }] }]);
    expect(report('github').renamed).toEqual([{ id: 'deepmind/codoc', to: 'google-deepmind/codoc', references: [{ file: 'content/llms/ph-llm.md', field: 'github.0' }] }]);
    expect(report('huggingface').dropped).toEqual(['old/unused']);
    // Stable, sorted, one value per line.
    expect(text).toBe(serializeMetrics(file));
    expect(text.split('\n')).toContain('      "citations": 250,');
  });

  it('sends the GraphQL query with the token and uses REST without one, following a 301 rename', async () => {
    const graph = await run({ services: ['github'] });
    expect(server!.log.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
    expect(server!.log[0]!.headers.authorization).toBe('Bearer test-token');
    expect(graph.report('github').requests).toBe(1);
    await server!.close();

    const rest = await run({ services: ['github'], token: false });
    expect(server!.log.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /repos/deepmind/codoc',
      'GET /repos/epfLLM/meditron',
      'GET /repos/gone/repo',
      'GET /repositories/google-deepmind%2Fcodoc',
    ]);
    expect(rest.report('github').renamed.map((r) => r.to)).toEqual(['google-deepmind/codoc']);
    expect(rest.report('github').notFound.map((r) => r.id)).toEqual(['gone/repo']);
    expect(rest.file.github).toEqual(graph.file.github);
  });
});

describe('paper metadata', () => {
  it('keeps title, authors, venue, year, publication date, open-access PDF and external ids from the same batch request, leaving out what is empty', async () => {
    const { file } = await run({ services: ['semanticscholar'] });
    expect(server!.requests.semanticscholar).toBe(1);
    expect(server!.log[0]!.path).toBe('/graph/v1/paper/batch');
    expect(file.semanticScholar['CorpusID:1']).toEqual({
      citations: 250,
      title: 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models',
      authors: ['Zeming Chen', 'Alejandro Hernández Cano'],
      venue: 'arXiv.org',
      year: 2023,
      publicationDate: '2023-11-27',
      openAccessPdf: 'https://arxiv.org/pdf/2311.16079',
      externalIds: { ArXiv: '2311.16079', CorpusId: 265456229 },
      fetchedAt: NOW,
    });
    expect(file.semanticScholar['ARXIV:2406.06474']).toEqual({ citations: 40, fetchedAt: NOW });
  });
});

describe("papers' title and authors against the entry", () => {
  it('reports where Semantic Scholar differs from the entry, as a finding that --strict does not fail on', async () => {
    const curated = [entry('meditron', { papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:1', title: 'MEDITRON: Open Medical Foundation Models', authors: ['Zeming Chen', 'Alejandro Hernández Cano'], year: 2023 }] })];
    server = await startFakeApis({ state: liveState(), faults: [] });
    const dir = await mkdtemp(join(tmpdir(), 'metrics-'));
    const metricsPath = join(dir, 'metrics.json');
    const reports = await refreshMetrics({ entries: curated, metricsPath, services: ['semanticscholar'], env: server.env, benchmarks, now: () => new Date(NOW) });
    expect(reports[0]!.differences).toEqual([
      { file: 'content/llms/meditron.md', field: 'papers.0.title', message: expect.stringContaining('Semantic Scholar\'s title is "MEDITRON-70B: Scaling Medical Pretraining for Large Language Models", the entry\'s "MEDITRON: Open Medical Foundation Models"') },
    ]);
    const text = formatReport(reports, metricsPath);
    expect(text).toContain('1 paper field(s) differing from the entry');
    expect(text).toContain('  differs: content/llms/meditron.md: papers.0.title: Semantic Scholar\'s title is "MEDITRON-70B');
    expect(hasFailures(reports)).toBe(false);
  });
});

describe("model cards' self-reported results", () => {
  const withModelIndex = (modelIndex: unknown) => {
    const state = liveState();
    state.hub.get('epfl-llm/meditron-70b')!.modelIndex = modelIndex;
    return state;
  };

  it("records each metric of the card's model-index as fetched, from the same one request per repository", async () => {
    const { file } = await run({ services: ['huggingface'], state: withModelIndex(MODEL_INDEX) });
    expect(server!.log.map((r) => r.path).sort()).toEqual(['/api/datasets/a/wearables', '/api/models/epfl-llm/meditron-70b']);
    expect(file.huggingface['epfl-llm/meditron-70b']!.evalResults).toEqual([
      { task: 'question-answering', dataset: { type: 'GBaker/MedQA-USMLE-4-options', name: 'MedQA (USMLE, 4 options)', split: 'test' }, metric: { type: 'accuracy', name: 'Accuracy', value: 64.4, verifyToken: HUB_VERIFY_TOKEN } },
      // verified: true without the Hub's token is the card's own word: not kept.
      { task: 'question-answering', dataset: { type: 'GBaker/MedQA-USMLE-4-options', name: 'MedQA (USMLE, 4 options)', split: 'test' }, metric: { type: 'f1', value: 0.61 } },
      { task: 'question-answering', dataset: { type: 'qiaojin/PubMedQA', name: 'PubMedQA', config: 'pqa_labeled', split: 'test' }, metric: { type: 'accuracy', name: 'Accuracy', value: 81.6 } },
    ]);
    expect(file.huggingface['datasets/a/wearables']).toEqual({ likes: 3, fetchedAt: NOW });
  });

  it('skips what is malformed (no results, a non-list, a missing dataset or value, text for a number) and keeps the rest', async () => {
    const { file, report } = await run({ services: ['huggingface'], state: withModelIndex(MALFORMED_MODEL_INDEX) });
    expect(report('huggingface').updated).toContain('epfl-llm/meditron-70b');
    expect(file.huggingface['epfl-llm/meditron-70b']).toMatchObject({ likes: 230, fetchedAt: NOW });
    expect(file.huggingface['epfl-llm/meditron-70b']!.evalResults).toEqual([{ dataset: { type: 'GBaker/MedQA-USMLE-4-options', split: 'test' }, metric: { type: 'accuracy', value: 58.1 } }]);
  });

  it("keeps a hostile card's results only within bounds, and reports what it left out", async () => {
    const medqa = { type: 'GBaker/MedQA-USMLE-4-options', split: 'test' };
    const hostile = [
      {
        name: 'hostile',
        results: [
          { dataset: medqa, metrics: [{ type: 'accuracy', value: 99999, verified: true }, { type: 'accuracy', value: 'Infinity' }] },
          { dataset: { type: 'a/b', name: 'x'.repeat(10_000) }, metrics: [{ type: 'f1', value: 1 }] },
          ...Array.from({ length: 3003 }, (_, i) => ({ dataset: medqa, metrics: [{ type: 'accuracy', value: i % 100 }] })),
        ],
      },
    ];
    const { file, report, metricsPath, reports } = await run({ services: ['huggingface'], state: withModelIndex(hostile) });
    const kept = file.huggingface['epfl-llm/meditron-70b']!.evalResults!;
    expect(kept.map((r) => r.metric.value)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(report('huggingface').updated).toContain('epfl-llm/meditron-70b');
    expect(report('huggingface').leftOut).toEqual([
      { id: 'epfl-llm/meditron-70b', what: "model-index: kept 50 result(s); left out 1 malformed, 1 with a label over 200 characters, 1 outside its registry metric's range, 2953 beyond the first 50" },
    ]);
    expect(formatReport(reports, metricsPath)).toContain("  left out: huggingface epfl-llm/meditron-70b: model-index: kept 50 result(s); left out 1 malformed");
  });

  it('keeps the last known results when the refresh fails', async () => {
    const fetched = await run({ services: ['huggingface'], state: withModelIndex(MODEL_INDEX) });
    await server!.close();
    const { file, report } = await run({
      services: ['huggingface'],
      state: withModelIndex(MODEL_INDEX),
      previous: fetched.file,
      faults: [{ service: 'huggingface', match: 'meditron', times: Infinity, kind: 'status', status: 503 }],
    });
    expect(report('huggingface').kept.map((k) => k.id)).toEqual(['epfl-llm/meditron-70b']);
    expect(file.huggingface['epfl-llm/meditron-70b']).toEqual(fetched.file.huggingface['epfl-llm/meditron-70b']);
    expect(file.huggingface['epfl-llm/meditron-70b']!.evalResults).toHaveLength(3);
  });
});

describe('the history', () => {
  it('gets a point per fetched value, one per day however often the refresh runs, none for a failure', async () => {
    const first = await run({ services: ['semanticscholar', 'huggingface'], faults: [{ service: 'huggingface', match: 'meditron', times: Infinity, kind: 'status', status: 503 }] });
    const historyPath = join(dirname(first.metricsPath), 'metrics-history.json');
    const history = historyFileSchema.parse(JSON.parse(await readFile(historyPath, 'utf8')));
    expect(history.semanticScholar).toEqual({ 'ARXIV:2406.06474': [['2026-11-25', 40]], 'CorpusID:1': [['2026-11-25', 250]] });
    expect(history.huggingface).toEqual({ 'datasets/a/wearables': [['2026-11-25', 3]] }); // the 503s left no point
    const again = await refreshMetrics({ ...first.options, services: ['semanticscholar'] });
    expect(again[0]!.unchanged).toHaveLength(2);
    const after = historyFileSchema.parse(JSON.parse(await readFile(historyPath, 'utf8')));
    expect(after.semanticScholar['CorpusID:1']).toEqual([['2026-11-25', 250]]);
  });
});

describe('faults and rate limits', () => {
  it('waits as long as retry-after says after a 429, then succeeds', async () => {
    const { waits, file, report } = await run({
      services: ['semanticscholar'],
      faults: [{ service: 'semanticscholar', times: 1, kind: 'status', status: 429, headers: { 'retry-after': '2' }, body: '{"message":"Too Many Requests"}' }],
    });
    // The wait runs from when the answer came, so a millisecond or two may already have passed.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1_950);
    expect(waits[0]).toBeLessThanOrEqual(2_000);
    expect(server!.requests.semanticscholar).toBe(2);
    expect(report('semanticscholar').requests).toBe(2);
    expect(file.semanticScholar['CorpusID:1']).toMatchObject({ citations: 250, fetchedAt: NOW });
  });

  it("honours the Hub's RateLimit header on a 429", async () => {
    const { waits, file } = await run({
      services: ['huggingface'],
      faults: [{ service: 'huggingface', match: 'meditron', times: 1, kind: 'status', status: 429, headers: { ratelimit: '"api";r=0;t=7' } }],
    });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(6_950);
    expect(waits[0]).toBeLessThanOrEqual(7_000);
    expect(file.huggingface['epfl-llm/meditron-70b']).toMatchObject({ likes: 230, downloads: 1500, fetchedAt: NOW });
  });

  it("honours GitHub's x-ratelimit-reset on a 403 rate limit", async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    const { waits, file } = await run({
      services: ['github'],
      faults: [
        { service: 'github', times: 1, kind: 'status', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } },
      ],
    });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(25_000);
    expect(waits[0]).toBeLessThanOrEqual(30_000);
    expect(file.github['epfLLM/meditron']!.fetchedAt).toBe(NOW);
  });

  it('gives up on a wait longer than the run allows, keeping the last known values', async () => {
    const { file, report } = await run({
      services: ['semanticscholar'],
      policy: { maxWaitMs: 60_000 },
      faults: [{ service: 'semanticscholar', times: 1, kind: 'status', status: 429, headers: { 'retry-after': '3600' } }],
    });
    expect(server!.requests.semanticscholar).toBe(1);
    expect(report('semanticscholar').kept.map((k) => k.reason)).toEqual([
      'asked to wait 3600 s, more than the 60 s allowed',
      'asked to wait 3600 s, more than the 60 s allowed',
    ]);
    expect(file.semanticScholar).toEqual(previousFile().semanticScholar);
  });

  it('stops reading an answer past its service cap (an endless batch, a 400 MB model info), keeping the last known values', async () => {
    const { report, file } = await run({
      services: ['semanticscholar', 'huggingface'],
      faults: [
        { service: 'semanticscholar', times: Infinity, kind: 'flood' },
        { service: 'huggingface', match: 'meditron', times: Infinity, kind: 'flood', bytes: 400 * 1024 * 1024 },
      ],
    });
    expect(report('semanticscholar').kept.map((k) => k.reason)).toEqual([
      'the answer from /s2/graph/v1/paper/batch is larger than the 16 MB this client reads; not read further',
      'the answer from /s2/graph/v1/paper/batch is larger than the 16 MB this client reads; not read further',
    ]);
    expect(report('huggingface').kept).toEqual([
      { id: 'epfl-llm/meditron-70b', reason: 'the answer from /hf/api/models/epfl-llm/meditron-70b is larger than the 8 MB this client reads; not read further' },
    ]);
    expect(server!.requests.semanticscholar).toBe(1);
    expect(server!.flooded).toBeLessThan(16 * 1024 * 1024 + 40 * 1024 * 1024);
    expect(file.huggingface['epfl-llm/meditron-70b']).toEqual(previousFile().huggingface['epfl-llm/meditron-70b']);
  });

  it('retries 5xx answers with backoff, then succeeds', async () => {
    const { waits, file } = await run({
      services: ['github'],
      token: false,
      faults: [{ service: 'github', match: 'meditron', times: 2, kind: 'status', status: 502, body: '<html>Bad gateway</html>' }],
    });
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThanOrEqual(10); // base 10 ms, doubling, with jitter, capped at 40 ms
    expect(waits.every((ms) => ms <= 40)).toBe(true);
    expect(file.github['epfLLM/meditron']).toMatchObject({ stars: 2000, fetchedAt: NOW });
  });

  it('keeps the last known values and timestamps when every try answers malformed JSON', async () => {
    const { file, report } = await run({ services: ['semanticscholar'], faults: [{ service: 'semanticscholar', times: Infinity, kind: 'malformed' }] });
    expect(server!.requests.semanticscholar).toBe(3);
    expect(file.semanticScholar).toEqual(previousFile().semanticScholar);
    expect(report('semanticscholar').kept).toEqual([
      { id: 'CorpusID:1', reason: 'malformed JSON after 3 tries' },
      { id: 'CorpusID:404', reason: 'malformed JSON after 3 tries' },
    ]);
    expect(report('semanticscholar').failed).toEqual([{ id: 'ARXIV:2406.06474', reason: 'malformed JSON after 3 tries' }]);
  });

  it('abandons a request that hangs past the timeout, and the run still ends', async () => {
    const started = Date.now();
    const { file, report } = await run({
      services: ['huggingface'],
      policy: { timeoutMs: 200, maxTries: 2 },
      faults: [{ service: 'huggingface', match: 'meditron', times: Infinity, kind: 'hang' }],
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report('huggingface').kept).toEqual([{ id: 'epfl-llm/meditron-70b', reason: 'no answer within 0.2 s after 2 tries' }]);
    expect(file.huggingface['epfl-llm/meditron-70b']).toEqual({ likes: 200, fetchedAt: OLD });
    expect(file.huggingface['datasets/a/wearables']).toEqual({ likes: 3, fetchedAt: NOW });
  });

  it('keeps other repositories of a GraphQL batch when one errs for another reason', async () => {
    // Aliases follow the sorted ids: r0 deepmind/codoc, r1 epfLLM/meditron, r2 gone/repo.
    const partial = {
      data: { r0: null, r1: { nameWithOwner: 'epfLLM/meditron', stargazerCount: 2100, isArchived: false, pushedAt: null }, r2: null },
      errors: [
        { type: 'NOT_FOUND', path: ['r0'], message: "Could not resolve to a Repository with the name 'deepmind/codoc'." },
        { type: 'FORBIDDEN', path: ['r2'], message: 'Resource protected by organization SAML enforcement.' },
      ],
    };
    const { file, report } = await run({
      services: ['github'],
      faults: [{ service: 'github', times: 1, kind: 'status', status: 200, body: JSON.stringify(partial) }],
    });
    expect(report('github').notFound.map((n) => n.id)).toEqual(['deepmind/codoc']);
    expect(report('github').kept).toEqual([{ id: 'gone/repo', reason: 'Resource protected by organization SAML enforcement.' }]);
    expect(file.github['epfLLM/meditron']).toEqual({ stars: 2100, archived: false, fetchedAt: NOW });
    expect(file.github['gone/repo']).toEqual({ stars: 7, archived: false, fetchedAt: OLD });
  });
});

describe('batching', () => {
  it('asks Semantic Scholar 500 ids at a time and GitHub 100 repositories a query', async () => {
    const many = Array.from({ length: 1_201 }, (_, i) => `CorpusID:${100_000 + i}`);
    const repos = Array.from({ length: 250 }, (_, i) => `owner/repo-${i}`);
    server = await startFakeApis();
    many.forEach((id, i) => server!.state.papers.set(id, i));
    repos.forEach((repo, i) => server!.state.github.set(repo, { stars: i }));
    const dir = await mkdtemp(join(tmpdir(), 'metrics-'));
    const reports = await refreshMetrics({
      entries: [entry('big', { papers: many.map((id, i) => ({ url: `https://a.org/${i}`, semanticScholar: id })), github: repos })],
      metricsPath: join(dir, 'metrics.json'),
      services: ['semanticscholar', 'github'],
      env: { ...server.env, GITHUB_TOKEN: 't' },
      benchmarks,
    });
    expect(server.requests).toEqual({ semanticscholar: 3, github: 3, huggingface: 0 });
    expect(reports.map((r) => [r.service, r.updated.length])).toEqual([
      ['semanticscholar', 1_201],
      ['github', 250],
    ]);
  });
});
