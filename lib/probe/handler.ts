import 'server-only';
import { z } from 'zod';
import { ProblemError, withProblems } from '../api/problem';
import type { Diagnosis, HttpSnapshot } from '../diagnose/types';
import { classifyWithCatalog } from './diagnose-adapter';
import { assertSameOrigin, ownHosts, readJsonBody, tooLarge } from './guard';
import { DestinationRefusedError, runProbe, type ProbeOptions } from './probe';
import { clientKey, TokenBucketLimiter } from './rate-limit';
import { PROBE_LIMITS, ProbeRequestSchema, requestBodyBytes, type ProbeResult } from '../request/probe-contract';
import { toSnapshot } from './snapshot';

/** What the route handler can be given in tests and benches; production uses the defaults. */
export interface ProbeHandlerDeps {
  limiter?: TokenBucketLimiter;
  probe?: Omit<ProbeOptions, 'signal' | 'selfHosts'>;
  diagnose?: (snapshot: HttpSnapshot) => Diagnosis;
  /** Where the one log line per probe goes. */
  log?: (line: string) => void;
}

// JSON escaping can make a 1 MiB body several times larger on the wire; refuse beyond that.
const MAX_JSON_BYTES = 8 * PROBE_LIMITS.maxRequestBodyBytes;

/** The same message for every refusal reason, so the route cannot map internal DNS. */
const REFUSED_DETAIL =
  'The probe only calls public internet hosts on web ports. Private, loopback, link-local and cloud-metadata addresses, internal host names and the portal itself are refused. To probe an API on your own machine, run the portal locally with PROBE_ALLOW_HOSTS=host:port.';

const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** Build `POST /api/probe`: guard → rate limit → validate → probe → diagnose → JSON. */
export function createProbeHandler(deps: ProbeHandlerDeps = {}): (request: Request) => Promise<Response> {
  // 20 probes in a burst, then one every 2 seconds per client.
  const limiter = deps.limiter ?? new TokenBucketLimiter({ capacity: 20, refillPerSecond: 0.5 });
  const diagnose = deps.diagnose ?? classifyWithCatalog;
  const log = deps.log ?? ((line: string) => console.info(line));

  return withProblems(async (request: Request) => {
    assertSameOrigin(request);
    const rate = limiter.take(clientKey(request.headers));
    if (!rate.ok) {
      const wait = String(rate.retryAfterSeconds);
      throw new ProblemError(429, 'rate_limited', 'Too many probes', `Wait ${wait} s before the next probe.`, {
        'retry-after': wait,
      });
    }
    const parsed = ProbeRequestSchema.safeParse(await readJsonBody(request, MAX_JSON_BYTES));
    if (!parsed.success)
      throw new ProblemError(400, 'invalid_request', 'Invalid probe request', z.prettifyError(parsed.error));
    const req = parsed.data;
    if (requestBodyBytes(req.body, req.bodyEncoding) > PROBE_LIMITS.maxRequestBodyBytes) throw tooLarge();

    // Log method, host and outcome only: never paths, queries, headers or bodies (they carry secrets).
    const host = new URL(req.url).host;
    let outcome;
    try {
      outcome = await runProbe(req, { ...deps.probe, selfHosts: ownHosts(request), signal: request.signal });
    } catch (e) {
      if (!(e instanceof DestinationRefusedError)) throw e;
      log(`probe ${req.method} ${host} refused`);
      throw new ProblemError(403, 'destination_not_allowed', 'Destination not allowed', REFUSED_DETAIL);
    }
    log(
      `probe ${req.method} ${host} ${outcome.outcome === 'response' ? outcome.response.status : `${outcome.error.kind}`}`,
    );

    const diagnosis = diagnose(toSnapshot(req, outcome));
    const result: ProbeResult =
      outcome.outcome === 'response'
        ? { outcome: 'response', response: outcome.response, diagnosis }
        : { outcome: 'network_error', error: outcome.error, diagnosis };
    return Response.json(result, { headers: NO_STORE });
  });
}
