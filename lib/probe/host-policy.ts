import 'server-only';
import { parse as parseDomain } from 'tldts';
import { isIpLiteral } from './ip-policy';

/**
 * The checks on a destination that need no network: scheme, userinfo, port, host name,
 * and the allow-list. Address checks (after DNS) live in ip-policy.ts and destination.ts.
 */

/** Fetch standard "bad ports" (https://fetch.spec.whatwg.org/#bad-port), plus 0. */
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Suffixes that only ever name private or special-use hosts. */
const PRIVATE_SUFFIXES = [
  '.localhost',
  '.local',
  '.localdomain',
  '.internal',
  '.intranet',
  '.lan',
  '.corp',
  '.home',
  '.home.arpa',
  '.private',
  '.test',
  '.invalid',
  '.example',
  '.onion',
  '.alt',
];

/** Cloud metadata service names (the single-label ones are also caught by the single-label rule). */
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.internal',
  'metadata.tencentyun.com',
  'metadata.packet.net',
  'metadata.platformequinix.com',
  'api.metadata.cloud.ibm.com',
]);

/** `host[:port]` entry of PROBE_ALLOW_HOSTS; `port` null means any port. */
export interface AllowEntry {
  host: string;
  port: number | null;
}

/** The port a URL connects to (explicit, or the scheme's default). */
export function effectivePort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/** Lower-cased host without trailing dots, as compared everywhere in the policy. */
export function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/\.+$/, '');
}

/**
 * Parse `PROBE_ALLOW_HOSTS` (comma-separated `host[:port]`, IPv6 in brackets). Each entry is
 * run through the URL parser so `127.1:4010` and `127.0.0.1:4010` mean the same thing.
 */
export function parseAllowHosts(value: string | undefined): AllowEntry[] {
  if (!value) return [];
  const entries: AllowEntry[] = [];
  for (const raw of value.split(',')) {
    const m = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::(\d{1,5}))?$/i.exec(raw.trim());
    // An entry that is not plain `host[:port]` allows nothing: never widen the policy on a typo.
    if (!m || Number(m[2] ?? 0) > 65535) continue;
    try {
      const url = new URL(`http://${m[1]}`);
      entries.push({ host: normaliseHost(url.hostname), port: m[2] === undefined ? null : Number(m[2]) });
    } catch {
      continue;
    }
  }
  return entries;
}

export function isAllowListed(url: URL, allow: readonly AllowEntry[]): boolean {
  const host = normaliseHost(url.hostname);
  const port = effectivePort(url);
  return allow.some((e) => e.host === host && (e.port === null || e.port === port));
}

/** Host names refused before any DNS lookup. `host` is normalised and not an IP literal. */
export function isRefusedName(host: string): boolean {
  if (host === 'localhost' || METADATA_NAMES.has(host)) return true;
  if (!host.includes('.')) return true; // single-label names resolve through search domains to internal hosts
  if (PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true;
  return !hasPublicSuffix(host);
}

/**
 * Does the name end in a suffix of the Public Suffix List (ICANN or private section)? A name
 * under any other top-level label (`kubernetes.default.svc`, `db.cluster.consul`) can only
 * be answered by internal DNS, so whatever it resolves to, it names something internal.
 */
export function hasPublicSuffix(host: string): boolean {
  const parsed = parseDomain(host, { allowPrivateDomains: true, extractHostname: false });
  return parsed.isIcann === true || parsed.isPrivate === true;
}

/** `host[:port]` strings naming the portal itself (from its Host header); requests to it would loop. */
export function isSelf(url: URL, selfHosts: readonly string[]): boolean {
  const host = normaliseHost(url.hostname);
  const port = effectivePort(url);
  return parseAllowHosts(selfHosts.join(',')).some((e) => e.host === host && (e.port === null || e.port === port));
}

export type StaticVerdict =
  { ok: false } | { ok: true; allowListed: boolean; literal: boolean; host: string; port: number };

/**
 * Everything that can be decided from the URL alone. An allow-listed host skips the name
 * and address checks (it is named private on purpose) but never the scheme, userinfo or self checks.
 */
export function checkUrl(url: URL, allow: readonly AllowEntry[], selfHosts: readonly string[]): StaticVerdict {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false };
  if (url.username || url.password) return { ok: false };
  if (isSelf(url, selfHosts)) return { ok: false };
  const host = normaliseHost(url.hostname);
  const port = effectivePort(url);
  const literal = isIpLiteral(host);
  if (isAllowListed(url, allow)) return { ok: true, allowListed: true, literal, host, port };
  if (BAD_PORTS.has(port)) return { ok: false };
  if (!literal && isRefusedName(host)) return { ok: false };
  return { ok: true, allowListed: false, literal, host, port };
}
