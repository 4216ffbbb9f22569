import { isObject, type Analysis } from './analysis';
import type { CompiledProfiles } from './compile-profiles';
import { locate, type CompiledLocator } from './conditions';
import type { ProviderDetection } from './detect-provider';
import { detectedProfiles } from './extract';
import { compilePath, valueAt } from './json-path';
import type { Evidence } from './types';

/** Request-id headers any service may send, most specific first. */
const HEADERS = [
  'x-request-id',
  'request-id',
  'x-correlation-id',
  'correlation-id',
  'x-trace-id',
  'trace-id',
  'x-cloud-trace-context',
];

/** Body places any service may use for the id its support asks for. */
const BODY = [
  'error.request_id',
  'request_id',
  'requestId',
  'request-id',
  'trace_id',
  'traceId',
  'correlation_id',
  'correlationId',
  'error.fbtrace_id',
  'debug_id',
  'errorId',
  'error.details.request_id',
].map((path) => ({ path, steps: compilePath(path) }));

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && v.length <= 200 ? v.trim() : undefined);

export interface RequestId {
  id: string;
  from: Evidence['from'];
  where: string;
}

const read = (l: CompiledLocator, a: Analysis): RequestId | null => {
  const id = locate(l, a);
  return id ? { id, from: l.from, where: l.where.replace(/ header$/, '') } : null;
};

/**
 * The id a provider's support can look the request up by, and where it was found: the
 * detected providers' own places, then the common headers and body members, then any
 * profile's request-id header (a CDN hop id with too little evidence to name the CDN).
 */
export function findRequestId(a: Analysis, provider: ProviderDetection, profiles: CompiledProfiles): RequestId | null {
  for (const id of detectedProfiles(provider))
    for (const l of profiles.byId.get(id)?.requestIds ?? []) {
      const r = read(l, a);
      if (r) return r;
    }
  for (const name of HEADERS) {
    const v = str(a.headers.get(name)?.[0]);
    if (v) return { id: v, from: 'header', where: name };
  }
  if (isObject(a.json))
    for (const { path, steps } of BODY) {
      const v = str(valueAt(a.json, steps));
      if (v) return { id: v, from: 'body', where: path };
    }
  for (const p of profiles.byId.values())
    for (const l of p.requestIds) {
      if (l.steps !== null) continue; // body places of an undetected provider are too weak a sign
      const r = read(l, a);
      if (r) return r;
    }
  return null;
}
