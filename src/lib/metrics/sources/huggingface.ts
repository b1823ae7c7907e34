/**
 * Likes, downloads and the facts of a Hub repository's info (licence, gate, base models, parameter
 * count, pipeline, last change, the card's self-reported evaluation results): one request per
 * repository, a bounded number in flight. The facts come from the same answer as the likes (the
 * model info carries `cardData` without asking: `expand[]` would return only what it lists); any of
 * them missing or in another shape is just unknown. Of the card's results only those the pages may show
 * are kept (../self-reported.ts bounds them); what is left out is counted for the report.
 */
import type { BenchmarkLookup } from '../../content/benchmarks.ts';
import { mapLimited, type HttpClient } from '../http-client.ts';
import type { EvalResult } from '../metrics.ts';
import { describeLeftOut, keptSelfReported } from '../self-reported.ts';
import { modelIndexResults, withoutUndefined } from './model-index.ts';
import type { FetchOutcome, Progress } from './outcome.ts';

const HUB_CONCURRENCY = 16;
/** A model's info lists its files and the Spaces that use it, some hundreds of KB for the most used: an answer past 8 MB is not read. */
export const HUB_INFO_MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** `datasets/a/b` -> /api/datasets/a/b; `spaces/a/b` -> /api/spaces/a/b; `a/b` -> /api/models/a/b. */
export function hubApiUrl(baseUrl: string, id: string): string {
  const [, kind = 'models', repo] = /^(?:(datasets|spaces)\/)?(.+)$/.exec(id)!;
  return `${baseUrl}/api/${kind}/${repo}`;
}

export interface HubValue {
  likes: number;
  downloads?: number;
  license?: string;
  gated?: boolean;
  baseModels?: string[];
  parameters?: number;
  pipelineTag?: string;
  lastModified?: string;
  /** The model card's `model-index` results, one per metric, as the card states them (those the pages may show). */
  evalResults?: EvalResult[];
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const texts = (value: unknown) => (Array.isArray(value) ? value : [value]).map(text).filter((item): item is string => item !== undefined);
const wholeNumber = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);
const isoTime = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined);

/**
 * What we keep of a repository's info (`GET /api/models/{id}` and its dataset and Space twins), and what
 * of its card's results was left out, in words for the report.
 */
export function hubValue(info: Record<string, unknown>, likes: number, registry: BenchmarkLookup): { value: HubValue; leftOut?: string } {
  const card = (info.cardData && typeof info.cardData === 'object' ? info.cardData : {}) as Record<string, unknown>;
  // The card's licence, else the Hub's license:... tag (set from the card, or by the Hub for a known one).
  const license = texts(card.license)[0] ?? texts(info.tags).find((tag) => tag.startsWith('license:'))?.slice('license:'.length);
  const baseModels = texts(card.base_model);
  // The card's model-index; the info also has it at the top level, which older answers filled alone.
  const { results, malformed } = modelIndexResults(card['model-index'] ?? info['model-index']);
  const { kept: evalResults, leftOut } = keptSelfReported(results, registry);
  const leftOutText = describeLeftOut({ malformed, ...leftOut });
  const safetensors = (info.safetensors && typeof info.safetensors === 'object' ? info.safetensors : {}) as Record<string, unknown>;
  const value: HubValue = {
    likes,
    downloads: wholeNumber(info.downloads),
    license,
    // false when anyone may download; "auto" or "manual" when access must be requested.
    gated: info.gated === false ? false : info.gated === 'auto' || info.gated === 'manual' || info.gated === true ? true : undefined,
    baseModels: baseModels.length ? baseModels : undefined,
    parameters: wholeNumber(safetensors.total),
    pipelineTag: text(info.pipeline_tag),
    lastModified: isoTime(info.lastModified),
    evalResults: evalResults.length ? evalResults : undefined,
  };
  return { value: withoutUndefined(value), ...(leftOutText && { leftOut: `model-index: kept ${evalResults.length} result(s); left out ${leftOutText}` }) };
}

export async function fetchHubRepos(
  ids: readonly string[],
  { baseUrl, client, onProgress, registry }: { baseUrl: string; client: HttpClient; onProgress?: Progress; registry: BenchmarkLookup },
): Promise<Map<string, FetchOutcome<HubValue>>> {
  let done = 0;
  const outcomes = await mapLimited(ids, HUB_CONCURRENCY, async (id): Promise<FetchOutcome<HubValue>> => {
    try {
      const { status, body, headers } = await client.json<Record<string, unknown> | null>(hubApiUrl(baseUrl, id), {}, [401, 404]);
      // The Hub answers an unknown (or private) repository with 401 and x-error-code: RepoNotFound.
      if (status === 404 || (status === 401 && headers.get('x-error-code') === 'RepoNotFound')) return { kind: 'notFound' };
      if (status === 401) return { kind: 'failed', reason: 'HTTP 401: the Hub refused the request (check HF_TOKEN)' };
      if (typeof body?.likes !== 'number') return { kind: 'failed', reason: 'the answer has no likes' };
      return { kind: 'fetched', ...hubValue(body, body.likes, registry) };
    } catch (error) {
      return { kind: 'failed', reason: (error as Error).message };
    } finally {
      onProgress?.(++done, ids.length);
    }
  });
  return new Map(ids.map((id, i) => [id, outcomes[i]!]));
}
