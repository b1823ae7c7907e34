/**
 * Addresses a link check must not ask: loopback, private, shared (CGNAT), link-local, unspecified,
 * multicast and reserved ranges of IPv4 and IPv6, IPv4 written inside IPv6 included. An entry is anyone's
 * pull request, and a URL that reaches the runner's own network is a way in, not a link.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Agent } from 'undici';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['100::', 64],
] as const) blocked.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address an IPv6 one carries (::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d), if it carries one. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:(?:0:)?|::|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return undefined;
  if (match[1]) return match[1];
  const [high, low] = [parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return blocked.check(address, 'ipv4');
  if (version !== 6) return false;
  const v4 = embeddedIpv4(address);
  return v4 !== undefined ? blocked.check(v4, 'ipv4') : blocked.check(address, 'ipv6');
}

/** Why a URL's hostname is private as written (an address or a local name), if it is. */
export function privateHostReason(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return isPrivateAddress(bare) ? `${bare} is a private address` : undefined;
  const name = bare.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost') || name.endsWith('.local') || name.endsWith('.internal')) return `${name} is a local name`;
  return undefined;
}

export type Resolve = (hostname: string) => Promise<string[]>;

/** Every address a name resolves to (an address resolves to itself). */
export const resolveAll: Resolve = async (hostname) => (isIP(hostname) ? [hostname] : (await lookup(hostname, { all: true })).map((entry) => entry.address));

/** A dispatcher that refuses to connect to a private address, whatever the name resolved to a moment before. */
export function guardedDispatcher(): Agent {
  const guardedLookup: LookupFunction = (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }).then(
      (entries) => {
        const found = entries.find((entry) => isPrivateAddress(entry.address));
        if (found) {
          const error = Object.assign(new Error(`${hostname} resolves to the private address ${found.address}`), { code: 'EPRIVATE' });
          callback(error, '', 0);
        } else if (options.all) callback(null, entries);
        else callback(null, entries[0]!.address, entries[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
  return new Agent({ connect: { lookup: guardedLookup } });
}
