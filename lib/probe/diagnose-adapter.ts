import 'server-only';
import type { Diagnosis, HttpSnapshot } from '../diagnose/types';
import { CATEGORY_LABELS, type Category } from '../content/taxonomy';

/**
 * The probe's single call into the diagnosis engine. Until `lib/diagnose` exports
 * `diagnose(snapshot, rules)`, a minimal stand-in classifies by status and error kind;
 * wiring the engine is a one-line change here:
 *   return diagnose(snapshot, getRuleSet());
 */
export function diagnoseSnapshot(snapshot: HttpSnapshot): Diagnosis {
  const category = fallbackCategory(snapshot);
  return {
    category,
    confidence: 0.3,
    status: snapshot.status,
    provider: null,
    providerCode: snapshot.error?.code ?? null,
    retryable: ['rate_limited', 'service_unavailable', 'gateway_timeout', 'network', 'timeout', 'bad_gateway'].includes(category),
    retryAfterSeconds: null,
    requestId: null,
    summary: CATEGORY_LABELS[category],
    causes: [],
    fixes: [],
    evidence: snapshot.status === null ? [] : [{ from: 'status', detail: `HTTP ${snapshot.status}` }],
    entries: [],
  };
}

function fallbackCategory(s: HttpSnapshot): Category {
  if (s.error && s.status === null) return s.error.kind === 'tls' ? 'tls' : s.error.kind === 'timeout' ? 'timeout' : 'network';
  const byStatus: Record<number, Category> = { 401: 'auth_invalid', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 409: 'conflict', 413: 'payload_too_large', 422: 'validation', 400: 'validation', 429: 'rate_limited', 502: 'bad_gateway', 503: 'service_unavailable', 504: 'gateway_timeout' };
  if (s.status === null) return 'unknown';
  return byStatus[s.status] ?? (s.status >= 500 ? 'server_error' : s.status < 400 ? 'success' : 'unknown');
}
