/**
 * The metrics refresh: collect every identifier from the content, ask each service, and merge the
 * answers into the metrics file so that nothing known is ever lost. A value that could not be
 * fetched keeps its last known value and old timestamp; an id the service says does not exist is
 * reported with the file and field that name it. The file is rewritten after each service, so an
 * interrupted run keeps what the finished services brought.
 */
import { HttpClient, type ClientOptions } from './http-client.ts';
import type { MetricsFile } from './metrics.ts';
import { readMetricsFile, writeFileAtomically, writeMetricsFile } from './metrics-file.ts';
import { paperDifferences, type PaperDifference } from './paper-differences.ts';
import { appendPoint, historyPathFor, readHistoryFile, serializeHistory, thin, type HistoryFile } from './history.ts';
import type { BenchmarkLookup } from '../content/benchmarks.ts';
import type { Entry } from '../content/schema.ts';
import { fetchReposGraphql, fetchReposRest, GITHUB_MAX_ANSWER_BYTES, GRAPHQL_BATCH_SIZE } from './sources/github.ts';
import { fetchHubRepos, HUB_INFO_MAX_ANSWER_BYTES, hubApiUrl } from './sources/huggingface.ts';
import type { FetchOutcome, Progress } from './sources/outcome.ts';
import { fetchCitations, s2BatchUrl, S2_BATCH_SIZE, S2_MAX_ANSWER_BYTES, type PaperValue } from './sources/semantic-scholar.ts';

export const SERVICES = ['github', 'huggingface', 'semanticscholar'] as const;
export type Service = (typeof SERVICES)[number];

/** The number each service's history keeps. */
const VALUE_OF = { github: 'stars', huggingface: 'likes', semanticscholar: 'citations' } as const satisfies Record<Service, string>;

const TABLE_OF = { github: 'github', huggingface: 'huggingface', semanticscholar: 'semanticScholar' } as const satisfies Record<
  Service,
  keyof MetricsFile
>;

/** Where the content names an id: `content/llms/x.md` and `github.0`. */
interface IdReference {
  file: string;
  field: string;
}

export type ContentIds = Record<Service, Map<string, IdReference[]>>;

export function collectIds(entries: readonly Entry[]): ContentIds {
  const ids: ContentIds = { github: new Map(), huggingface: new Map(), semanticscholar: new Map() };
  const add = (service: Service, id: string, reference: IdReference) => {
    ids[service].set(id, [...(ids[service].get(id) ?? []), reference]);
  };
  for (const { data, file = '(unknown file)' } of entries) {
    data.github.forEach((repo, i) => add('github', repo, { file, field: `github.${i}` }));
    data.huggingface.forEach((id, i) => add('huggingface', id, { file, field: `huggingface.${i}` }));
    data.papers.forEach((paper, i) => {
      if (paper.semanticScholar) add('semanticscholar', paper.semanticScholar, { file, field: `papers.${i}.semanticScholar` });
    });
  }
  for (const service of SERVICES) ids[service] = new Map([...ids[service]].sort(([a], [b]) => (a < b ? -1 : 1)));
  return ids;
}

/** Base URLs and credentials, from the environment (see the design's Metrics part). */
export interface ServiceEnvironment {
  GITHUB_API_URL?: string;
  HF_API_URL?: string;
  S2_API_URL?: string;
  GITHUB_TOKEN?: string;
  HF_TOKEN?: string;
  S2_API_KEY?: string;
}

const trimSlash = (url: string) => url.replace(/(?<!\/)\/+$/, '');

function serviceSettings(service: Service, env: ServiceEnvironment): { baseUrl: string; headers: Record<string, string>; useGraphql: boolean; maxAnswerBytes: number } {
  switch (service) {
    case 'github':
      return {
        baseUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
        headers: {
          'user-agent': 'medical-foundation-models-metrics',
          'x-github-api-version': '2022-11-28',
          ...(env.GITHUB_TOKEN ? { authorization: `Bearer ${env.GITHUB_TOKEN}` } : {}),
        },
        useGraphql: Boolean(env.GITHUB_TOKEN),
        maxAnswerBytes: GITHUB_MAX_ANSWER_BYTES,
      };
    case 'huggingface':
      return {
        baseUrl: trimSlash(env.HF_API_URL || 'https://huggingface.co'),
        headers: env.HF_TOKEN ? { authorization: `Bearer ${env.HF_TOKEN}` } : {},
        useGraphql: false,
        maxAnswerBytes: HUB_INFO_MAX_ANSWER_BYTES,
      };
    case 'semanticscholar':
      return {
        baseUrl: trimSlash(env.S2_API_URL || 'https://api.semanticscholar.org'),
        headers: env.S2_API_KEY ? { 'x-api-key': env.S2_API_KEY } : {},
        useGraphql: false,
        maxAnswerBytes: S2_MAX_ANSWER_BYTES,
      };
  }
}

