/** Likes and downloads from the Hugging Face Hub, one request per repository, a bounded number in flight. */
import { mapLimited, type HttpClient } from '../http-client.ts';
import type { FetchOutcome, Progress } from './outcome.ts';

const HUB_CONCURRENCY = 16;

/** `datasets/a/b` -> /api/datasets/a/b; `spaces/a/b` -> /api/spaces/a/b; `a/b` -> /api/models/a/b. */
export function hubApiUrl(baseUrl: string, id: string): string {
  const [, kind = 'models', repo] = /^(?:(datasets|spaces)\/)?(.+)$/.exec(id)!;
  return `${baseUrl}/api/${kind}/${repo}`;
}

interface HubValue { likes: number; downloads?: number }

export async function fetchHubRepos(
  ids: readonly string[],
  { baseUrl, client, onProgress }: { baseUrl: string; client: HttpClient; onProgress?: Progress },
): Promise<Map<string, FetchOutcome<HubValue>>> {
  let done = 0;
  const outcomes = await mapLimited(ids, HUB_CONCURRENCY, async (id): Promise<FetchOutcome<HubValue>> => {
    try {
      const { status, body, headers } = await client.json<{ likes?: unknown; downloads?: unknown }>(hubApiUrl(baseUrl, id), {}, [401, 404]);
      // The Hub answers an unknown (or private) repository with 401 and x-error-code: RepoNotFound.
      if (status === 404 || (status === 401 && headers.get('x-error-code') === 'RepoNotFound')) return { kind: 'notFound' };
      if (status === 401) return { kind: 'failed', reason: 'HTTP 401: the Hub refused the request (check HF_TOKEN)' };
      if (typeof body?.likes !== 'number') return { kind: 'failed', reason: 'the answer has no likes' };
      return {
        kind: 'fetched',
        value: { likes: body.likes, ...(typeof body.downloads === 'number' ? { downloads: body.downloads } : {}) },
      };
    } catch (error) {
      return { kind: 'failed', reason: (error as Error).message };
    } finally {
      onProgress?.(++done, ids.length);
    }
  });
  return new Map(ids.map((id, i) => [id, outcomes[i]!]));
}
