import 'server-only';
import type { HttpSnapshot } from '../diagnose/types';
import type { ProbeOutcome } from './probe';
import type { ProbeRequest } from '../request/probe-contract';

/** The engine reads at most this much body text: error bodies are small, and regexes stay cheap. */
const MAX_DIAGNOSED_BODY = 256 * 1024;

/** The probe's exchange as the diagnosis engine's input. */
export function toSnapshot(req: ProbeRequest, outcome: ProbeOutcome): HttpSnapshot {
  const request = { method: req.method, url: req.url, headers: req.headers.map(([n, v]): [string, string] => [n, v]) };
  const base = { bareCode: null, source: 'probe', request };
  if (outcome.outcome === 'network_error') {
    return {
      ...base,
      status: null,
      statusText: null,
      httpVersion: null,
      headers: [],
      body: '',
      error: outcome.error,
      warnings: [],
    };
  }
  const r = outcome.response;
  const warnings = [...r.warnings];
  let body = r.bodyEncoding === 'utf8' ? r.body : '';
  if (r.bodyEncoding === 'base64') warnings.push('The body is binary and was not examined.');
  if (body.length > MAX_DIAGNOSED_BODY) {
    body = body.slice(0, MAX_DIAGNOSED_BODY);
    warnings.push(`Only the first ${MAX_DIAGNOSED_BODY / 1024} KiB of the body were examined.`);
  }
  return {
    ...base,
    status: r.status,
    statusText: r.statusText,
    httpVersion: r.httpVersion,
    headers: r.headers,
    body,
    error: outcome.transportError,
    warnings,
  };
}