/** What a run would ask, for --dry-run: one line per service, no request made. */
export function describePlan(service: Service, ids: readonly string[], env: ServiceEnvironment): string {
  const { baseUrl, useGraphql } = serviceSettings(service, env);
  const n = ids.length;
  const batches = (size: number) => Math.ceil(n / size);
  switch (service) {
    case 'semanticscholar':
      return `semanticscholar: POST ${s2BatchUrl(baseUrl)} for ${n} ids in ${batches(S2_BATCH_SIZE)} request(s)`;
    case 'github':
      return useGraphql
        ? `github: POST ${baseUrl}/graphql for ${n} repositories in ${batches(GRAPHQL_BATCH_SIZE)} request(s) (GITHUB_TOKEN set)`
        : `github: GET ${baseUrl}/repos/{owner}/{repo} for ${n} repositories, ${n} request(s) (no GITHUB_TOKEN: REST)`;
    case 'huggingface':
      return `huggingface: GET ${hubApiUrl(baseUrl, '{id}')} for ${n} repositories, ${n} request(s)`;
  }
}

async function fetchService(
  service: Service,
  ids: string[],
  client: HttpClient,
  { env, benchmarks }: Pick<RefreshOptions, 'env' | 'benchmarks'>,
  onProgress?: Progress,
): Promise<ReadonlyMap<string, FetchOutcome<object>>> {
  const { baseUrl, useGraphql } = serviceSettings(service, env);
  const options = { baseUrl, client, onProgress };
  switch (service) {
    case 'semanticscholar':
      return fetchCitations(ids, options);
    case 'huggingface':
      return fetchHubRepos(ids, { ...options, registry: benchmarks });
    case 'github':
      return useGraphql ? fetchReposGraphql(ids, options) : fetchReposRest(ids, options);
  }
}

export interface ServiceReport {
  service: Service;
  asked: number;
  requests: number;
  /** Fetched, and the number moved. */
  updated: string[];
  /** Fetched, and the number is the same. */
  unchanged: string[];
  /** Could not be fetched; the last known value stays, with its old timestamp. */
  kept: { id: string; reason: string }[];
  /** Could not be fetched, and nothing was known yet. */
  failed: { id: string; reason: string }[];
  notFound: { id: string; references: IdReference[] }[];
  renamed: { id: string; to: string; references: IdReference[] }[];
  /** Fetched, with part of the answer not kept (a model card's results beyond the bounds), in words. */
  leftOut: { id: string; what: string }[];
  /** Ids in the file that no entry names any more. */
  dropped: string[];
  /** Semantic Scholar: where a paper it just answered for differs from the entry's title, authors or year. */
  differences: PaperDifference[];
}

type Row = { fetchedAt: string } & Record<string, unknown>;

const sameValue = (a: Row | undefined, b: Row) =>
  a !== undefined && JSON.stringify({ ...a, fetchedAt: '' }) === JSON.stringify({ ...b, fetchedAt: '' });

