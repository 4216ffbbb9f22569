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

/** What the probe route needs from a limiter: in memory (one process) or shared (Redis). */
export interface ProbeLimiter {
  /** Take one probe for `key`; rejects (never resolves `ok`) when the shared store is unreachable. */
  take(key: string): RateDecision | Promise<RateDecision>;
}

export class TokenBucketLimiter implements ProbeLimiter {
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

/** 20 probes in a burst, then one every 2 seconds per client: the same budget for both limiters. */
export const PROBE_RATE = { capacity: 20, refillPerSecond: 0.5 } as const;

export { clientKey } from './trust';
