/**
 * Headers printed as a map rather than as header lines: `console.log(res.headers)` (Node),
 * `print(resp.headers)` (Python), `p response.headers` (Ruby). Read as a body, their names
 * and values would be lost to the header rules (`retry-after`, `x-ratelimit-remaining`, a
 * provider's own headers); read here, they become the snapshot's headers.
 */
import { isObject } from '../json-path';
import type { HeaderPair } from '../types';
import { readLooseJson } from './lenient';

/** Response headers nearly every server sends; a header map names at least two of them. */
const COMMON = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'date',
  'server',
  'connection',
  'transfer-encoding',
  'cache-control',
  'vary',
  'etag',
  'via',
  'expires',
  'pragma',
  'retry-after',
  'location',
  'set-cookie',
  'www-authenticate',
  'strict-transport-security',
  'x-frame-options',
  'x-content-type-options',
  'x-powered-by',
  'x-request-id',
  'referrer-policy',
  'access-control-allow-origin',
]);

/** A header field name (RFC 9110 §5.1 token), as maps print it. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9!#$%&'*+.^_`|~-]*$/;

/**
 * The header pairs of a printed header map, or null when the value is something else: every
 * key a header name, every value a string or number (or a list of them: repeated headers),
 * and at least two common response headers among the keys. An error body (`code`, `message`)
 * names none.
 */
export function headerPairs(value: unknown): HeaderPair[] | null {
  if (!isObject(value)) return null;
  const pairs: HeaderPair[] = [];
  let common = 0;
  for (const key in value) {
    if (!NAME.test(key)) return null;
    const v = value[key];
    for (const item of Array.isArray(v) ? v : [v]) {
      if (typeof item !== 'string' && typeof item !== 'number') return null;
      pairs.push([key, String(item)]);
    }
    if (COMMON.has(key.toLowerCase())) common++;
  }
  return common >= 2 ? pairs : null;
}

/** `'name': 'value',` / `name: 'value',` / `"status": 403,`: one member of a printed object per line. */
const MEMBER_LINE =
  /^\s*(?:'[^'\n]+'|"[^"\n]+"|[A-Za-z][\w-]*)\s*:\s*(?:'[^'\n]*'|"[^"\n]*"|-?\d+(?:\.\d+)?|true|false|null|\[[^\n]*\])\s*,?\s*$/;

/**
 * Members of an object pasted without its braces (the middle of a longer `console.log`, the
 * inside of a JSON body): three or more lines, each one member, read as the object they came
 * from. A header map gives headers; another object is the body.
 */
export function memberFragment(
  text: string,
  lines: readonly string[],
): { headers: HeaderPair[] } | { body: Record<string, unknown> } | null {
  const members = lines.filter((l) => l.trim() !== '');
  if (members.length < 3 || !members.every((l) => MEMBER_LINE.test(l))) return null;
  const loose = readLooseJson(`{${text.trim().replace(/,$/, '')}}`);
  if (!loose || !isObject(loose.value)) return null;
  const headers = headerPairs(loose.value);
  return headers ? { headers } : { body: loose.value };
}
