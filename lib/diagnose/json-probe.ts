/**
 * Reads the top-level members of a large JSON object without parsing all of it: a 1 MB
 * success payload (or a batch of 9,000 items beside one `error`) would cost milliseconds
 * in JSON.parse, while the members a diagnosis needs sit near the start.
 */

const WANTED = new Set([
  'error',
  'errors',
  'code',
  'message',
  'status',
  'statusCode',
  '__type',
  'ok',
  'success',
  'detail',
  'type',
  'title',
  'kind',
  'reason',
  'request_id',
  'error_description',
  'error_codes',
  'retry_after',
  'documentation_url',
  'more_info',
  'data',
]);
const SCAN = 64 * 1024;
const MAX_VALUE = 16 * 1024;

/** The wanted top-level members found in the first 64 KB, or null when the text is not a JSON object. */
export function probeJsonObject(text: string): Record<string, unknown> | null {
  let i = text.indexOf('{');
  if (i < 0 || text.slice(0, i).trim() !== '') return null;
  const out: Record<string, unknown> = {};
  const end = Math.min(text.length, SCAN);
  i++;
  while (i < end) {
    i = skipSpace(text, i);
    if (text[i] !== '"') break;
    const keyEnd = stringEnd(text, i);
    if (keyEnd < 0) break;
    const key = text.slice(i + 1, keyEnd);
    i = skipSpace(text, keyEnd + 1);
    if (text[i] !== ':') break;
    const start = skipSpace(text, i + 1);
    const stop = valueEnd(text, start, end);
    if (stop < 0) break;
    if (WANTED.has(key) && key !== 'data' && stop - start <= MAX_VALUE) {
      try {
        out[key] = JSON.parse(text.slice(start, stop)) as unknown;
      } catch {
        // an unreadable member is skipped, not fatal
      }
    } else if (key === 'data') out.data = null; // present (GraphQL) but not worth reading
    i = skipSpace(text, stop);
    if (text[i] !== ',') break;
    i++;
  }
  return out;
}

function skipSpace(t: string, i: number): number {
  while (i < t.length && (t[i] === ' ' || t[i] === '\n' || t[i] === '\r' || t[i] === '\t')) i++;
  return i;
}

function stringEnd(t: string, i: number): number {
  for (let k = i + 1; k < t.length; k++) {
    if (t[k] === '\\') k++;
    else if (t[k] === '"') return k;
  }
  return -1;
}

/** The index just past the JSON value starting at i (string, number, literal, or a balanced object/array); -1 past the limit. */
function valueEnd(t: string, i: number, limit: number): number {
  const c = t[i];
  if (c === '"') {
    const e = stringEnd(t, i);
    return e < 0 ? -1 : e + 1;
  }
  if (c !== '{' && c !== '[') {
    let k = i;
    while (k < t.length && !',}] \n\r\t'.includes(t[k] ?? ',')) k++;
    return k;
  }
  let depth = 0;
  for (let k = i; k < limit; k++) {
    const ch = t[k];
    if (ch === '"') {
      k = stringEnd(t, k);
      if (k < 0) return -1;
    } else if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && --depth === 0) return k + 1;
  }
  return -1;
}
