import { makeSnapshot } from '../header-lines';
import type { HttpSnapshot } from '../types';
import { isObject } from '../json-path';
import { headerPairs } from './header-map';
import { findEmbedded, readLooseJson, type EmbeddedValue } from './lenient';
import { TRUNCATED_WARNING } from './loose-body';
import { statusStatedBefore } from './inner-body';

const statusOf = (v: unknown): number | null => {
  const n = typeof v === 'string' && /^\d{3}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
};

/** What the line around the body says: the status, its reason phrase, the URL, and an API code named outside the body. */
export interface LineFacts {
  status: number | null;
  statusText: string | null;
  url: string | null;
  code: string | null;
}

/**
 * The response body printed inside an exception or log line, as a snapshot whose body is that
 * JSON; null when the text holds no error-shaped value. Node prints whole error objects
 * (`AxiosError … { response: { status: 401, data: {…} } }`): the response inside is the body.
 */
export function readEmbeddedResponse(text: string, facts: LineFacts): HttpSnapshot | null {
  const found = findEmbedded(text);
  if (!found) return null;
  // `resp.headers: {'content-length': '0', 'retry-after': '30', …}`: a printed header map, and
  // often the body printed after it (Faraday's and requests' debug logs print both).
  const headers = headerPairs(found.value);
  if (headers) {
    const after = findEmbedded(text.slice(found.end));
    if (after && !headerPairs(after.value) && (after.errorShaped || facts.status !== null)) {
      const body = { ...after, start: after.start + found.end, end: after.end + found.end };
      const snap = fromBody(text, body, facts);
      if (snap) snap.headers = headers;
      return snap;
    }
    // What follows the map stays the body: a body printed as an escaped string
    // (`body: "[{\"errorCode\": …}]"`) is decoded from there like any other (inner-body.ts).
    const snap = makeSnapshot({
      source: 'error-text',
      status: facts.status,
      headers,
      body: text.slice(found.end).trim(),
      bareCode: facts.code,
      request: facts.url ? { method: null, url: facts.url, headers: [] } : null,
    });
    const before = text.slice(Math.max(0, found.start - CONTEXT_CAP), found.start).trim();
    if (before !== '') snap.context = before;
    return snap;
  }
  // A context map in a log line (`user={id: 5}`) is not a response; a stated status makes any object one.
  if (!(found.errorShaped || facts.status !== null)) return null;
  return fromBody(text, found, facts);
}

/** The snapshot of a printed body found in the text (unwrapped from SDK error objects). */
function fromBody(text: string, found: EmbeddedValue, facts: LineFacts): HttpSnapshot | null {
  let value: unknown = found.value;
  // A status stated just before the printed body (`403 Forbidden: {"error": …}`, `Error: 429 {…}`).
  let status = facts.status ?? errorStatus(statusStatedBefore(text, found.start));
  for (let n = 0; n < 3 && isObject(value); n++) {
    const r = isObject(value.response) ? value.response : null;
    if (!r || !('data' in r || 'body' in r)) break;
    status ??= statusOf(r.status ?? r.statusCode ?? r.status_code);
    value = 'data' in r ? r.data : r.body;
  }
  if (typeof value === 'string') value = readLooseJson(value)?.value ?? value;
  if (typeof value !== 'object' || value === null) return null;
  // The words around the printed body ("Execution failed due to configuration error: Malformed …").
  const around = wordsAround(text, found);
  const snap = makeSnapshot({
    source: 'error-text',
    status,
    statusText: facts.statusText,
    body: JSON.stringify(value),
    bareCode: facts.code,
    request: facts.url ? { method: null, url: facts.url, headers: [] } : null,
    warnings: found.truncated ? [TRUNCATED_WARNING] : [],
  });
  if (around !== '') snap.context = around;
  return snap;
}

/** Only an error status: `string(133) "{…}"` (PHP's var_dump) states a length, not a status. */
const errorStatus = (n: number | null): number | null => (n !== null && n >= 400 && n <= 599 ? n : null);

/** Characters of text kept on each side of a printed body. */
const CONTEXT_CAP = 4096;

const wordsAround = (text: string, found: EmbeddedValue): string =>
  `${text.slice(Math.max(0, found.start - CONTEXT_CAP), found.start)}\n${text.slice(found.end, found.end + CONTEXT_CAP)}`.trim();
