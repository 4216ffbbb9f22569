/**
 * Finds a printed response inside a longer text: an exception line (`HTTPError: 401 Client
 * Error … {"error": …}`, `SlackApiError: … The server responded with: {'ok': False, …}`), a
 * log line (`… ERROR … response={…}`) or a stack trace. Only the head of the text is searched
 * and the work is capped, so the cost stays linear however many braces the text holds.
 */
import { readLenient, type LenientValue } from './read-value';

/** How far into a text a printed response is looked for. */
export const EMBED_SCAN = 64 * 1024;
/** Start positions tried at most; log lines rarely hold more than a few braces before the body. */
const MAX_TRIES = 64;

/** Members that make an object look like an error body rather than a context map (any case: Postmark's `ErrorCode`, `Message`). */
const ERROR_KEYS =
  /^(?:error|odata\.error|errors|error_code|errorCode|error_description|error_message|errorMessage|errorMessages|errorType|code|message|msg|detail|ok|success|status|statusCode|status_code|type|reason|fault|title|__type)$/i;

/** Any member named for an error (`exceptionCode`, `faultstring`, `lastError`, `ErrorDetails`). */
const ERRORISH_KEY = /error|exception|fault/i;

export interface EmbeddedValue extends LenientValue {
  start: number;
  /** holds a member error bodies have (`error`, `code`, `message`, `ok`, …), not just context */
  errorShaped: boolean;
}

/** The first object (or array of objects) in the text, an error-shaped one preferred; null when there is none. */
export function findEmbedded(text: string, cost?: { steps: number }): EmbeddedValue | null {
  const limit = Math.min(text.length, EMBED_SCAN);
  let budget = 4 * limit + 1024;
  let first: EmbeddedValue | null = null;
  let from = 0;
  for (let tries = 0; tries < MAX_TRIES && budget > 0; tries++) {
    const at = nextOpen(text, from, limit);
    if (cost) cost.steps += Math.max(0, (at < 0 ? limit : at) - from);
    if (at < 0) break;
    const spent = { steps: 0 };
    const got = readLenient(text, at, text.length, spent);
    budget -= spent.steps;
    if (cost) cost.steps += spent.steps;
    if (got && isRecordish(got.value)) {
      const found = { ...got, start: at, errorShaped: errorShaped(got.value) };
      if (found.errorShaped) return found;
      first ??= found;
      from = got.end;
    } else from = at + 1;
  }
  return first;
}

function nextOpen(text: string, from: number, limit: number): number {
  for (let k = from; k < limit; k++) {
    const ch = text[k];
    if (ch === '{') return k;
    // `[` opens a list of bodies only when an object follows (`[{"errorCode": …}]`), not `[Errno 111]`.
    if (ch === '[' && /^\[\s*\{/.test(text.slice(k, k + 32))) return k;
  }
  return -1;
}

const isRecordish = (v: unknown): boolean =>
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0) ||
  (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null));

/** Whether a printed value holds a member error bodies have (`error`, `code`, `exceptionCode`, …). */
export function errorShaped(v: unknown): boolean {
  const o = Array.isArray(v) ? (v[0] as unknown) : v;
  return typeof o === 'object' && o !== null && Object.keys(o).some((k) => ERROR_KEYS.test(k) || ERRORISH_KEY.test(k));
}
