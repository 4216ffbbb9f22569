import 'server-only';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { PROBE_RATE, TokenBucketLimiter, type ProbeLimiter, type RateDecision } from './rate-limit';

/** The shared store could not be asked: the probe fails closed (503) rather than run unlimited. */
export class LimiterUnavailableError extends Error {
  readonly code = 'LIMITER_UNAVAILABLE';
  constructor() {
    super('rate limit store unavailable');
    this.name = 'LimiterUnavailableError';
  }
}

export interface RedisLimiterOptions {
  url: string;
  capacity?: number;
  /** Seconds for a full bucket to drain back: capacity / refill rate. */
  windowSeconds?: number;
  keyPrefix?: string;
  /** How long one Redis call may take before the probe gives up on it. */
  timeoutMs?: number;
}

/**
 * A limiter shared by every instance through Redis (`REDIS_URL`), so N instances still
 * allow one budget per client. Redis being down must neither crash the server nor open the
 * probe: errors are swallowed on the connection and every `take` rejects until it is back.
 */
export class RedisLimiter implements ProbeLimiter {
  readonly client: Redis;
  private readonly limiter: RateLimiterRedis;
  private readonly timeoutMs: number;

  constructor(options: RedisLimiterOptions) {
    const timeoutMs = options.timeoutMs ?? 1_000;
    this.timeoutMs = timeoutMs;
    this.client = new Redis(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: timeoutMs,
      commandTimeout: timeoutMs,
      // Keep trying to reconnect in the background, at most every 2 s.
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    // An unhandled 'error' event would crash the process; the failure shows up as 503s instead.
    this.client.on('error', () => {});
    const capacity = options.capacity ?? PROBE_RATE.capacity;
    this.limiter = new RateLimiterRedis({
      storeClient: this.client,
      keyPrefix: options.keyPrefix ?? 'api-triage:probe',
      points: capacity,
      duration: options.windowSeconds ?? Math.ceil(capacity / PROBE_RATE.refillPerSecond),
      rejectIfRedisNotReady: true,
    });
  }

  async take(key: string): Promise<RateDecision> {
    await this.ready();
    try {
      await this.limiter.consume(key);
      return { ok: true };
    } catch (e) {
      if (e instanceof RateLimiterRes)
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
      throw new LimiterUnavailableError();
    }
  }

  /** Right after start (or a reconnect) give the connection a moment instead of refusing at once. */
  private ready(): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, this.timeoutMs);
      this.client.once('ready', done);
    });
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}

/** The production limiter: Redis when `REDIS_URL` is set, else in memory (one budget per process). */
export function defaultLimiter(url: string | undefined = process.env.REDIS_URL): ProbeLimiter {
  return url ? new RedisLimiter({ url }) : new TokenBucketLimiter(PROBE_RATE);
}
