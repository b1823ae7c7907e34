/**
 * Stars, licence, archived flag and last push from GitHub: with a token, one GraphQL query per 100
 * repositories (aliased repository() fields; a missing one comes back null with a NOT_FOUND error
 * while the rest succeed); without a token, REST per repository. Both follow renames, say so, and
 * keep the new name.
 */
import { mapLimited, RequestFailed, type HttpClient } from '../http-client.ts';
import { chunk, type FetchOutcome, type Progress } from './outcome.ts';

export const GRAPHQL_BATCH_SIZE = 100;
/** A GraphQL batch of 100 repositories is some 30 KB, a REST repository some 10 KB: an answer past 2 MB is not read. */
export const GITHUB_MAX_ANSWER_BYTES = 2 * 1024 * 1024;
const REST_CONCURRENCY = 4;

export interface RepoValue { stars: number; archived: boolean; pushedAt?: string; license?: string; movedTo?: string }

interface Options {
  baseUrl: string;
  client: HttpClient;
  onProgress?: Progress;
}

const renamedFrom = (asked: string, answered: unknown) =>
  typeof answered === 'string' && answered.toLowerCase() !== asked.toLowerCase() ? answered : undefined;

interface RepoAnswer { nameWithOwner?: unknown; stargazerCount?: unknown; isArchived?: unknown; pushedAt?: unknown; spdxId?: unknown }

function outcomeOf(asked: string, repo: RepoAnswer): FetchOutcome<RepoValue> {
  if (typeof repo.stargazerCount !== 'number') return { kind: 'failed', reason: 'the answer has no star count' };
  const renamedTo = renamedFrom(asked, repo.nameWithOwner);
  return {
    kind: 'fetched',
    value: {
      stars: repo.stargazerCount,
      archived: repo.isArchived === true,
      ...(typeof repo.pushedAt === 'string' ? { pushedAt: repo.pushedAt } : {}),
      ...(typeof repo.spdxId === 'string' && repo.spdxId ? { license: repo.spdxId } : {}),
      ...(renamedTo ? { movedTo: renamedTo } : {}),
    },
    ...(renamedTo ? { renamedTo } : {}),
  };
}

function graphqlQuery(repos: readonly string[]): string {
  const fields = repos.map((repo, i) => {
    const [owner, name] = repo.split('/');
    return `r${i}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { nameWithOwner stargazerCount isArchived pushedAt licenseInfo { spdxId } }`;
  });
  return `query {\n  ${fields.join('\n  ')}\n}`;
}

interface GraphqlAnswer {
  data?: Record<string, Record<string, unknown> | null> | null;
  errors?: { type?: string; path?: unknown[]; message?: string }[];
}

export async function fetchReposGraphql(repos: readonly string[], { baseUrl, client, onProgress }: Options) {
  const outcomes = new Map<string, FetchOutcome<RepoValue>>();
  let done = 0;
  for (const batch of chunk(repos, GRAPHQL_BATCH_SIZE)) {
    try {
      const { body } = await client.json<GraphqlAnswer>(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: graphqlQuery(batch) }),
      });
      if (!body?.data) {
        throw new RequestFailed(`GraphQL answered without data (${body?.errors?.[0]?.message ?? 'no reason given'})`);
      }
      const errorsByAlias = new Map((body.errors ?? []).map((error) => [String(error.path?.[0]), error]));
      batch.forEach((repo, i) => {
        const answer = body.data![`r${i}`];
        const error = errorsByAlias.get(`r${i}`);
        if (answer) outcomes.set(repo, outcomeOf(repo, { ...answer, spdxId: (answer.licenseInfo as { spdxId?: unknown } | null)?.spdxId }));
        else if (error?.type === 'NOT_FOUND') outcomes.set(repo, { kind: 'notFound' });
        else outcomes.set(repo, { kind: 'failed', reason: error?.message ?? 'no answer for this repository' });
      });
    } catch (error) {
      for (const repo of batch) outcomes.set(repo, { kind: 'failed', reason: (error as Error).message });
    }
    onProgress?.((done += batch.length), repos.length);
  }
  return outcomes;
}

export async function fetchReposRest(repos: readonly string[], { baseUrl, client, onProgress }: Options) {
  let done = 0;
  const outcomes = await mapLimited(repos, REST_CONCURRENCY, async (repo): Promise<FetchOutcome<RepoValue>> => {
    try {
      // fetch follows GitHub's 301 for a renamed repository; full_name then names the new one.
      const { status, body } = await client.json<Record<string, unknown>>(`${baseUrl}/repos/${repo}`, {}, [404]);
      if (status === 404) return { kind: 'notFound' };
      return outcomeOf(repo, {
        nameWithOwner: body.full_name,
        stargazerCount: body.stargazers_count,
        isArchived: body.archived,
        pushedAt: body.pushed_at,
        spdxId: (body.license as { spdx_id?: unknown } | null)?.spdx_id,
      });
    } catch (error) {
      return { kind: 'failed', reason: (error as Error).message };
    } finally {
      onProgress?.(++done, repos.length);
    }
  });
  return new Map(repos.map((repo, i) => [repo, outcomes[i]!]));
}
