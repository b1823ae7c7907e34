import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { floodAnswer } from '../../../test/metrics/fake-apis.ts';
import { ClientStopped, HttpClient, mapLimited, rateLimitWait } from './http-client.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const headers = (init: Record<string, string>) => new Headers(init);

it('reads retry-after as seconds or as an HTTP date', () => {
  expect(rateLimitWait(headers({ 'retry-after': '5' }), NOW)).toBe(5);
  expect(rateLimitWait(headers({ 'retry-after': 'Wed, 25 Nov 2026 12:00:30 GMT' }), NOW)).toBe(30);
});

it("reads the Hub's RateLimit header only when nothing remains", () => {
  expect(rateLimitWait(headers({ ratelimit: '"api";r=0;t=55' }), NOW)).toBe(55);
  expect(rateLimitWait(headers({ ratelimit: '"api";r=12;t=55' }), NOW)).toBeUndefined();
});

it("reads GitHub's x-ratelimit-reset when x-ratelimit-remaining is 0", () => {
  const reset = String(NOW / 1000 + 90);
  expect(rateLimitWait(headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), NOW)).toBe(90);
  expect(rateLimitWait(headers({ 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': reset }), NOW)).toBeUndefined();
  expect(rateLimitWait(headers({}), NOW)).toBeUndefined();
});

it('runs at most `limit` tasks at once and keeps results in order', async () => {
  let running = 0;
  let most = 0;
  const results = await mapLimited([5, 1, 4, 2, 3, 0], 3, async (ms, i) => {
    most = Math.max(most, ++running);
    await new Promise((done) => setTimeout(done, ms));
    running--;
    return i * 10;
  });
  expect(results).toEqual([0, 10, 20, 30, 40, 50]);
  expect(most).toBe(3);
});

describe('redirects', () => {
  // Two hosts: the service, which holds the key, and another one that must never see it.
  const seenElsewhere: IncomingHttpHeaders[] = [];
  const seenAtService: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
  let service: Server;
  let elsewhere: Server;
  let serviceUrl: string;
  let elsewhereUrl: string;
  const listen = async (server: Server) => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    elsewhere = createServer((request, response) => {
      seenElsewhere.push(request.headers);
      response.setHeader('content-type', 'application/json').end('{"stolen":true}');
    });
    elsewhereUrl = await listen(elsewhere);
    service = createServer((request, response) => {
      seenAtService.push({ method: request.method, url: request.url, headers: request.headers });
      const moved = (status: number, location: string) => response.writeHead(status, { location }).end();
      if (request.url === '/renamed') moved(301, '/repos/new-name');
      else if (request.url === '/away') moved(302, `${elsewhereUrl}/collect`);
      else if (request.url === '/batch') moved(303, '/batch-result');
      else if (request.url === '/loop') moved(307, '/loop');
      else response.setHeader('content-type', 'application/json').end(JSON.stringify({ at: request.url }));
    });
    serviceUrl = await listen(service);
  });
  afterAll(() => {
    service.close();
    elsewhere.close();
  });

  const client = () => new HttpClient({ headers: { authorization: 'Bearer secret', 'x-api-key': 'secret' }, policy: { maxTries: 1 }, sleep: () => Promise.resolve() });

  it('follows a redirect within the origin, keeping the key, and says where the answer came from', async () => {
    const answer = await client().json<{ at: string }>(`${serviceUrl}/renamed`);
    expect(answer.body).toEqual({ at: '/repos/new-name' });
    expect(answer.url).toBe(`${serviceUrl}/repos/new-name`);
    expect(seenAtService.at(-1)!.headers['x-api-key']).toBe('secret');
  });

  it('never follows a redirect to another host, so the key and the token stay with the service', async () => {
    await expect(client().json(`${serviceUrl}/away`)).rejects.toThrow(
      `HTTP 302 redirect from /away to another host (${new URL(elsewhereUrl).host}), not followed: the request's credentials stay with ${new URL(serviceUrl).host}`,
    );
    expect(seenElsewhere).toEqual([]);
  });

  it('turns a POST into a GET without its body on a 303, and stops a redirect loop', async () => {
    const answer = await client().json(`${serviceUrl}/batch`, { method: 'POST', body: '{"ids":[]}', headers: { 'content-type': 'application/json' } });
    expect(answer.body).toEqual({ at: '/batch-result' });
    expect(seenAtService.at(-1)).toMatchObject({ method: 'GET', url: '/batch-result' });
    expect(seenAtService.at(-1)!.headers['content-type']).toBeUndefined();
    await expect(client().json(`${serviceUrl}/loop`)).rejects.toThrow('more than 5 redirects from /loop');
  });
});

describe('a budget and a least interval', () => {
  let server: Server;
  let url: string;
  let status = 200;
  beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(status, { 'content-type': 'application/atom+xml' }).end('<feed/>'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/query`;
  });
  afterAll(() => server.close());

  /** A clock that only the client's sleeps move on. */
  const fakeClock = () => {
    let now = 1_000_000;
    const waits: number[] = [];
    return { waits, now: () => now, sleep: async (ms: number) => void (waits.push(ms), (now += ms)) };
  };

  it('reads a body as text, and waits the least interval between requests, retries included', async () => {
    const clock = fakeClock();
    const client = new HttpClient({ minIntervalMs: 3000, policy: { maxTries: 2, baseDelayMs: 100 }, random: () => 0, ...clock });
    expect((await client.text(url)).body).toBe('<feed/>');
    await client.text(url);
    status = 503;
    await expect(client.text(url)).rejects.toThrow('HTTP 503 after 2 tries');
    status = 200;
    // The first request goes at once; each later one starts 3 s after the one before, a backoff counted in
    // (the last 100 ms is the backoff after the last try).
    expect(clock.waits).toEqual([3000, 3000, 50, 2950, 100]);
    expect(client.requests).toBe(4);
  });

  it('sends no request beyond its budget, retries included', async () => {
    const client = new HttpClient({ maxRequests: 3, policy: { maxTries: 5, baseDelayMs: 1 }, sleep: () => Promise.resolve() });
    await client.text(url);
    status = 500;
    await expect(client.text(url)).rejects.toThrow('the budget of 3 requests is spent');
    status = 200;
    await expect(client.text(url)).rejects.toThrow('the budget of 3 requests is spent');
    expect(client.requests).toBe(3);
  });
});

describe('answers too large, waits too long, time spent', () => {
  const MB = 1024 * 1024;
  let server: Server;
  let url: string;
  let sent = 0;
  let asked = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      asked++;
      const count = (bytes: number) => (sent += bytes);
      if (request.url === '/endless') floodAnswer(response, {}, 'application/json', count);
      else if (request.url === '/declared') floodAnswer(response, { bytes: 400 * MB }, 'application/json', count);
      else if (request.url === '/wait') response.writeHead(429, { 'retry-after': '120' }).end();
      else response.setHeader('content-type', 'application/json').end('{"ok":true}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const fakeClock = () => {
    let now = 1_000_000;
    return { now: () => now, sleep: async (ms: number) => void (now += ms) };
  };

  it('stops reading an endless body once it passes the cap, and does not ask again', async () => {
    sent = 0;
    asked = 0;
    const client = new HttpClient({ maxAnswerBytes: MB, policy: { maxTries: 3, timeoutMs: 1000 }, sleep: () => Promise.resolve() });
    await expect(client.json(`${url}/endless`)).rejects.toThrow('the answer from /endless is larger than the 1 MB this client reads; not read further');
    expect(asked).toBe(1);
    // What the socket buffers held besides: far from endless.
    expect(sent).toBeLessThan(MB + 16 * MB);
  });

  it('refuses a body whose declared length is over the cap before reading it', async () => {
    sent = 0;
    const client = new HttpClient({ maxAnswerBytes: MB, policy: { maxTries: 1, timeoutMs: 1000 }, sleep: () => Promise.resolve() });
    await expect(client.text(`${url}/declared`)).rejects.toThrow('the answer from /declared is larger than the 1 MB this client reads; not read further');
    expect(sent).toBeLessThan(16 * MB);
  });

  it('stops for good when a service asks to wait longer than allowed: this request and the next fail at once', async () => {
    asked = 0;
    const clock = fakeClock();
    const client = new HttpClient({ policy: { maxWaitMs: 60_000 }, ...clock });
    const stopped = client.json(`${url}/wait`);
    await expect(stopped).rejects.toThrow('asked to wait 120 s, more than the 60 s allowed');
    await expect(stopped).rejects.toBeInstanceOf(ClientStopped);
    await expect(client.json(`${url}/ok`)).rejects.toThrow('asked to wait 120 s, more than the 60 s allowed');
    expect(asked).toBe(1);
    expect(clock.now()).toBe(1_000_000);
  });

  it('sends nothing once its time budget is spent, and waits for nothing past it', async () => {
    const clock = fakeClock();
    const client = new HttpClient({ timeBudgetMs: 10_000, minIntervalMs: 3000, ...clock });
    for (let i = 0; i < 4; i++) await client.json(`${url}/ok`);
    // Requests at 0, 3, 6 and 9 s; the fifth would start at 12 s.
    await expect(client.json(`${url}/ok`)).rejects.toThrow('the 10 s this client may spend are spent');
    expect(client.requests).toBe(4);
    expect(clock.now()).toBe(1_009_000);
    const waited = new HttpClient({ timeBudgetMs: 100_000, policy: { maxWaitMs: 600_000 }, ...fakeClock() });
    await expect(waited.json(`${url}/wait`)).rejects.toThrow('asked to wait 120 s, more than the 100 s left of the 100 s this client may spend');
  });
});
