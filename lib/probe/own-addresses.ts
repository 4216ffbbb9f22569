import 'server-only';
import os from 'node:os';
import ipaddr from 'ipaddr.js';
import { embeddedIPv4 } from './ip-policy';

/**
 * The machine's own interface addresses. A public address of the portal's own host is in a
 * public range, so only this list tells that dialing it would reach the portal (or another
 * service on its host) from the inside. Interfaces change (DHCP, cloud re-attach), so the
 * list is read again after `REFRESH_MS`.
 */
const REFRESH_MS = 30_000;

let cached: { at: number; addresses: Set<string> } | null = null;
let source: () => NodeJS.Dict<os.NetworkInterfaceInfo[]> = () => os.networkInterfaces();

/** Canonical text of an address, so `::ffff:1.2.3.4`, `[2001:db8::1]` and `2001:0db8::1` compare equal. */
export function canonicalAddress(address: string): string | null {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return null;
  return ipaddr.process(bare).toNormalizedString();
}

function ownAddresses(now: number): Set<string> {
  if (cached && now - cached.at < REFRESH_MS) return cached.addresses;
  const addresses = new Set<string>();
  for (const list of Object.values(source()))
    for (const info of list ?? []) {
      const canonical = canonicalAddress(info.address);
      if (canonical) addresses.add(canonical);
    }
  cached = { at: now, addresses };
  return addresses;
}

/** Is `address` (or the IPv4 address it carries) one of this machine's interface addresses? */
export function isOwnAddress(address: string, now = Date.now()): boolean {
  const own = ownAddresses(now);
  const canonical = canonicalAddress(address);
  if (!canonical) return false;
  if (own.has(canonical)) return true;
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  if (!ipaddr.IPv6.isValid(bare)) return false;
  return embeddedIPv4(ipaddr.IPv6.parse(bare)).some((v4) => own.has(v4.toNormalizedString()));
}

/** Tests: read interfaces from `fake` instead of the OS (null restores the OS), and forget the cache. */
export function setInterfaceSource(fake: (() => NodeJS.Dict<os.NetworkInterfaceInfo[]>) | null): void {
  source = fake ?? (() => os.networkInterfaces());
  cached = null;
}
