/**
 * A local HTTP server that answers like GitHub (REST and GraphQL), the Hugging Face Hub and
 * Semantic Scholar's batch endpoint, in their real formats and with their real errors: GraphQL
 * NOT_FOUND errors beside data, REST 301 for renamed repositories and 404, the Hub's 401
 * RepoNotFound, batch answers with null for unknown ids, and rate-limit headers. Faults (a status,
 * a hang, malformed JSON, a flood of bytes) are injected per request to test the client's behaviour. A Hub model's
 * card metadata carries its `model-index`, as the real model info does (in `cardData` and at the top
 * level).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type FakeService = 'github' | 'huggingface' | 'semanticscholar';

interface FakeRepo {
  stars: number;
  archived?: boolean;
  pushedAt?: string;
  /** SPDX id; GitHub answers null for a repository without a licence it recognises. */
  license?: string;
}

export interface FakeState {
  /** Repositories by `owner/name` as GitHub spells them now. */
  github: Map<string, FakeRepo>;
  /** Old `owner/name` -> the name a repository was renamed to. */
  githubRenames: Map<string, string>;
  /** Hub repositories by id as entries write them (`a/b`, `datasets/a/b`). */
  hub: Map<string, { likes: number; downloads?: number; info?: Record<string, unknown>; modelIndex?: unknown }>;
  /** Semantic Scholar ids -> citation count. */
  papers: Map<string, number>;
  /** Semantic Scholar ids -> the paper's title, authors, venue and year, where a test gives them. */
  paperDetails: Map<
    string,
    { title: string; authors: string[]; venue: string; year: number; publicationDate?: string; openAccessPdf?: string; externalIds?: Record<string, string | number> }
  >;
}

/** A fault injected into the answers of one fake service (the watch's fakes use the same shape). */
export interface Fault<Service extends string = FakeService> {
  service: Service;
  /** Only requests whose path or body contains this. */
  match?: string;
  /** How many matching requests get the fault (Infinity: all). */
  times: number;
  kind: 'status' | 'hang' | 'malformed' | 'flood';
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** A flood's length, declared in content-length; without it the flood is chunked and never ends. */
  bytes?: number;
}

/**
 * A 200 whose body is `fault.bytes` spaces (padding in JSON and XML alike), or spaces without end, written
 * only as fast as the client reads (a write waits for 'drain'), so a 400 MB answer costs the test what the
 * client reads of it. `sent` counts what went to the socket.
 */
export function floodAnswer(res: ServerResponse, fault: Pick<Fault<string>, 'bytes'>, contentType: string, sent: (bytes: number) => void) {
  const chunk = Buffer.alloc(64 * 1024, ' ');
  let left = fault.bytes ?? Infinity;
  res.writeHead(200, { 'content-type': contentType, ...(fault.bytes === undefined ? {} : { 'content-length': String(fault.bytes) }) });
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      const piece = left < chunk.length ? chunk.subarray(0, left) : chunk;
      left -= piece.length;
      sent(piece.length);
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (left <= 0) res.end();
  };
  pump();
}

export interface FakeApis {
  env: { GITHUB_API_URL: string; HF_API_URL: string; S2_API_URL: string };
  state: FakeState;
  faults: Fault[];
  /** Requests per service, faults included. */
  requests: Record<FakeService, number>;
  /** Every request's service, method, path and headers, for assertions. */
  log: { service: FakeService; method: string; path: string; headers: IncomingMessage['headers'] }[];
  /** Bytes of floods written to the sockets. */
  readonly flooded: number;
  close(): Promise<void>;
}

/** A token the Hub's autoevaluator added to a card (Intel/roberta-base-mrpc, its discussion #3): an EdDSA JWT over a hash. */
export const HUB_VERIFY_TOKEN =
  'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJoYXNoIjoiYzdmODEyMjE4YmRmOTU3M2I1ODE0OWFiNDAzMTdiMDAwNWY5MzA4ZTZkM2IwNTRiZGQ5ZDRiMmEyMGM4ZDFmYyIsInZlcnNpb24iOjF9.w9yMqALfZG7spR6S9DA4JjWcx58TmDcz-58cSWtt7IuPc7XTxD5Ul41oHDsd17MW2hXtysOIMF23VIFmG6s3Bg';

/**
 * A card's model-index as cards write it (trimmed from real ones: a name, results with task, dataset
 * and metrics, a source, args the refresh does not keep; one metric with the Hub's token, one marked
 * verified by the card alone).
 */
