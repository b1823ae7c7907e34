/**
 * HTTP for the metrics refresh and the weekly watch: a timeout on every attempt, a bounded number of
 * tries, the services' rate-limit headers honoured (retry-after, x-ratelimit-remaining/-reset, the Hub's
 * RateLimit), and otherwise capped exponential backoff with jitter. One client per service, so a service
 * that says "wait" pauses only its own requests; a client may also hold a budget of requests and a least
 * interval between them (arXiv asks for 3 s), and a budget of time. Redirects are followed by hand and only
 * within the origin asked, so a token or key (Authorization, x-api-key) never travels to another host.
 *
 * Every answer is read as a stream and abandoned once it passes the client's cap on bytes, so a hostile or
 * broken service (an endless body, a 400 MB listing) costs at most that much memory and time. A service that
 * asks for a longer wait than the client allows, or past its time budget, is not waited for: the client
 * stops, and every later request fails at once with the reason, so its caller can end that source.
 */

export interface RetryPolicy {
  /** Tries per request, the first included. */
  maxTries: number;
  /** Time one attempt may take before it is abandoned. */
  timeoutMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A service asking to wait longer than this is not waited for: the client stops instead. */
  maxWaitMs: number;
}

/** The default cap on one answer's bytes: a few times the largest JSON answer the services send (see each client's own). */
const DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** Hops of a redirect chain before the client gives up (fetch's own limit is 20). */
const MAX_REDIRECTS = 5;

const DEFAULT_POLICY: RetryPolicy = {
  maxTries: 5,
  timeoutMs: 20_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxWaitMs: 120_000,
};

export interface ClientOptions {
  policy?: Partial<RetryPolicy>;
  headers?: Record<string, string>;
  /** Requests this client may send in all, retries included; one more fails instead of going out. */
  maxRequests?: number;
  /** The least time between the starts of two requests (retries included), for services that ask for it. */
  minIntervalMs?: number;
  /** Bytes one answer may have (after decompression); a longer one is abandoned and its request fails. */
  maxAnswerBytes?: number;
  /** Time the client may spend from its creation, waits included; after it, it sends nothing more. */
  timeBudgetMs?: number;
  /** Injected in tests: how the client waits, what time it is, and its jitter. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/** Why a request gave up; `notFound` is an answer, not a fault. */
export class RequestFailed extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/** The client sends nothing more: a service asked for too long a wait, or its budget of requests or time is spent. */
export class ClientStopped extends RequestFailed {}

/** Seconds to wait from rate-limit headers, if the response carries any. */
export function rateLimitWait(headers: Headers, nowMs: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, (date - nowMs) / 1000);
  }
  // The Hub: RateLimit: "api";r=0;t=55 (r remaining, t seconds until the window resets).
  const hub = headers.get('ratelimit');
  if (hub) {
    const remaining = /(?:^|;)\s*r=(\d+)/.exec(hub)?.[1];
    const reset = /(?:^|;)\s*t=(\d+)/.exec(hub)?.[1];
    if (remaining === '0' && reset !== undefined) return Number(reset);
  }
  // GitHub: x-ratelimit-remaining: 0 with x-ratelimit-reset as epoch seconds.
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset - nowMs / 1000);
  }
  return undefined;
}

const isRetryableStatus = (status: number) => status === 429 || status === 408 || status >= 500;

export interface HttpResponse<T = unknown> {
  status: number;
  body: T;
  /** The URL that answered, after redirects (GitHub answers a renamed repository with a 301). */
  url: string;
  headers: Headers;
}

/** Seconds for a message: whole seconds, or tenths below ten ("0.2 s", "120 s"). */
const seconds = (ms: number) => (ms >= 10_000 ? String(Math.ceil(ms / 1000)) : String(Math.ceil(ms / 100) / 10));
/** Bytes for a message, in MB as the caps are stated. */
const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;

export class HttpClient {
  readonly policy: RetryPolicy;
  /** How many requests went out, retries included. */
  requests = 0;
  readonly maxRequests: number;
  private readonly maxAnswerBytes: number;
  private readonly minIntervalMs: number;
  private readonly timeBudgetMs: number;
  private readonly deadline: number;
  private readonly headers: Record<string, string>;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  private pausedUntil = 0;
  private lastStartedAt = -Infinity;
  /** Why the client sends nothing more, once it has stopped. */
  private stoppedBecause: string | undefined;

