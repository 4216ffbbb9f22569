import { createProbeHandler, type ProbeHandlerDeps } from '@/lib/probe/handler';
import { TokenBucketLimiter } from '@/lib/probe/rate-limit';
import type { ProbeRequestInput, ProbeResult } from '@/lib/request/probe-contract';

/** Short limits so misbehaving fixtures end in well under a second. */
export const FAST_LIMITS = {
  connectTimeoutMs: 1_000,
  headersTimeoutMs: 400,
  bodyIdleTimeoutMs: 400,
  totalTimeoutMs: 3_000,
  maxBodyBytes: 512 * 1024,
};

/** The route handler as Next would call it, wired to the fixtures and recording its log lines. */
export function makeRoute(allowHosts: string, deps: ProbeHandlerDeps = {}) {
  const logs: string[] = [];
  const handler = createProbeHandler({
    limiter: new TokenBucketLimiter({ capacity: 1_000, refillPerSecond: 1_000 }),
    log: (line) => logs.push(line),
    ...deps,
    probe: { allowHosts, limits: FAST_LIMITS, ...deps.probe },
  });
  const call = (body: ProbeRequestInput | string, headers: Record<string, string> = {}) =>
    handler(
      new Request('http://portal.test/api/probe', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          host: 'portal.test',
          origin: 'http://portal.test',
          'sec-fetch-site': 'same-origin',
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  const probe = async (body: ProbeRequestInput, headers: Record<string, string> = {}) => {
    const res = await call(body, headers);
    if (res.status !== 200) throw new Error(`route answered ${res.status}: ${await res.text()}`);
    const result: ProbeResult = await res.json();
    return result;
  };
  return { call, probe, logs };
}

export function responseOf(result: ProbeResult) {
  if (result.outcome !== 'response') throw new Error(`expected a response, got ${JSON.stringify(result.error)}`);
  return result.response;
}
