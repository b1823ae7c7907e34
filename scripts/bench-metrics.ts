/**
 * npm run bench:metrics — a full refresh of 10,000 synthetic ids of each kind against the local
 * fake services, with a per-request delay and some rate limits, printing the wall time and the
 * requests per service. Budget: <= 60 s on the 2-core CI machine. Not a test: it only measures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { refreshMetrics } from '../src/lib/metrics/refresh.ts';
import { loadBenchmarkLookup } from '../src/lib/content/content-files.ts';
import { createEntrySchema, type Entry } from '../src/lib/content/schema.ts';
import { emptyState, startFakeApis, type Fault } from '../test/metrics/fake-apis.ts';

const { values } = parseArgs({
  options: {
    ids: { type: 'string', default: '10000' },
    'delay-ms': { type: 'string', default: '60' },
    'rate-limits': { type: 'string', default: '10' },
  },
});
const count = Number(values.ids);
const delayMs = Number(values['delay-ms']);
const rateLimits = Number(values['rate-limits']);

const state = emptyState();
const schema = createEntrySchema();
const entries: Entry[] = [];
for (let i = 0; i < count; i++) {
  state.papers.set(`CorpusID:${100_000 + i}`, i);
  state.github.set(`owner${i % 97}/repo-${i}`, { stars: i });
  state.hub.set(`org${i % 89}/model-${i}`, { likes: i });
  entries.push({
    slug: `synthetic-${i}`,
    section: 'llms',
    body: '',
    file: `synthetic/${i}.md`,
    data: schema.parse({
      title: `Synthetic ${i}`,
      date: '2024-01',
      institutes: ['X'],
      papers: [{ url: `https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}`, semanticScholar: `CorpusID:${100_000 + i}` }],
      github: [`owner${i % 97}/repo-${i}`],
      huggingface: [`org${i % 89}/model-${i}`],
    }),
  });
}

// Rate limits spread over the run, one per batch or request they hit, each answered as that service
// really answers one.
const faults: Fault[] = [];
for (let k = 0; k < rateLimits; k++) {
  const i = Math.floor(((k + 0.5) * count) / rateLimits);
  faults.push(
    { service: 'semanticscholar', match: `"CorpusID:${100_000 + i}"`, times: 1, kind: 'status', status: 429, body: '{"message":"Too Many Requests"}' },
    { service: 'github', match: `repo-${i}\\"`, times: 1, kind: 'status', status: 403, headers: { 'retry-after': '1' }, body: '{"message":"You have exceeded a secondary rate limit."}' },
    { service: 'huggingface', match: `/model-${i}`, times: 1, kind: 'status', status: 429, headers: { ratelimit: '"api";r=0;t=1' } },
  );
}

const server = await startFakeApis({ state, faults, delayMs });
const dir = await mkdtemp(join(tmpdir(), 'bench-metrics-'));
try {
  const started = performance.now();
  const reports = await refreshMetrics({
    entries,
    metricsPath: join(dir, 'metrics.json'),
    services: ['semanticscholar', 'github', 'huggingface'],
    env: { ...server.env, GITHUB_TOKEN: 'bench' },
    benchmarks: await loadBenchmarkLookup('content'),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${count} ids of each kind, ${delayMs} ms per request, ${rateLimits} rate-limit answers per service`);
  for (const r of reports) {
    console.log(`  ${r.service}: ${r.requests} requests (server saw ${server.requests[r.service]}), ${r.updated.length} updated, ${r.kept.length + r.failed.length} failed`);
  }
  console.log(`full refresh: ${seconds.toFixed(1)} s wall time (budget 60 s)`);
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
