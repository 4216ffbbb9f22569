import { makeSnapshot } from '../header-lines';
import type { HeaderPair, HttpSnapshot, SnapshotRequest } from '../types';
import { isObject } from '../json-path';

/** Headers as an object (values may be arrays, as Node gives Set-Cookie), as pairs, or as HAR `{name, value}`. */
export function toHeaderPairs(value: unknown): HeaderPair[] {
  if (Array.isArray(value)) {
    return value.flatMap((h): HeaderPair[] => {
      if (Array.isArray(h) && h.length >= 2) return [[String(h[0]), String(h[1])]];
      if (isObject(h) && typeof h.name === 'string')
        return [[h.name, h.value === undefined || h.value === null ? '' : String(h.value)]];
      return [];
    });
  }
  if (isObject(value)) {
    return Object.entries(value).flatMap(([k, v]): HeaderPair[] =>
      Array.isArray(v)
        ? v.map((x): HeaderPair => [k, String(x)])
        : v === undefined || v === null
          ? []
          : [[k, String(v)]],
    );
  }
  return [];
}

const statusOf = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{3}$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 100 && n <= 999 ? n : null;
};

/**
 * A JSON envelope `{status, headers, body}` (also `statusCode`/`status_code`, `data` for the
 * body, an optional `request`, or all of it under `response`). Null when the object is not
 * an envelope — then it is a response body itself.
 */
export function readEnvelope(obj: unknown): HttpSnapshot | null {
  if (!isObject(obj)) return null;
  if (isObject(obj.response) && statusOf(obj.response.status ?? obj.response.statusCode) !== null) {
    const inner = readEnvelope({ request: obj.request, ...obj.response });
    if (inner) return inner;
  }
  const status = statusOf(obj.status ?? obj.statusCode ?? obj.status_code);
  // A body that merely has `status` and `data` (many REST APIs) is not an envelope: headers or body must come along.
  if (status === null || !(isObject(obj.headers) || Array.isArray(obj.headers) || 'body' in obj)) return null;
  const rawBody = 'body' in obj ? obj.body : obj.data;
  const body =
    typeof rawBody === 'string' ? rawBody : rawBody === undefined || rawBody === null ? '' : JSON.stringify(rawBody);
  return makeSnapshot({
    source: 'json-envelope',
    status,
    statusText:
      typeof obj.statusText === 'string'
        ? obj.statusText
        : typeof obj.statusMessage === 'string'
          ? obj.statusMessage
          : null,
    httpVersion: typeof obj.httpVersion === 'string' ? obj.httpVersion : null,
    headers: toHeaderPairs(obj.headers),
    body,
    request: readRequest(obj.request),
  });
}

export function readRequest(value: unknown): SnapshotRequest | null {
  if (!isObject(value)) return null;
  const method = typeof value.method === 'string' ? value.method.toUpperCase() : null;
  const url = typeof value.url === 'string' ? value.url : null;
  const headers = toHeaderPairs(value.headers);
  return method || url || headers.length ? { method, url, headers } : null;
}