export const MODEL_INDEX = [
  {
    name: 'meditron-70b',
    results: [
      {
        task: { type: 'question-answering', name: 'Question Answering' },
        dataset: { type: 'GBaker/MedQA-USMLE-4-options', name: 'MedQA (USMLE, 4 options)', split: 'test' },
        metrics: [
          { type: 'accuracy', name: 'Accuracy', value: 64.4, verified: true, verifyToken: HUB_VERIFY_TOKEN },
          { type: 'f1', value: 0.61, verified: true, args: { average: 'macro' } },
        ],
        source: { name: 'Meditron paper', url: 'https://arxiv.org/abs/2311.16079' },
      },
      {
        task: { type: 'question-answering' },
        dataset: { type: 'qiaojin/PubMedQA', name: 'PubMedQA', config: 'pqa_labeled', split: 'test' },
        metrics: [{ type: 'accuracy', name: 'Accuracy', value: 81.6 }],
      },
    ],
  },
];

/** A card's model-index as a careless card writes it: only the last result in each shape is well formed. */
export const MALFORMED_MODEL_INDEX = [
  { name: 'no results' },
  { name: 'results not a list', results: { dataset: { type: 'a/b' } } },
  {
    name: 'odd results',
    results: [
      'just text',
      { task: { type: 'question-answering' }, metrics: [{ type: 'accuracy', value: 50 }] },
      { dataset: { type: 'a/no-metrics', split: 'test' }, metrics: 'accuracy: 50' },
      {
        task: 'question-answering',
        dataset: { type: 'GBaker/MedQA-USMLE-4-options', name: 7, split: 'test' },
        metrics: [{ type: 'accuracy', value: '64.4' }, { type: 'accuracy' }, { value: 3 }, { type: 'accuracy', value: null }, { type: 'accuracy', value: 58.1, verified: 'yes' }],
      },
    ],
  },
];

export const emptyState = (): FakeState => ({ github: new Map(), githubRenames: new Map(), hub: new Map(), papers: new Map(), paperDetails: new Map() });

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });

const findCaseless = <V>(map: Map<string, V>, key: string): [string, V] | undefined =>
  [...map].find(([name]) => name.toLowerCase() === key.toLowerCase());

