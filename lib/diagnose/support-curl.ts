import { isCookieHeader, isSecretHeader, isSecretParam, MARK, redactText } from '../secrets';
import type { SnapshotRequest } from './types';

const SKIP =
  /^(:.*|host|content-length|connection|accept-encoding|user-agent|sec-.*|priority|upgrade-insecure-requests)$/i;

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Shell variable named after the header: `X-Hub-Signature-256` → `$X_HUB_SIGNATURE_256`. */
const variableFor = (name: string) =>
  `$${name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;

/** The URL with userinfo and every secret query value replaced (lib/secrets decides which). */
function safeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.username || url.password) {
      url.username = 'REDACTED';
      url.password = '';
    }
    for (const key of [...new Set(url.searchParams.keys())])
      if (isSecretParam(key)) url.searchParams.set(key, 'REDACTED');
    return redactText(url.href).text.split(MARK).join('REDACTED');
  } catch {
    return redactText(raw).text;
  }
}

/**
 * A curl command that repeats the request for a support ticket, with every credential
 * replaced by a shell variable (`"Authorization: Bearer $TOKEN"`) so it can be pasted safely.
 * Null when the request's URL is unknown. The body is not known from a response paste.
 */
export function sanitizedCurl(request: SnapshotRequest | null): string | null {
  if (!request?.url) return null;
  let url = request.url;
  if (url.startsWith('/')) {
    const host = request.headers.find(([n]) => /^(host|:authority)$/i.test(n))?.[1];
    if (!host) return null;
    url = `https://${host}${url}`;
  }
  const parts = [
    `curl -i${request.method && request.method !== 'GET' ? ` -X ${request.method}` : ''} ${quote(safeUrl(url))}`,
  ];
  for (const [name, value] of request.headers) {
    if (SKIP.test(name)) continue;
    if (isCookieHeader(name)) parts.push(`-H "${name}: $COOKIE"`);
    else if (isSecretHeader(name)) {
      const scheme = /^(Bearer|Basic|Token|Bot|DPoP|Digest|ApiKey)\s/i.exec(value)?.[1];
      const variable = scheme ? '$TOKEN' : /^(x-)?api-?key$/i.test(name) ? '$API_KEY' : variableFor(name);
      parts.push(`-H "${name}: ${scheme ? `${scheme} ` : ''}${variable}"`);
    } else parts.push(`-H ${quote(`${name}: ${redactText(value).text}`)}`);
  }
  return parts.join(' \\\n  ');
}
