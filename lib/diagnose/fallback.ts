import type { Category } from './categories';
import type { SnapshotError } from './types';

/**
 * What a status means when no catalog entry explains the response better. The entries
 * (`http-4xx`, `http-5xx`) normally answer this; this table keeps the engine sensible
 * with an empty or partial rule set.
 */
const STATUS_CATEGORY: Record<number, Category> = {
  304: 'success',
  400: 'validation',
  401: 'auth_invalid',
  402: 'forbidden',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'validation',
  407: 'auth_missing',
  408: 'timeout',
  409: 'conflict',
  410: 'not_found',
  411: 'validation',
  412: 'conflict',
  413: 'payload_too_large',
  414: 'validation',
  415: 'validation',
  416: 'validation',
  422: 'validation',
  423: 'conflict',
  428: 'conflict',
  429: 'rate_limited',
  431: 'payload_too_large',
  451: 'forbidden',
  499: 'network',
  500: 'server_error',
  501: 'method_not_allowed',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
  520: 'bad_gateway',
  521: 'bad_gateway',
  522: 'gateway_timeout',
  523: 'bad_gateway',
  524: 'gateway_timeout',
  525: 'tls',
  526: 'tls',
  527: 'bad_gateway',
  529: 'service_unavailable',
  530: 'bad_gateway',
};

export function categoryForStatus(status: number): Category {
  const known = STATUS_CATEGORY[status];
  if (known) return known;
  if (status < 300) return 'success';
  if (status < 400) return 'unknown';
  if (status < 500) return 'validation';
  return 'server_error';
}

const KIND_CATEGORY: Record<SnapshotError['kind'], Category> = {
  dns: 'network',
  refused: 'network',
  reset: 'network',
  timeout: 'timeout',
  tls: 'tls',
  other: 'network',
};

export const categoryForError = (e: SnapshotError): Category => KIND_CATEGORY[e.kind];

/** Is retrying the same request sensible, by category alone. */
export const RETRYABLE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'rate_limited',
  'server_error',
  'bad_gateway',
  'service_unavailable',
  'gateway_timeout',
  'timeout',
  'network',
]);

/** One-sentence summaries when no catalog entry matched. */
export const CATEGORY_SUMMARY: Record<Category, string> = {
  auth_missing: 'The request carried no credentials the server accepts; add the API key or token it expects.',
  auth_invalid:
    'The server rejected the credentials: the key or token is wrong, revoked, malformed or for another environment.',
  auth_expired: 'The credentials have expired; obtain a fresh token and retry.',
  forbidden: 'The credentials are valid but not allowed to do this: a missing role, scope, plan or tenant permission.',
  not_found: 'The server has nothing at this URL or ID: check the path, the ID, the API version and the tenant.',
  method_not_allowed: 'The endpoint exists but not for this HTTP method.',
  conflict: 'The request conflicts with the current state of the resource (a duplicate, a stale version, a lock).',
  validation:
    'The server could not accept the request as sent: a parameter, header or body field is missing or invalid.',
  payload_too_large: 'The request (body, upload or headers) is larger than the server accepts.',
  rate_limited: 'Too many requests: the client exceeded a rate limit or quota.',
  server_error: 'The server failed while handling the request; the problem is on its side.',
  bad_gateway: 'A proxy or gateway got an invalid answer (or none) from the server behind it.',
  service_unavailable: 'The service is temporarily unable to handle requests: overload or maintenance.',
  gateway_timeout: 'A proxy or gateway gave up waiting for the server behind it.',
  tls: 'The TLS connection could not be established: a certificate, hostname or protocol problem.',
  network: 'No HTTP response came back: the connection was refused, reset or could not be made.',
  timeout: 'The request timed out before a complete response arrived.',
  success: 'The request succeeded; the response does not report an error.',
  unknown: 'The input does not show a recognisable HTTP status, error code or error message.',
};
