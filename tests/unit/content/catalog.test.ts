import { describe, expect, test } from 'vitest';
import { loadRawContent } from '@/lib/content/load-raw';

const entries = loadRawContent('content').docs.filter((d) => d.type === 'Entry');
const slugs = new Set(
  entries.map((e) =>
    e.path
      .split('/')
      .pop()!
      .replace(/\.mdx$/, ''),
  ),
);
const claimed = new Set(
  entries.flatMap((e) => {
    const match = (e.data.match ?? {}) as { codes?: string[] };
    return [...((e.data.codes as string[]) ?? []), ...(match.codes ?? [])].map((c) => String(c).toLowerCase());
  }),
);

// Every code the knowledge-base issue names, grouped as it groups them.
const REQUIRED: Record<string, string[]> = {
  'source documents': [
    'authentication_failed',
    'permission_denied',
    'not_found',
    'throttled',
    'validation_error',
    'parse_error',
    'method_not_allowed',
    'unsupported_media_type',
    'internal_server_error',
    'unauthorized',
    'forbidden',
    'connection_timeout',
    'rate_limit_exceeded',
    'invalid_token',
    'expired_token',
    '10110 invalid signature',
    '10001 parameter error',
  ],
  'OAuth 2.0': [
    'invalid_request',
    'unauthorized_client',
    'access_denied',
    'unsupported_response_type',
    'invalid_scope',
    'server_error',
    'temporarily_unavailable',
    'invalid_client',
    'invalid_grant',
    'unsupported_grant_type',
    'insufficient_scope',
    'authorization_pending',
    'slow_down',
    'redirect_uri_mismatch',
  ],
  network: [
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'EPIPE',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'curl_6',
    'curl_7',
    'curl_28',
    'curl_35',
    'curl_51',
    'curl_52',
    'curl_56',
    'curl_60',
    'ConnectTimeout',
    'ReadTimeout',
    'SSLError',
  ],
  TLS: [
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
  ],
  gRPC: [
    'OK',
    'CANCELLED',
    'UNKNOWN',
    'INVALID_ARGUMENT',
    'DEADLINE_EXCEEDED',
    'NOT_FOUND',
    'ALREADY_EXISTS',
    'PERMISSION_DENIED',
    'RESOURCE_EXHAUSTED',
    'FAILED_PRECONDITION',
    'ABORTED',
    'OUT_OF_RANGE',
    'UNIMPLEMENTED',
    'INTERNAL',
    'UNAVAILABLE',
    'DATA_LOSS',
    'UNAUTHENTICATED',
  ],
  providers: [
    'card_declined',
    'AADSTS50058',
    'SignatureDoesNotMatch',
    '20003',
    'invalid_auth',
    'insufficient_quota',
    'overloaded_error',
    '1015',
    '1020',
    'INVALID_SESSION_ID',
  ],
};

const MDN_STATUSES = [
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424,
  425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];
const NON_STANDARD = [444, 494, 495, 496, 497, 499, 520, 521, 522, 523, 524, 525, 526, 527, 460, 463, 561, 598, 599];
const WEBSOCKET = Array.from({ length: 16 }, (_, i) => 1000 + i);

describe('the catalog covers what the knowledge base promises', () => {
  test('has at least 300 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
  });

  test.each(Object.entries(REQUIRED))('every %s code has an entry', (_group, codes) => {
    expect(codes.filter((c) => !claimed.has(c.toLowerCase()))).toEqual([]);
  });

  test('every MDN status and the common non-standard ones have an entry', () => {
    expect([...MDN_STATUSES, ...NON_STANDARD].filter((s) => !slugs.has(`http-${s}`))).toEqual([]);
  });

  test('every WebSocket close code 1000–1015 has an entry', () => {
    expect(WEBSOCKET.filter((c) => !slugs.has(`ws-${c}`))).toEqual([]);
  });
});