/** Merges one service's answers into its table of the metrics file. Pure: the caller writes. */
function mergeOutcomes<T extends object>(
  service: Service,
  table: Readonly<Record<string, Row>>,
  outcomes: ReadonlyMap<string, FetchOutcome<T>>,
  references: ReadonlyMap<string, IdReference[]>,
  fetchedAt: string,
): { table: Record<string, Row>; report: Omit<ServiceReport, 'requests' | 'differences'> } {
  const next: Record<string, Row> = {};
  const report: Omit<ServiceReport, 'requests' | 'differences'> = {
    service,
    asked: outcomes.size,
    updated: [],
    unchanged: [],
    kept: [],
    failed: [],
    notFound: [],
    renamed: [],
    leftOut: [],
    dropped: Object.keys(table).filter((id) => !references.has(id)),
  };
  for (const id of references.keys()) {
    const previous = table[id];
    const outcome = outcomes.get(id) ?? { kind: 'failed', reason: 'not asked' };
    if (outcome.kind === 'fetched') {
      const row = { ...outcome.value, fetchedAt } as Row;
      (sameValue(previous, row) ? report.unchanged : report.updated).push(id);
      if (outcome.renamedTo) report.renamed.push({ id, to: outcome.renamedTo, references: references.get(id)! });
      if (outcome.leftOut) report.leftOut.push({ id, what: outcome.leftOut });
      next[id] = row;
      continue;
    }
    if (outcome.kind === 'notFound') report.notFound.push({ id, references: references.get(id)! });
    else (previous ? report.kept : report.failed).push({ id, reason: outcome.reason });
    if (previous) next[id] = previous;
  }
  return { table: next, report };
}

/**
 * Time each service may take, waits included: they run at once, so the refresh ends within 12 minutes,
 * under the 15 its workflow step allows (.github/workflows/metrics.yml); what was not fetched by then keeps
 * its last known value.
 */
const REFRESH_TIME_BUDGET_MS = 12 * 60_000;

export interface RefreshOptions {
  entries: readonly Entry[];
  metricsPath: string;
  services: readonly Service[];
  env: ServiceEnvironment;
  /** The benchmark registry: a model card's result is kept only within its registry metric's range. */
  benchmarks: BenchmarkLookup;
  clientOptions?: Omit<ClientOptions, 'headers'>;
  onProgress?: (service: Service, done: number, total: number) => void;
  now?: () => Date;
}

/** The history after a service's merge: today's point for every id it fetched, thinned; ids no entry names dropped. */
function recordHistory(
  history: HistoryFile,
  service: Service,
  table: Readonly<Record<string, Row>>,
  report: Pick<ServiceReport, 'updated' | 'unchanged'>,
  references: ReadonlyMap<string, unknown>,
  today: string,
): HistoryFile {
  const name = TABLE_OF[service];
  const series = Object.fromEntries(Object.entries(history[name]).filter(([id]) => references.has(id)));
  for (const id of [...report.updated, ...report.unchanged]) {
    series[id] = thin(appendPoint(series[id] ?? [], today, table[id]![VALUE_OF[service]] as number), today);
  }
  return { ...history, [name]: series };
}

export async function refreshMetrics({ entries, metricsPath, services, env, benchmarks, clientOptions, onProgress, now = () => new Date() }: RefreshOptions) {
  let current = await readMetricsFile(metricsPath);
  const historyPath = historyPathFor(metricsPath);
  let history = await readHistoryFile(historyPath);
  const ids = collectIds(entries);
  let writes = Promise.resolve();

  return Promise.all(
    services.map(async (service): Promise<ServiceReport> => {
      const { headers, maxAnswerBytes } = serviceSettings(service, env);
      const client = new HttpClient({ timeBudgetMs: REFRESH_TIME_BUDGET_MS, maxAnswerBytes, ...clientOptions, headers });
      const outcomes = await fetchService(service, [...ids[service].keys()], client, { env, benchmarks }, (done, total) =>
        onProgress?.(service, done, total),
      );
      const tableName = TABLE_OF[service];
      const fetchedAt = now().toISOString();
      const merged = mergeOutcomes(service, current[tableName], outcomes, ids[service], fetchedAt);
      current = { ...current, [tableName]: merged.table };
      history = recordHistory(history, service, merged.table, merged.report, ids[service], fetchedAt.slice(0, 10));
      // One write at a time, each of the files as they stand after every service finished so far. The
      // metrics file goes last: a run killed between the two leaves a history one point ahead at most.
      writes = writes.then(async () => {
        await writeFileAtomically(historyPath, serializeHistory(history));
        await writeMetricsFile(metricsPath, current);
      });
      await writes;
      const answered = Object.fromEntries([...merged.report.updated, ...merged.report.unchanged].map((id) => [id, merged.table[id] as unknown as PaperValue]));
      const differences = service === 'semanticscholar' ? paperDifferences(entries, answered) : [];
      return { ...merged.report, differences, requests: client.requests };
    }),
  );
}
