import { scrub } from './text';

/**
 * Every string inside a JSON-like value scrubbed (a Diagnosis, a log record): an error
 * message can quote a URL with `?apikey=` or a token, and the output must not repeat it.
 */
export function scrubDeep<T>(value: T): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubDeep(v)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v);
    return out as T;
  }
  return value;
}
