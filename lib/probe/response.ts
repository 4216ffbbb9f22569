import 'server-only';
import type { ConnectTimings } from './connector';
import type { HopResponse } from './hop';
import type { ProbeHttpResponse, ProbeRedirect } from '../request/probe-contract';

const TEXTUAL =
  /^(text\/|application\/(json|xml|javascript|ecmascript|x-www-form-urlencoded|graphql|yaml|x-yaml|x-ndjson|ndjson|csv|sql|problem\+json|problem\+xml)\b)|[+/](json|xml|yaml)\b/i;

const round = (ms: number) => Math.max(0, Math.round(ms * 10) / 10);

/**
 * Decode a body as text when it is text: declared textual (or undeclared) and valid in its
 * charset. A cut-off multi-byte character at the end of a truncated body is tolerated.
 */
export function bodyAsText(bytes: Buffer, contentType: string | undefined, truncated: boolean): string | null {
  if (bytes.length === 0) return '';
  const declared = contentType?.split(';')[0]?.trim();
  if (declared && !TEXTUAL.test(declared)) return null;
  const charset = /charset="?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  if (!declared && bytes.includes(0)) return null;
  try {
    const text = new TextDecoder(charset, { fatal: true }).decode(bytes, { stream: truncated });
    // NUL never appears in real text; as JSON it would cost six bytes per byte.
    return text.includes('\u0000') ? null : text;
  } catch {
    return null; // unknown charset or invalid bytes: show it as binary rather than garbled
  }
}

/** The route's `response` object from one finished hop. */
export function toProbeResponse(
  hop: HopResponse,
  conn: ConnectTimings,
  redirects: ProbeRedirect[],
  extraWarnings: string[],
): ProbeHttpResponse {
  const contentType = hop.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const text = bodyAsText(hop.body.bytes, contentType, hop.body.truncated || hop.bodyError !== null);
  const warnings = [...extraWarnings, ...hop.body.warnings];
  if (hop.body.truncated) warnings.push(`Body cut at ${hop.body.bytes.length} bytes (the probe's size limit).`);
  if (hop.bodyError) warnings.push('The body did not finish; showing what arrived.');
  if (hop.headersOmitted > 0)
    warnings.push(`${hop.headersOmitted} more response headers were not kept (limit ${hop.headers.length}).`);
  return {
    status: hop.status,
    statusText: hop.statusText,
    httpVersion: '1.1', // the probe speaks HTTP/1.1 only (ALPN offers nothing else)
    headers: hop.headers,
    body: text ?? hop.body.bytes.toString('base64'),
    bodyEncoding: text === null ? 'base64' : 'utf8',
    bodyTruncated: hop.body.truncated || hop.bodyError !== null,
    sizeBytes: hop.body.bytes.length,
    redirects,
    timings: {
      dnsMs: round(conn.dnsMs),
      connectMs: round(conn.connectMs),
      tlsMs: round(conn.tlsMs),
      ttfbMs: round(hop.ttfbMs),
      totalMs: round(hop.totalMs),
    },
    remoteAddress: conn.remoteAddress,
    warnings,
  };
}
