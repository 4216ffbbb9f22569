/**
 * A body whose error is itself a printed response: a wrapper's JSON that quotes the API's
 * answer in a string (`{"error": "Error: 429 {\"type\":\"error\",…}"}`, Firebase's
 * `{"code": "auth/internal-error", "message": "{\"error\": {…}}"}`, Guzzle's message
 * "… resulted in a `400 Bad Request` response:\n{\"code\":4711,…}"). The API's own answer
 * names the failure better than the wrapper around it, so it becomes the body, and a status
 * stated just before it becomes the status.
 */
import type { HttpSnapshot } from '../types';
import { isObject } from '../json-path';
import { findEmbedded } from './lenient';

/** Members a wrapper quotes the API's answer in (top level, or inside an `error` object). */
const CARRIERS = ['message', 'error', 'body', 'detail', 'description', 'errorMessage', 'response', 'msg'];
/** Quoted strings longer than this are not read for an inner body. */
const MAX_INNER = 16_384;
/** How far before the inner body a stated status is looked for. */
const PREFIX = 160;
/** `Error: 429 `, `resulted in a \`400 Bad Request\` response:`, `failed with status 401 Unauthorized:`. */
const STATUS_BEFORE =
  /(?:^|[\s(`'"[])([1-5]\d{2})(?:\)|\]|`)?(?: [A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,3}`?)?[^\d\n]{0,40}\n?\s{0,4}$/;
const URL = /\bhttps?:\/\/[^\s'"`<>()\]\\]+/;

/** The status stated just before a printed body that starts at `at` in `text`, or null. */
export function statusStatedBefore(text: string, at: number): number | null {
  const m = STATUS_BEFORE.exec(text.slice(Math.max(0, at - PREFIX), at));
  return m ? Number(m[1]) : null;
}

/** Replaces the snapshot's body by the response quoted inside it, when there is one. */
export function unwrapInnerBody(s: HttpSnapshot): void {
  const body = s.body;
  // Cheap look first: an inner JSON in a JSON string shows as `{\"` (or `{\n  \"` when pretty-printed).
  if (body.length > 65_536 || !(body.includes('{\\"') || body.includes('{\\n'))) return;
  const t = body.trimStart();
  if (t[0] !== '{' && t[0] !== '[') {
    // Text that quotes a JSON string (`body: "{\"id\":\"unauthorized\",…}" (wrong API key?)`).
    const inner = quotedJson(t);
    if (inner !== null) take(s, inner, '');
    return;
  }
  let outer: unknown;
  try {
    outer = JSON.parse(t);
  } catch {
    return;
  }
  if (Array.isArray(outer)) outer = outer.find(isObject);
  if (!isObject(outer)) return;
  const places = isObject(outer.error) ? [outer, outer.error] : [outer];
  for (const place of places) {
    for (const key of CARRIERS) {
      const v = place[key];
      if (typeof v !== 'string' || v.length > MAX_INNER || !v.includes('{')) continue;
      if (take(s, v, v)) return;
    }
  }
}

/** Makes the error-shaped value inside `v` the body; false when there is none. */
function take(s: HttpSnapshot, v: string, context: string): boolean {
  const found = findEmbedded(v);
  // Salesforce and others answer with a list of error objects (`[{"errorCode": …}]`).
  if (!found?.errorShaped || !(isObject(found.value) || Array.isArray(found.value))) return false;
  s.body = JSON.stringify(found.value);
  s.status ??= statusStatedBefore(context, found.start);
  const url = URL.exec(context.slice(Math.max(0, found.start - PREFIX), found.start))?.[0];
  if (url && !s.request) s.request = { method: null, url, headers: [] };
  return true;
}

/** The first JSON string literal in the text that holds an object (`"{\"…\"}"`), decoded; null when none. */
function quotedJson(t: string): string | null {
  let at = t.indexOf('"{\\"');
  if (at < 0) at = t.indexOf('"[{\\"');
  if (at < 0) return null;
  const limit = Math.min(t.length, at + MAX_INNER);
  for (let k = at + 1; k < limit; k++) {
    const ch = t[k];
    if (ch === '\\') k++;
    else if (ch === '"') {
      try {
        const v: unknown = JSON.parse(t.slice(at, k + 1));
        return typeof v === 'string' ? v : null;
      } catch {
        return null;
      }
    }
  }
  return null;
}
