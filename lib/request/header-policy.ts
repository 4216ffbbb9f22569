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

const SECRET_NAME =
  /(^authorization$|^proxy-authorization$|^cookie$|^set-cookie$|api[-_]?key|token|secret|password|passwd|session|signature|^x-auth|auth-token|credential|private)/i;
const SECRET_QUERY =
  /(^|[-_])(api[-_]?key|key|token|access[-_]?token|id[-_]?token|secret|password|passwd|pwd|sig|signature|code|auth|session|credential)s?$/i;

/** Does this header name usually carry a credential? */
export const isSecretHeader = (name: string) => SECRET_NAME.test(name);

/** Does this query parameter name usually carry a credential (`api_key`, `access_token`, `sig`)? */
export const isSecretParam = (name: string) => SECRET_QUERY.test(name);

/** Replace the values of credential headers, keeping the scheme word of Authorization (`Bearer`, `Basic`). */
export function redactHeaders(headers: readonly (readonly [string, string])[]): [string, string][] {
  return headers.map(([n, v]): [string, string] => {
    if (!isSecretHeader(n)) return [n, v];
    const scheme = /^authorization$|^proxy-authorization$/i.test(n) ? /^(\S+)\s+\S/.exec(v)?.[1] : undefined;
    return [n, scheme ? `${scheme} [redacted]` : '[redacted]'];
  });
}

/** The URL with credential-like query values and any userinfo replaced. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.username || url.password) {
      url.username = 'redacted';
      url.password = '';
    }
    for (const key of [...url.searchParams.keys()]) if (isSecretParam(key)) url.searchParams.set(key, 'redacted');
    return url.href;
  } catch {
    return raw;
  }
}
