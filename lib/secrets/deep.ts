import { scrub } from './text';

/**
 * Every string inside a JSON-like value scrubbed (a Diagnosis, a log record): an error
 * message can quote a URL with `?apikey=` or a token, and the output must not repeat it.
 */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrubCached(value) as T;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = scrubDeep(value[i] as unknown);
    return out as T;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const k in value) if (Object.hasOwn(value, k)) out[k] = scrubDeep((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}

/**
 * Most strings of a Diagnosis are catalog text (causes, fixes) that repeat on every call;
 * remembering which strings hold no secret keeps the engine fast. Only strings that came out
 * of `scrub` unchanged are remembered, so no secret is ever kept in memory; bounded, and
 * short strings only.
 */
const CLEAN_MAX = 4096;
const CLEAN_STRING_MAX = 600;
const clean = new Set<string>();
function scrubCached(text: string): string {
  if (clean.has(text)) return text;
  const out = scrub(text);
  if (out === text && text.length <= CLEAN_STRING_MAX) {
    if (clean.size >= CLEAN_MAX) clean.clear();
    clean.add(text);
  }
  return out;
}