export async function startFakeApis({
  state = emptyState(),
  faults = [],
  delayMs = 0,
}: { state?: FakeState; faults?: Fault[]; delayMs?: number } = {}): Promise<FakeApis> {
  const requests: Record<FakeService, number> = { github: 0, huggingface: 0, semanticscholar: 0 };
  const log: FakeApis['log'] = [];
  const hanging = new Set<ServerResponse>();
  let base = '';
  let flooded = 0;

  /** GitHub's answer for a repository asked by a (possibly old) name. */
  const lookupRepo = (asked: string) => {
    const current = findCaseless(state.githubRenames, asked)?.[1] ?? asked;
    return findCaseless(state.github, current);
  };

  const github = async (req: IncomingMessage, res: ServerResponse, path: string, body: string) => {
    const rateHeaders = { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) };
    if (req.method === 'POST' && path === '/graphql') {
      if (!req.headers.authorization) return json(res, 401, { message: 'This endpoint requires you to be authenticated.' });
      const { query } = JSON.parse(body) as { query: string };
      const data: Record<string, unknown> = {};
      const errors: unknown[] = [];
      for (const [, alias, owner, name] of query.matchAll(/(\w+): repository\(owner: "([^"]+)", name: "([^"]+)"\)/g)) {
        const found = lookupRepo(`${owner}/${name}`);
        data[alias!] = found
          ? {
              nameWithOwner: found[0],
              stargazerCount: found[1].stars,
              isArchived: found[1].archived ?? false,
              pushedAt: found[1].pushedAt ?? null,
              licenseInfo: found[1].license ? { spdxId: found[1].license } : null,
            }
          : null;
        if (!found) {
          errors.push({
            type: 'NOT_FOUND',
            path: [alias],
            locations: [{ line: 2, column: 3 }],
            message: `Could not resolve to a Repository with the name '${owner}/${name}'.`,
          });
        }
      }
      return json(res, 200, errors.length ? { data, errors } : { data }, rateHeaders);
    }
    const repoPath = /^\/repos\/([^/]+\/[^/]+)$/.exec(path)?.[1] ?? /^\/repositories\/(.+)$/.exec(path)?.[1];
    if (req.method === 'GET' && repoPath) {
      const asked = decodeURIComponent(repoPath);
      const renamed = path.startsWith('/repos/') ? findCaseless(state.githubRenames, asked)?.[1] : undefined;
      if (renamed) {
        // GitHub answers a renamed repository with a 301 to /repositories/{id}.
        const location = `${base}/github/repositories/${encodeURIComponent(renamed)}`;
        return json(res, 301, { message: 'Moved Permanently', url: location, documentation_url: 'https://docs.github.com/rest' }, { location, ...rateHeaders });
      }
      const found = findCaseless(state.github, asked);
      if (!found) return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository', status: '404' }, rateHeaders);
      return json(
        res,
        200,
        {
          full_name: found[0],
          stargazers_count: found[1].stars,
          archived: found[1].archived ?? false,
          pushed_at: found[1].pushedAt ?? null,
          license: found[1].license ? { key: found[1].license.toLowerCase(), name: found[1].license, spdx_id: found[1].license } : null,
        },
        rateHeaders,
      );
    }
    return json(res, 404, { message: 'Not Found' });
  };

  const huggingface = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const match = /^\/api\/(models|datasets|spaces)\/(.+)$/.exec(path);
    const rateHeaders = { ratelimit: '"api";r=499;t=120', 'ratelimit-policy': '"fixed window";"api";q=500;w=300' };
    if (req.method !== 'GET' || !match) return json(res, 404, { error: 'Not Found' });
    const id = match[1] === 'models' ? decodeURIComponent(match[2]!) : `${match[1]}/${decodeURIComponent(match[2]!)}`;
    const found = state.hub.get(id);
    if (!found) {
      return json(res, 401, { error: 'Repository not found' }, { 'x-error-code': 'RepoNotFound', 'x-error-message': 'Repository not found', ...rateHeaders });
    }
    const card = found.modelIndex === undefined ? {} : { cardData: { ...(found.info?.cardData as object), 'model-index': found.modelIndex }, 'model-index': found.modelIndex };
    return json(res, 200, { _id: 'x', id, likes: found.likes, ...(found.downloads !== undefined ? { downloads: found.downloads } : {}), ...found.info, ...card }, rateHeaders);
  };

  const semanticScholar = async (req: IncomingMessage, res: ServerResponse, path: string, body: string) => {
    if (req.method !== 'POST' || path !== '/graph/v1/paper/batch') return json(res, 404, { error: 'Not found' });
    const { ids } = JSON.parse(body) as { ids: string[] };
    if (ids.length > 500) return json(res, 400, { error: 'Cannot process more than 500 paper ids at once' });
    return json(
      res,
      200,
      ids.map((id) => {
        if (!state.papers.has(id)) return null;
        // As the real service: every field asked for is there, null or empty where it knows nothing.
        const details = state.paperDetails.get(id);
        return {
          paperId: `p${id.replace(/\W/g, '')}`,
          citationCount: state.papers.get(id),
          title: details?.title ?? '',
          authors: (details?.authors ?? []).map((name, i) => ({ authorId: String(i + 1), name })),
          venue: details?.venue ?? '',
          year: details?.year ?? null,
          publicationDate: details?.publicationDate ?? null,
          // Where it knows no open-access copy, the service answers an empty url rather than null.
          openAccessPdf: { url: details?.openAccessPdf ?? '', status: details?.openAccessPdf ? 'GREEN' : null, license: null },
          externalIds: details?.externalIds ?? null,
        };
      }),
    );
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, prefix, ...rest] = url.pathname.split('/');
    const service = ({ github: 'github', hf: 'huggingface', s2: 'semanticscholar' } as const)[prefix as 'github' | 'hf' | 's2'];
    if (!service) return json(res, 404, { error: 'unknown service' });
    const path = `/${rest.join('/')}`;
    const body = await readBody(req);
    requests[service]++;
    log.push({ service, method: req.method ?? 'GET', path, headers: req.headers });
    if (delayMs) await new Promise((done) => setTimeout(done, delayMs));

    const fault = faults.find((f) => f.service === service && f.times > 0 && (!f.match || `${path} ${body}`.includes(f.match)));
    if (fault) {
      fault.times--;
      if (fault.kind === 'hang') {
        hanging.add(res);
        return;
      }
      if (fault.kind === 'flood') return floodAnswer(res, fault, 'application/json', (bytes) => (flooded += bytes));
      if (fault.kind === 'malformed') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"data": {"r0": {"stargazerCount": 12');
      }
      res.writeHead(fault.status ?? 500, { 'content-type': 'application/json', ...fault.headers });
      return res.end(fault.body ?? JSON.stringify({ message: 'fault' }));
    }
    if (service === 'github') return github(req, res, path, body);
    if (service === 'huggingface') return huggingface(req, res, path);
    return semanticScholar(req, res, path, body);
  });

  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { GITHUB_API_URL: `${base}/github`, HF_API_URL: `${base}/hf`, S2_API_URL: `${base}/s2` },
    state,
    faults,
    requests,
    log,
    get flooded() {
      return flooded;
    },
    close: () =>
      new Promise<void>((closed) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
