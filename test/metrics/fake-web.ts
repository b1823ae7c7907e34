/**
 * A local web server for the link check, and a dispatcher that keeps every hostname on it without a
 * single DNS query. Each route (`host/path`) plays a scripted list of replies, one per request, the
 * last repeating: a status with headers, a different status for HEAD, or a hang. Through the
 * dispatcher, a URL without a port reaches the fake (https too, spoken as plain HTTP), a URL with a
 * port keeps it (a closed port refuses), and names under `.invalid` fail as DNS does, with ENOTFOUND.
 * Loaded with `node --import` and FAKE_WEB_PORT set, this module installs that dispatcher in a child
 * process, so the real script runs against the fake.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { Agent, buildConnector, setGlobalDispatcher } from 'undici';

export type Reply = { status: number; headers?: Record<string, string>; /** What HEAD gets instead. */ head?: number } | 'hang';

export interface FakeWeb {
  port: number;
  /** Every request, in order of arrival. */
  log: { method: string; route: string }[];
  /** The most requests that were in flight at once, per host and in all. */
  peak: { byHost: Map<string, number>; overall: number };
  close(): Promise<void>;
}

export async function startFakeWeb(routes: Record<string, Reply[]>, { delayMs = 0 } = {}): Promise<FakeWeb> {
  const served = new Map<string, number>();
  const log: FakeWeb['log'] = [];
  const peak: FakeWeb['peak'] = { byHost: new Map(), overall: 0 };
  const inFlight = new Map<string, number>();
  let overall = 0;
  const hanging = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const route = `${host}${new URL(req.url ?? '/', 'http://fake').pathname}`;
    log.push({ method: req.method ?? 'GET', route });
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    overall++;
    peak.byHost.set(host, Math.max(peak.byHost.get(host) ?? 0, inFlight.get(host)!));
    peak.overall = Math.max(peak.overall, overall);
    res.on('close', () => {
      inFlight.set(host, inFlight.get(host)! - 1);
      overall--;
    });

    const replies = routes[route] ?? [{ status: 404 }];
    const count = served.get(route) ?? 0;
    served.set(route, count + 1);
    const reply = replies[Math.min(count, replies.length - 1)]!;
    if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
    if (reply === 'hang') {
      hanging.add(res);
      return;
    }
    res.writeHead(req.method === 'HEAD' && reply.head ? reply.head : reply.status, { 'content-type': 'text/html', ...reply.headers });
    res.end(req.method === 'HEAD' ? undefined : '<!doctype html><title>fake</title>');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    peak,
    close: () =>
      new Promise<void>((closed) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

/** Every name is 127.0.0.1, except those under .invalid, which do not exist. */
const lookup: LookupFunction = (hostname, options, callback) => {
  if (hostname.endsWith('.invalid')) {
    return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname }), '');
  }
  if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
  callback(null, '127.0.0.1', 4);
};

export function localDispatcher(port: number): Agent {
  const connect = buildConnector({ lookup });
  return new Agent({ connect: (options, callback) => connect({ ...options, protocol: 'http:', port: options.port || String(port) }, callback) });
}

if (process.env.FAKE_WEB_PORT) setGlobalDispatcher(localDispatcher(Number(process.env.FAKE_WEB_PORT)));
