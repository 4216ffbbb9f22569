import { isObject, type Analysis } from './analysis';
import type { CompiledRetry } from './compile-profiles';
import { locate } from './conditions';

/** A wait the response asks for, where it came from, in seconds. */
export interface RetryHint {
  seconds: number;
  from: 'header' | 'body';
  detail: string;
}

const round = (n: number) => Math.max(0, Math.round(n * 1000) / 1000);

/** `30`, `1.5`, Go durations (`6m0s`, `20ms`, as some reset headers carry) and `30s` (google.rpc RetryInfo). */
export function parseDuration(raw: string): number | null {
  const v = raw.trim();
  if (/^\d+(?:\.\d+)?$/.test(v)) return Number(v);
  const parts = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/.exec(v);
  if (!parts || v === '') return null;
  const [, h, m, s, ms] = parts;
  if (!h && !m && !s && !ms) return null;
  return Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0) + Number(ms ?? 0) / 1000;
}

/** `Retry-After`: delay-seconds or an HTTP-date, the latter relative to the response's Date (else now). */
export function parseRetryAfter(value: string, base: number): number | null {
  const v = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(v)) return round(Number(v));
  const at = Date.parse(v);
  return Number.isFinite(at) ? round(Math.round((at - base) / 1000)) : null;
}

/**
 * A reset value: seconds until reset, or an epoch (seconds when > 1e9, milliseconds when
 * > 1e12), or an ISO timestamp, or a Go duration. Relative to `base`.
 */
export function parseReset(value: string, base: number): number | null {
  const v = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(v)) {
    const n = Number(v);
    if (n > 1e12) return round((n - base) / 1000);
    if (n > 1e9) return round(n - base / 1000);
    return round(n);
  }
  if (/^\d{4}-\d\d-\d\dT/.test(v)) {
    const at = Date.parse(v);
    return Number.isFinite(at) ? round((at - base) / 1000) : null;
  }
  const d = parseDuration(v);
  return d === null ? null : round(d);
}

/** The IETF `RateLimit` header: `limit=100, remaining=0, reset=12` or draft-08 `"default";r=0;t=12`. */
function rateLimitField(value: string, field: 'reset' | 'remaining'): string | null {
  const re = field === 'reset' ? /(?:^|[,;\s])(?:reset|t)=(\d+(?:\.\d+)?)/ : /(?:^|[,;\s])(?:remaining|r)=(\d+)/;
  return re.exec(value)?.[1] ?? null;
}

/** Reset headers, each with the matching "remaining" header (a reset only matters when nothing remains). */
const RESET_HEADERS: [reset: string, remaining: string | null][] = [
  ['ratelimit-reset', 'ratelimit-remaining'],
  ['x-ratelimit-reset', 'x-ratelimit-remaining'],
  ['x-rate-limit-reset', 'x-rate-limit-remaining'],
  ['x-ratelimit-reset-after', 'x-ratelimit-remaining'],
  ['x-ratelimit-reset-requests', 'x-ratelimit-remaining-requests'],
  ['x-ratelimit-reset-tokens', 'x-ratelimit-remaining-tokens'],
];

const BODY_KEYS = [
  'wait_seconds',
  'retry_after',
  'retryAfter',
  'retry_after_seconds',
  'retryAfterSeconds',
  'retry_after_ms',
  'retryDelay',
];
const BODY_PHRASES: [RegExp, number][] = [
  [/Expected available in (\d+(?:\.\d+)?) seconds?/i, 1],
  [/(?:try|retry) (?:again )?in (\d+(?:\.\d+)?)\s*(?:s\b|sec|seconds?)/i, 1],
  [/(?:try|retry) (?:again )?in (\d+(?:\.\d+)?)\s*ms\b/i, 0.001],
  [/(?:try|retry) (?:again )?(?:after|in) (\d+(?:\.\d+)?) minutes?/i, 60],
  [/retry after (\d+(?:\.\d+)?) seconds?/i, 1],
  // "Too Many Requests: retry after 3": a bare number after "retry after" is seconds.
  [/\bretry after (\d+(?:\.\d+)?)\b(?![.\d]|\s*(?:ms|milli|min|hour|h\b|day))/i, 1],
];

const DURATION_PHRASE =
  /\b(?:try|retry) (?:again )?(?:in|after) ((?:\d{1,4}h)?(?:\d{1,4}m(?!s))?\d{1,6}(?:\.\d{1,12})?s)\b/i;

/** A profile hint's value in seconds (`reset` hints are read with the reset headers). */
function hintSeconds(h: CompiledRetry, raw: string, base: number): number | null {
  switch (h.unit) {
    case 'milliseconds':
      return /^\d+(?:\.\d+)?$/.test(raw) ? round(Number(raw) / 1000) : null;
    case 'unix-seconds':
      return /^\d+(?:\.\d+)?$/.test(raw) ? round(Number(raw) - base / 1000) : null;
    case 'http-date':
    case 'seconds':
      return parseRetryAfter(raw, base);
    case 'reset':
      return parseReset(raw, base);
  }
}

/**
 * How long the response asks the client to wait. `Retry-After` first, then the detected
 * providers' own wait headers and body members (`hints`, from their profiles), then
 * rate-limit reset headers (only when the response is about rate limiting and the window
 * is exhausted), then body hints.
 */
