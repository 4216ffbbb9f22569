import 'server-only';
/** Token bucket per client key. In-memory: one instance per server process. */
export interface RateLimiterOptions {
  /** Burst size. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
  /** Keys kept before idle buckets are dropped (bounds memory under many clients). */
  maxKeys?: number;
  now?: () => number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Take one token for `key`, or say how long until one is available. */
  take(key: string): RateDecision {
    const { capacity, refillPerSecond } = this.options;
    const now = this.now();
    const prev = this.buckets.get(key);
    const tokens = prev ? Math.min(capacity, prev.tokens + ((now - prev.at) / 1000) * refillPerSecond) : capacity;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) };
    }
    this.buckets.delete(key); // re-insert so Map order is least-recently-used first
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    this.prune();
    return { ok: true };
  }

  private prune() {
    const max = this.options.maxKeys ?? 10_000;
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= max) break;
      this.buckets.delete(key); // oldest first: a dropped key simply starts with a full bucket
    }
  }
}

/**
 * The client key: the right-most X-Forwarded-For entry (the one the nearest proxy — or
 * Next itself — appended; the left-most ones are whatever the client claims), then X-Real-IP.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'local';
}
