/**
 * Header rules shared by the probe (what it forwards) and the playground (what it keeps
 * in history and share links). Pure: no Node APIs.
 */

/** Hop-by-hop and connection-managed headers: never forwarded (RFC 9110 §7.6.1), undici sets its own. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'expect',
  'http2-settings',
]);

/** Headers dropped when a redirect leaves the original origin (as browsers and curl do). */
export const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** Headers a redirect that turns into GET must drop with the body (Fetch standard, "request-body-header name"). */
export const BODY_HEADERS = new Set(['content-type', 'content-encoding', 'content-language', 'content-location']);

/** The user-agent the probe sends when the user set none: honest about who is calling. */
export const PROBE_USER_AGENT = 'api-triage-probe/0.1';

/**
 * The headers the probe sends: the user's own, minus hop-by-hop ones (and any named in
 * their `Connection` header), plus a user-agent when they set none. Nothing of the
 * portal's incoming request is ever added.
 */
export function outboundHeaders(headers: readonly (readonly [string, string])[]): [string, string][] {
  const named = new Set(
    headers
      .filter(([n]) => n.toLowerCase() === 'connection')
      .flatMap(([, v]) => v.split(','))
      .map((t) => t.trim().toLowerCase()),
  );
  const out = headers
    .filter(([n]) => {
      const lower = n.toLowerCase();
      return !HOP_BY_HOP.has(lower) && !lower.startsWith('proxy-') && !named.has(lower);
    })
    .map(([n, v]): [string, string] => [n, v]);
  if (!out.some(([n]) => n.toLowerCase() === 'user-agent')) out.push(['user-agent', PROBE_USER_AGENT]);
  return out;
}

export const withoutHeaders = (headers: [string, string][], names: ReadonlySet<string>) =>
  headers.filter(([n]) => !names.has(n.toLowerCase()));

/** What counts as secret, and how it is hidden, is lib/secrets' decision (one policy for every output). */
export { isSecretHeader, isSecretParam, redactHeaders, redactUrl } from '../secrets';