  constructor(options: ClientOptions = {}) {
    this.policy = { ...DEFAULT_POLICY, ...options.policy };
    this.headers = options.headers ?? {};
    this.maxRequests = options.maxRequests ?? Infinity;
    this.maxAnswerBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
    this.minIntervalMs = options.minIntervalMs ?? 0;
    this.sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.timeBudgetMs = options.timeBudgetMs ?? Infinity;
    this.deadline = this.now() + this.timeBudgetMs;
  }

  /** Stops the client for good: this request and every later one fail with `reason`. */
  private stop(reason: string): never {
    this.stoppedBecause ??= reason;
    throw new ClientStopped(this.stoppedBecause);
  }

  private backoff(attempt: number): number {
    const capped = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** attempt);
    return capped / 2 + (capped / 2) * this.random();
  }

  /** Sleeps `ms` unless that would end past the time budget, which stops the client instead. */
  private async sleepWithinBudget(ms: number): Promise<void> {
    if (this.now() + ms > this.deadline) this.stop(`the ${seconds(this.timeBudgetMs)} s this client may spend are spent`);
    await this.sleep(ms);
  }

  /** Waits until a pause asked for by the service is over; stops the client if it would be too long. */
  private async waitForPause(): Promise<void> {
    const wait = this.pausedUntil - this.now();
    if (wait <= 0) return;
    if (wait > this.policy.maxWaitMs) this.stop(`asked to wait ${seconds(wait)} s, more than the ${seconds(this.policy.maxWaitMs)} s allowed`);
    const left = this.deadline - this.now();
    if (wait > left) this.stop(`asked to wait ${seconds(wait)} s, more than the ${seconds(Math.max(0, left))} s left of the ${seconds(this.timeBudgetMs)} s this client may spend`);
    await this.sleep(wait);
  }

  /** Takes one request from the budget once the least interval since the last one has passed. */
  private async startRequest(): Promise<void> {
    if (this.stoppedBecause) this.stop(this.stoppedBecause);
    if (this.requests >= this.maxRequests) this.stop(`the budget of ${this.maxRequests} requests is spent`);
    const wait = this.lastStartedAt + this.minIntervalMs - this.now();
    if (wait > 0) await this.sleepWithinBudget(wait);
    if (this.now() >= this.deadline) this.stop(`the ${seconds(this.timeBudgetMs)} s this client may spend are spent`);
    this.lastStartedAt = this.now();
    this.requests++;
  }

  /** An attempt's timeout: the policy's, or what is left of the time budget if that is less. */
  private attemptTimeoutMs(): number {
    return Math.max(1, Math.min(this.policy.timeoutMs, this.deadline - this.now()));
  }

  /**
   * The body as text, read as a stream and abandoned as soon as it passes the cap (a declared length
   * over it is refused before reading): an endless or enormous answer costs at most the cap.
   */
  private async readCapped(response: Response, url: string): Promise<string> {
    const tooLarge = () =>
      new RequestFailed(`the answer from ${new URL(url).pathname} is larger than the ${megabytes(this.maxAnswerBytes)} this client reads; not read further`);
    if (Number(response.headers.get('content-length')) > this.maxAnswerBytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      // Leaving the loop cancels the stream, which closes the connection.
      if (size > this.maxAnswerBytes) throw tooLarge();
      chunks.push(chunk);
    }
    return new TextDecoder().decode(Buffer.concat(chunks, size));
  }

  /**
   * One attempt: the request and the redirects it meets, each hop with its own timeout. A redirect to
   * another origin is not followed (the headers carry the service's key); 303, and 301/302 after a POST,
   * turn the request into a GET without a body, as browsers do.
   */
  private async fetchWithinOrigin(url: string, init: RequestInit): Promise<{ response: Response; url: string }> {
    const origin = new URL(url).origin;
    let request: RequestInit & { headers: Record<string, string> } = { ...init, headers: { accept: 'application/json', ...this.headers, ...(init.headers as Record<string, string>) } };
    for (let hop = 0, current = url; ; hop++) {
      const response = await fetch(current, { ...request, redirect: 'manual', signal: AbortSignal.timeout(this.attemptTimeoutMs()) });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || response.status === 304 || !location) return { response, url: current };
      await response.body?.cancel();
      const next = new URL(location, current);
      if (next.origin !== origin) {
        throw new RequestFailed(`HTTP ${response.status} redirect from ${new URL(url).pathname} to another host (${next.host}), not followed: the request's credentials stay with ${new URL(url).host}`);
      }
      if (hop + 1 >= MAX_REDIRECTS) throw new RequestFailed(`more than ${MAX_REDIRECTS} redirects from ${new URL(url).pathname}`);
      const method = (request.method ?? 'GET').toUpperCase();
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        const { 'content-type': _contentType, ...headers } = request.headers;
        request = { ...request, method: 'GET', body: undefined, headers };
      }
      current = next.href;
    }
  }

  /**
   * Sends a request and parses its JSON. Resolves for 2xx and for `acceptStatuses` (such as 404,
   * which means "does not exist"); retries faults and rate limits; throws RequestFailed otherwise.
   */
  json<T = unknown>(url: string, init: RequestInit = {}, acceptStatuses: number[] = []): Promise<HttpResponse<T>> {
    return this.request(url, init, acceptStatuses, { parse: (text) => (text ? JSON.parse(text) : null) as T, unreadable: 'malformed JSON' });
  }

  /** As `json`, for a service that answers in another format (arXiv's Atom): the body as text. */
  text(url: string, init: RequestInit = {}, acceptStatuses: number[] = []): Promise<HttpResponse<string>> {
    return this.request(url, init, acceptStatuses, { parse: (text) => text, unreadable: 'a body cut short' });
  }

  private async request<T>(
    url: string,
    init: RequestInit,
    acceptStatuses: number[],
    body: { parse: (text: string) => T; unreadable: string },
  ): Promise<HttpResponse<T>> {
    let lastProblem = 'no attempt made';
    for (let attempt = 0; attempt < this.policy.maxTries; attempt++) {
      await this.waitForPause();
      await this.startRequest();
      let response: Response;
      let answeredBy: string;
      try {
        ({ response, url: answeredBy } = await this.fetchWithinOrigin(url, init));
      } catch (error) {
        if (error instanceof RequestFailed) throw error;
        const timedOut = (error as Error).name === 'TimeoutError';
        lastProblem = timedOut ? `no answer within ${this.policy.timeoutMs / 1000} s` : `network error (${(error as Error).message})`;
        await this.sleepWithinBudget(this.backoff(attempt));
        continue;
      }

      const wait = rateLimitWait(response.headers, this.now());
      const rateLimited = response.status === 429 || (response.status === 403 && wait !== undefined);
      const retryable = rateLimited || isRetryableStatus(response.status);
      if (wait !== undefined && (retryable || response.headers.get('x-ratelimit-remaining') === '0')) {
        // The service's own word on when to come back holds for this request and the next ones.
        this.pausedUntil = Math.max(this.pausedUntil, this.now() + wait * 1000);
      }
      if (retryable) {
        await response.body?.cancel();
        lastProblem = rateLimited ? `rate limited (HTTP ${response.status})` : `HTTP ${response.status}`;
        if (wait === undefined) await this.sleepWithinBudget(this.backoff(attempt));
        continue;
      }
      if (!response.ok && !acceptStatuses.includes(response.status)) {
        await response.body?.cancel();
        throw new RequestFailed(`HTTP ${response.status} from ${new URL(url).pathname}`, response.status);
      }
      try {
        return { status: response.status, body: body.parse(await this.readCapped(response, url)), url: answeredBy, headers: response.headers };
      } catch (error) {
        // Too large an answer is not retried: the service would send it again.
        if (error instanceof RequestFailed) throw error;
        lastProblem = (error as Error).name === 'TimeoutError' ? `no answer within ${this.policy.timeoutMs / 1000} s` : body.unreadable;
        await this.sleepWithinBudget(this.backoff(attempt));
      }
    }
    throw new RequestFailed(`${lastProblem} after ${this.policy.maxTries} tries`);
  }
}

/** Runs `work` over `items` with at most `limit` in flight, keeping results in order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
