/**
 * The Diagnosis categories and their labels: part of the engine's output contract
 * (ARCHITECTURE.md), so they live with the engine; lib/content re-exports them.
 */

/** Diagnosis categories — exactly the strings of the Diagnosis contract (ARCHITECTURE.md). */
export const CATEGORIES = [
  'auth_missing',
  'auth_invalid',
  'auth_expired',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'validation',
  'payload_too_large',
  'rate_limited',
  'server_error',
  'bad_gateway',
  'service_unavailable',
  'gateway_timeout',
  'tls',
  'network',
  'timeout',
  'success',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Human labels for categories, used as headlines and filter names. */
export const CATEGORY_LABELS: Record<Category, string> = {
  auth_missing: 'Credentials missing',
  auth_invalid: 'Credentials rejected',
  auth_expired: 'Credentials expired',
  forbidden: 'Permission denied',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  validation: 'Invalid request',
  payload_too_large: 'Payload too large',
  rate_limited: 'Rate limited',
  server_error: 'Server error',
  bad_gateway: 'Bad gateway',
  service_unavailable: 'Service unavailable',
  gateway_timeout: 'Gateway timeout',
  tls: 'TLS / certificate problem',
  network: 'Network failure',
  timeout: 'Timed out',
  success: 'Success',
  unknown: 'Unknown',
};
