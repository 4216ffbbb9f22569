import 'server-only';
import { z } from 'zod';
import { ProblemError, withProblems } from '../api/problem';
import type { Diagnosis, HttpSnapshot } from '../diagnose/types';
import { classifyWithCatalog } from './diagnose-adapter';
import { assertJsonContentType, assertSameOrigin, readJsonBody, tooLarge, type GuardSettings } from './guard';
import { DestinationRefusedError, runProbe, type ProbeOptions } from './probe';
import type { ProbeLimiter } from './rate-limit';
import { defaultLimiter, LimiterUnavailableError } from './redis-limit';
import { PROBE_LIMITS, ProbeRequestSchema, requestBodyBytes, type ProbeResult } from '../request/probe-contract';
import { toSnapshot } from './snapshot';
import { clientKey, selfHosts, trustedHops } from './trust';
import { withApiHeaders } from './api-headers';
import { scrub } from '../secrets';

/** What the route handler can be given in tests and benches; production uses the defaults. */
export interface ProbeHandlerDeps {
  limiter?: ProbeLimiter;
  probe?: Omit<ProbeOptions, 'signal' | 'selfHosts'>;
  diagnose?: (snapshot: HttpSnapshot) => Diagnosis;
  /** Where the one log line per probe goes. */
  log?: (line: string) => void;
  /** Token and proxy settings; read from the environment on every request when absent. */
  guard?: () => GuardSettings;
}

// JSON escaping can make a 1 MiB body several times larger on the wire; refuse beyond that.
const MAX_JSON_BYTES = 8 * PROBE_LIMITS.maxRequestBodyBytes;

/** The same message for every refusal reason, so the route cannot map internal DNS. */
const REFUSED_DETAIL =
  'The probe only calls public internet hosts on web ports. Private, loopback, link-local and cloud-metadata addresses, cloud platform addresses, the portal’s own addresses, names outside public top-level domains and the portal itself are refused. To probe an API on your own machine, run the portal locally with PROBE_ALLOW_HOSTS=host:port.';

/** Build `POST /api/probe`: guard → media type → rate limit → validate → probe → diagnose → JSON. */
export function createProbeHandler(deps: ProbeHandlerDeps = {}): (request: Request) => Promise<Response> {
  let limiter = deps.limiter ?? null; // created on first use, so importing the route opens no connection
  const diagnose = deps.diagnose ?? classifyWithCatalog;
  const sink = deps.log ?? ((line: string) => console.info(line));
  const log = (line: string) => sink(scrub(line)); // a host name can carry a token too (`<key>.hooks.example`)
  const guard = deps.guard ?? (() => ({ apiToken: process.env.PROBE_API_TOKEN, hops: trustedHops() }));

  const handle = withProblems(async (request: Request) => {
    const settings = guard();
    assertSameOrigin(request, settings);
    assertJsonContentType(request);
    await takeToken((limiter ??= defaultLimiter()), clientKey(request.headers, settings.hops ?? 0), log);
    const parsed = ProbeRequestSchema.safeParse(await readJsonBody(request, MAX_JSON_BYTES));
    if (!parsed.success)
      throw new ProblemError(400, 'invalid_request', 'Invalid probe request', z.prettifyError(parsed.error));
    const req = parsed.data;
    if (requestBodyBytes(req.body, req.bodyEncoding) > PROBE_LIMITS.maxRequestBodyBytes) throw tooLarge();

    // Log method, host and outcome only: never paths, queries, headers or bodies (they carry secrets).
    const host = new URL(req.url).host;
    let outcome;
    try {
      outcome = await runProbe(req, { ...deps.probe, selfHosts: selfHosts(request.headers), signal: request.signal });
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
    return Response.json(result);
  });
  return async (request) => withApiHeaders(await handle(request));
}

/** 429 when the client's budget is spent; 503 (fail closed) when the shared store cannot be asked. */
async function takeToken(limiter: ProbeLimiter, key: string, log: (line: string) => void): Promise<void> {
  let rate;
  try {
    rate = await limiter.take(key);
  } catch (e) {
    log(`probe limiter unavailable (${e instanceof LimiterUnavailableError ? e.code : 'error'})`);
    throw new ProblemError(
      503,
      'rate_limit_unavailable',
      'Probe temporarily unavailable',
      'The probe’s rate limit store cannot be reached, so no probe is sent. Try again in a minute.',
      { 'retry-after': '30' },
    );
  }
  if (!rate.ok) {
    const wait = String(rate.retryAfterSeconds);
    throw new ProblemError(429, 'rate_limited', 'Too many probes', `Wait ${wait} s before the next probe.`, {
      'retry-after': wait,
    });
  }
}
