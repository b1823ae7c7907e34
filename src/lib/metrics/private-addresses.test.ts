import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { expect, it, onTestFinished } from 'vitest';
import { guardedDispatcher, isPrivateAddress, privateHostReason } from './private-addresses.ts';

it('knows the private, loopback, link-local and unspecified ranges of IPv4 and IPv6, IPv4 inside IPv6 too', () => {
  const privateOnes = ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255',
    '::', '::1', 'fd00::1', 'fc00::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1'];
  const publicOnes = ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', 'not an address'];
  expect(privateOnes.filter((address) => !isPrivateAddress(address))).toEqual([]);
  expect(publicOnes.filter(isPrivateAddress)).toEqual([]);
});

it('names hosts private as written: addresses and local names', () => {
  expect(privateHostReason('[::1]')).toBe('::1 is a private address');
  expect(privateHostReason('LOCALHOST.')).toBe('localhost is a local name');
  expect(privateHostReason('printer.local')).toBe('printer.local is a local name');
  expect(privateHostReason('arxiv.org')).toBeUndefined();
  expect(privateHostReason('93.184.216.34')).toBeUndefined();
});

it('refuses to connect where a name resolves to a private address, whatever was checked before', async () => {
  const server = createServer((_, response) => response.end('reached'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  onTestFinished(() => void server.close());
  const dispatcher = guardedDispatcher();
  onTestFinished(() => dispatcher.close());
  // localhost resolves from /etc/hosts, with no network.
  const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
  await expect(request(url, { dispatcher })).rejects.toMatchObject({ code: 'EPRIVATE' });
  const plain = await request(url);
  expect(await plain.body.text()).toBe('reached');
});
