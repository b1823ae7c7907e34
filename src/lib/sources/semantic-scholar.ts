/** Citation counts from Semantic Scholar's batch endpoint: up to 500 ids a request, answers aligned by position. */
import { RequestFailed, type HttpClient } from '../http-client.ts';
import { chunk, type FetchOutcome, type Progress } from './outcome.ts';

export const S2_BATCH_SIZE = 500;

export const s2BatchUrl = (baseUrl: string) => `${baseUrl}/graph/v1/paper/batch?fields=citationCount`;

export async function fetchCitations(
  ids: readonly string[],
  { baseUrl, client, onProgress }: { baseUrl: string; client: HttpClient; onProgress?: Progress },
): Promise<Map<string, FetchOutcome<{ citations: number }>>> {
  const outcomes = new Map<string, FetchOutcome<{ citations: number }>>();
  let done = 0;
  for (const batch of chunk(ids, S2_BATCH_SIZE)) {
    try {
      const { body } = await client.json<unknown>(s2BatchUrl(baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids: batch }),
      });
      if (!Array.isArray(body) || body.length !== batch.length) {
        throw new RequestFailed(`the answer does not line up with the ${batch.length} ids asked`);
      }
      batch.forEach((id, i) => {
        const paper = body[i] as { citationCount?: unknown } | null;
        if (paper === null) outcomes.set(id, { kind: 'notFound' });
        else if (typeof paper.citationCount === 'number') outcomes.set(id, { kind: 'fetched', value: { citations: paper.citationCount } });
        else outcomes.set(id, { kind: 'failed', reason: 'the answer has no citationCount' });
      });
    } catch (error) {
      for (const id of batch) outcomes.set(id, { kind: 'failed', reason: (error as Error).message });
    }
    onProgress?.((done += batch.length), ids.length);
  }
  return outcomes;
}
