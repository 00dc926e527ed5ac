import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

// Fetching never reaches a private, loopback, link-local, carrier-grade NAT, multicast, reserved
// or metadata address (10/8, 127/8, 169.254/16, ::1, fc00::/7 ...), whether the URL names it, a
// redirect leads to it, or a DNS answer gives it; only ACCORD_ALLOW_PRIVATE_FETCH=1 lets it
// (tests, intranets). The check runs at connect time on the address actually used, so a name
// that resolves to a public address once and a private one later gains nothing.
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  // "::ffff:127.0.0.1" is 127.0.0.1.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

export class BlockedAddressError extends Error {}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

// A drop-in for dns.lookup that refuses an answer holding any address that is not public.
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as LookupAddress[];
      const blocked = allowPrivate ? undefined : list.find((a) => !isPublicAddress(a.address));
      if (blocked) return callback(new BlockedAddressError(`${hostname} resolves to ${blocked.address}, a private or reserved address (ACCORD_ALLOW_PRIVATE_FETCH=1 allows it)`), '');
      if (options.all) return callback(null, list);
      const first = list[0];
      return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '');
    });
  };
}

// A URL whose host is an address literal never reaches the resolver: checked here.
export function checkLiteralHost(url: URL, allowPrivate: boolean): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host))
    throw new BlockedAddressError(`${host} is a private or reserved address (ACCORD_ALLOW_PRIVATE_FETCH=1 allows it)`);
}
