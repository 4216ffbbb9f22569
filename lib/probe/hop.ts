import 'server-only';
import type { Dispatcher } from 'undici';
import { createBodyCollector, type BodyCollector, type CollectedBody } from './body';

/** One request/response exchange (a redirect chain has several). */
export interface HopRequest {
  url: URL;
  method: string;
  /** Outbound headers, already filtered; pairs keep order and duplicates. */
  headers: [string, string][];
  body: Buffer | undefined;
}

export interface HopLimits {
  headersTimeoutMs: number;
  bodyIdleTimeoutMs: number;
  maxBodyBytes: number;
  maxResponseHeaders: number;
}

export interface HopResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: CollectedBody;
  /** Set when the body did not finish (idle timeout, reset, deadline); the head is still valid. */
  bodyError: Error | null;
  /** Response headers beyond the cap, not included in `headers`. */
  headersOmitted: number;
  ttfbMs: number;
  totalMs: number;
}

/** Aborts the download once the decoded body reaches the cap; not an error for the caller. */
class BodyLimitReached extends Error {
  constructor() {
    super('body limit reached');
    this.name = 'BodyLimitReached';
  }
}

const latin1 = (v: Buffer | string) => (typeof v === 'string' ? v : v.toString('latin1'));

function headerPairs(
  raw: Dispatcher.DispatchController['rawHeaders'],
  parsed: Record<string, string | string[] | undefined>,
): [string, string][] {
  if (Array.isArray(raw)) {
    const pairs: [string, string][] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([latin1(raw[i]!), latin1(raw[i + 1]!)]);
    return pairs;
  }
  return Object.entries(parsed).flatMap(([k, v]) =>
    v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x]),
  );
}

/**
 * Send one request through `agent` and read the response with the limits applied.
 * Rejects only when no response head arrived; a body that fails later still resolves
 * (with `bodyError`), because the status and headers are what the user needs to see.
 */
export function sendHop(
  agent: Dispatcher,
  req: HopRequest,
  limits: HopLimits,
  signal: AbortSignal,
): Promise<HopResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstByteAt = 0;
    let controller: Dispatcher.DispatchController | null = null;
    let head: Omit<HopResponse, 'body' | 'bodyError' | 'totalMs'> | null = null;
    let collector: BodyCollector | null = null;
    let settled = false;

    const complete = async (err: Error | null) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (!head) return reject(err ?? new Error('no response'));
      const body = await (collector?.end() ??
        Promise.resolve({ bytes: Buffer.alloc(0), truncated: false, warnings: [] }));
      const bodyError = err instanceof BodyLimitReached ? null : err;
      resolve({ ...head, body, bodyError, totalMs: performance.now() - started });
    };
    const onAbort = () => {
      const reason = signal.reason instanceof Error ? signal.reason : new Error('aborted');
      controller?.abort(reason);
      void complete(reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });

    const noBody = req.method === 'HEAD';
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
      },
      onResponseStarted() {
        firstByteAt ||= performance.now();
      },
      onResponseStart(c, statusCode, headers, statusMessage) {
        if (statusCode < 200) return; // 1xx interim responses: the final one follows
        const all = headerPairs(c.rawHeaders, headers);
        const encoding = headers['content-encoding'];
        head = {
          status: statusCode,
          statusText: statusMessage ?? '',
          headers: all.slice(0, limits.maxResponseHeaders),
          headersOmitted: Math.max(0, all.length - limits.maxResponseHeaders),
          ttfbMs: (firstByteAt || performance.now()) - started,
        };
        if (noBody || statusCode === 204 || statusCode === 304) return;
        collector = createBodyCollector(Array.isArray(encoding) ? encoding.join(',') : encoding, limits.maxBodyBytes, {
          onLimit: () => c.abort(new BodyLimitReached()),
          pause: () => c.pause(),
          resume: () => c.resume(),
        });
      },
      onResponseData(_c, chunk) {
        collector?.write(chunk);
      },
      onResponseEnd() {
        void complete(null);
      },
      onResponseError(_c, err) {
        void complete(err);
      },
    };
    agent.dispatch(
      {
        origin: req.url.origin,
        path: `${req.url.pathname}${req.url.search}`,
        method: req.method,
        headers: req.headers.flat(),
        body: req.body,
        headersTimeout: limits.headersTimeoutMs,
        bodyTimeout: limits.bodyIdleTimeoutMs,
        // A fresh connection per hop, so every hop's DNS/connect/TLS timings are real.
        reset: true,
      },
      handler,
    );
  });
}
