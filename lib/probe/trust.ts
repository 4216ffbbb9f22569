import 'server-only';

/**
 * Which request headers describe the client. `X-Forwarded-For` and `X-Forwarded-Host` are
 * whatever the client wrote unless a proxy we trust rewrote them, and Next keeps a
 * client-sent value as it is. So they count only when `TRUST_PROXY_HOPS` says how many
 * proxies sit in front; otherwise the connection's own address is used, which
 * `instrumentation.ts` records in PEER_HEADER (the same name is written there) (overwriting anything the client sent there).
 */
export const PEER_HEADER = 'x-api-triage-peer';

/** `TRUST_PROXY_HOPS`: a whole number of proxies in front of the portal; anything else is 0. */
export function trustedHops(value: string | undefined = process.env.TRUST_PROXY_HOPS): number {
  const n = Number(value ?? '0');
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 0;
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The rate limiter's key for a request. With N trusted proxies, each appended the address
 * it saw, so the client is the N-th entry from the right; entries further left are claims.
 */
export function clientKey(headers: Headers, hops = trustedHops()): string {
  const peer = headers.get(PEER_HEADER)?.trim() || 'unknown-peer';
  if (hops === 0) return peer;
  const forwarded = list(headers.get('x-forwarded-for'));
  return forwarded.length >= hops ? (forwarded[forwarded.length - hops] ?? peer) : peer;
}

/**
 * `host[:port]` names the portal is reached by: the Host header, and the host a trusted
 * proxy says the client asked for. Without a trusted proxy, X-Forwarded-Host is ignored.
 */
export function trustedHosts(headers: Headers, hops = trustedHops()): string[] {
  const host = headers.get('host')?.trim();
  const forwarded = hops > 0 ? list(headers.get('x-forwarded-host')).at(-1) : undefined;
  return [forwarded, host].filter((h): h is string => Boolean(h)).map((h) => h.toLowerCase());
}

/** Every name the portal might be called by, trusted or not: only used to refuse probing itself. */
export function selfHosts(headers: Headers): string[] {
  const claimed = list(headers.get('x-forwarded-host'));
  return [...new Set([...trustedHosts(headers, 0), ...claimed.map((h) => h.toLowerCase())])];
}
