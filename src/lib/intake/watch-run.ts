/**
 * One run of the weekly watch: both sources asked at once, each through its own HTTP client (the metrics
 * refresh's: rate limits, backoff, same-origin redirects) with a fixed budget of requests, then judged
 * against the content. The window ends at the injected "now" and starts `days` before it.
 */
import { HttpClient, type ClientOptions } from '../metrics/http-client.ts';
import type { EntryFile } from '../content/content-files.ts';
import { watchArxiv } from './watch-arxiv.ts';
import { watchHuggingface } from './watch-huggingface.ts';
import { judgeFindings, listedOnHub, type WatchResult } from './watch.ts';

/** Requests a run may send to each source, retries included. */
export const WATCH_BUDGETS = { huggingface: 20, arxiv: 5 } as const;
/** arXiv's terms of use: no more than one request every three seconds. */
export const ARXIV_INTERVAL_MS = 3000;
/** Fewer tries than the refresh's 5: a weekly watch can wait for next week, and retries come out of the budget. */
const WATCH_POLICY = { maxTries: 3 };

interface WatchEnvironment {
  HF_API_URL?: string;
  ARXIV_API_URL?: string;
}

const trimSlash = (url: string) => url.replace(/(?<!\/)\/+$/, '');

export interface WatchOptions {
  known: readonly Pick<EntryFile, 'file' | 'frontMatter'>[];
  env: WatchEnvironment;
  days: number;
  now: Date;
  /** Injected in tests: waits, clock and the policy (short timeouts). */
  clientOptions?: ClientOptions;
}

export async function runWatch({ known, env, days, now, clientOptions = {} }: WatchOptions): Promise<WatchResult & { since: string; until: string }> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const client = (maxRequests: number, minIntervalMs = 0) =>
    new HttpClient({ ...clientOptions, policy: { ...WATCH_POLICY, ...clientOptions.policy }, headers: { 'user-agent': 'medical-foundation-models-watch' }, maxRequests, minIntervalMs });
  const runs = await Promise.all([
    watchHuggingface({
      baseUrl: trimSlash(env.HF_API_URL || 'https://huggingface.co'),
      client: client(WATCH_BUDGETS.huggingface),
      since: since.toISOString().slice(0, 10),
      listed: listedOnHub(known).queries,
    }),
    watchArxiv({ baseUrl: trimSlash(env.ARXIV_API_URL || 'https://export.arxiv.org/api'), client: client(WATCH_BUDGETS.arxiv, ARXIV_INTERVAL_MS), since, until: now }),
  ]);
  return { ...judgeFindings(runs, known), since: since.toISOString().slice(0, 10), until: now.toISOString().slice(0, 10) };
}