export function findRetry(a: Analysis, rateLimited: boolean, hints: readonly CompiledRetry[] = []): RetryHint | null {
  const errorStatus = a.status === null || a.status >= 400;
  const ra = a.headers.get('retry-after')?.[0];
  if (ra !== undefined && errorStatus) {
    const s = parseRetryAfter(ra, a.base);
    if (s !== null) return { seconds: s, from: 'header', detail: `Retry-After: ${ra}` };
  }
  const ms = a.headers.get('retry-after-ms')?.[0];
  if (ms !== undefined && errorStatus && /^\d+(?:\.\d+)?$/.test(ms.trim()))
    return { seconds: round(Number(ms) / 1000), from: 'header', detail: `retry-after-ms: ${ms}` };
  if (errorStatus)
    for (const h of hints) {
      if (h.unit === 'reset') continue;
      const v = locate(h, a);
      const s = v === null ? null : hintSeconds(h, v, a.base);
      if (s !== null) return { seconds: s, from: h.from, detail: `${h.where.replace(/ header$/, '')}: ${v}` };
    }
  const exhausted = rateLimitExhausted(a);
  if (rateLimited || exhausted) {
    const rl = a.headers.get('ratelimit')?.[0];
    const rlReset = rl ? rateLimitField(rl, 'reset') : null;
    const rlLeft = rl ? rateLimitField(rl, 'remaining') : null;
    if (rl && rlReset !== null && (rlLeft === null || rlLeft === '0')) {
      return { seconds: round(Number(rlReset)), from: 'header', detail: `RateLimit: ${rl}` };
    }
    let best: RetryHint | null = null;
    const windows: [reset: string, remaining: string | null][] = [...RESET_HEADERS];
    for (const h of hints) if (h.unit === 'reset' && h.header) windows.push([h.header, h.remaining]);
    for (const [reset, remaining] of windows) {
      const v = a.headers.get(reset)?.[0];
      if (v === undefined) continue;
      const left = remaining ? a.headers.get(remaining)?.[0] : undefined;
      if (left !== undefined && Number(left) > 0) continue; // this window is not the one that ran out
      const s = parseReset(v, a.base);
      if (s !== null && (best === null || s > best.seconds))
        best = { seconds: s, from: 'header', detail: `${reset}: ${v}` };
    }
    if (best) return best;
  }
  if (!errorStatus && !rateLimited) return null;
  return bodyHint(a);
}

/** Some remaining-counter says zero (a 403 with X-RateLimit-Remaining: 0). */
export function rateLimitExhausted(a: Analysis): boolean {
  for (const name of [
    'x-ratelimit-remaining',
    'ratelimit-remaining',
    'x-rate-limit-remaining',
    'x-ratelimit-remaining-requests',
    'x-ratelimit-remaining-tokens',
  ]) {
    const v = a.headers.get(name)?.[0];
    if (v !== undefined && v.trim() === '0') return true;
  }
  const rl = a.headers.get('ratelimit')?.[0];
  return rl !== undefined && rateLimitField(rl, 'remaining') === '0';
}

function bodyHint(a: Analysis): RetryHint | null {
  const found = findKey(a.json, 0);
  if (found) return found;
  // Go-style durations (Groq's "Please try again in 9m38.016s", Firecrawl's "retry after 25s").
  const d = DURATION_PHRASE.exec(a.text);
  const seconds = d?.[1] ? parseDuration(d[1]) : null;
  if (d && seconds !== null) return { seconds: round(seconds), from: 'body', detail: `the body says "${d[0]}"` };
  for (const [re, unit] of BODY_PHRASES) {
    const m = re.exec(a.text);
    if (m) return { seconds: round(Number(m[1]) * unit), from: 'body', detail: `the body says "${m[0]}"` };
  }
  return null;
}

/** Depth-limited search for a wait hint key (google.rpc RetryInfo's `retryDelay: "30s"` included). */
function findKey(v: unknown, depth: number): RetryHint | null {
  if (depth > 4) return null;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 20)) {
      const r = findKey(x, depth + 1);
      if (r) return r;
    }
    return null;
  }
  if (!isObject(v)) return null;
  for (const key of BODY_KEYS) {
    const raw = v[key];
    let seconds: number | null = null;
    if (typeof raw === 'number' && Number.isFinite(raw)) seconds = key.endsWith('_ms') ? raw / 1000 : raw;
    else if (typeof raw === 'string') seconds = parseDuration(raw);
    else if (isObject(raw) && (typeof raw.seconds === 'number' || typeof raw.seconds === 'string'))
      seconds = Number(raw.seconds) + Number(raw.nanos ?? 0) / 1e9;
    if (seconds !== null && Number.isFinite(seconds) && seconds >= 0) {
      return {
        seconds: round(seconds),
        from: 'body',
        detail: `${key}: ${typeof raw === 'object' ? JSON.stringify(raw) : String(raw)} in the body`,
      };
    }
  }
  for (const [k, x] of Object.entries(v).slice(0, 50)) {
    if (typeof x !== 'object' || x === null || BODY_KEYS.includes(k)) continue;
    const r = findKey(x, depth + 1);
    if (r) return r;
  }
  return null;
}
