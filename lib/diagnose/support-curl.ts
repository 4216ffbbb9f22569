import type { SnapshotRequest } from './types';

const SECRET =
  /^(authorization|proxy-authorization|cookie|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|x-goog-api-key|ocp-apim-subscription-key|x-amz-security-token)$|api[-_]?key|secret|token|password/i;
const SKIP =
  /^(:.*|host|content-length|connection|accept-encoding|user-agent|sec-.*|priority|upgrade-insecure-requests)$/i;
const QUERY_SECRET =
  /([?&](?:access_token|id_token|refresh_token|token|api_key|apikey|key|client_secret|password|sig|signature|code|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&#]*/gi;

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

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
    `curl -i${request.method && request.method !== 'GET' ? ` -X ${request.method}` : ''} ${quote(url.replace(QUERY_SECRET, '$1REDACTED'))}`,
  ];
  for (const [name, value] of request.headers) {
    if (SKIP.test(name)) continue;
    if (SECRET.test(name)) {
      const scheme = /^(Bearer|Basic|Token|Bot|DPoP)\s/i.exec(value)?.[1];
      const variable = /cookie/i.test(name) ? '$COOKIE' : scheme ? '$TOKEN' : '$API_KEY';
      parts.push(`-H "${name}: ${scheme ? `${scheme} ` : ''}${variable}"`);
    } else parts.push(`-H ${quote(`${name}: ${value}`)}`);
  }
  return parts.join(' \\\n  ');
}
