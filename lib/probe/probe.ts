import 'server-only';
import { Agent } from 'undici';
import type { SnapshotError } from '../diagnose/types';
import { safeConnector, type ConnectTimings } from './connector';
import { DestinationRefusedError, vetDestination, type DestinationPolicy } from './destination';
import { classifyError, DeadlineError } from './errors';
import { parseAllowHosts } from './host-policy';
import { BODY_HEADERS, CREDENTIAL_HEADERS, outboundHeaders, withoutHeaders } from '../request/header-policy';
import { isSecretHeader } from '../secrets';
import { sendHop, type HopResponse } from './hop';
import { DEFAULT_LIMITS, type ProbeLimits } from './limits';
import { systemResolver, type Resolver } from './resolver';
import { toProbeResponse } from './response';
import type { ProbeHttpResponse, ProbeNetworkError, ProbeRedirect, ProbeRequest } from '../request/probe-contract';

export { DestinationRefusedError };

/** Dependencies and overrides; everything has a production default. */
export interface ProbeOptions {
  resolver?: Resolver;
  /** `PROBE_ALLOW_HOSTS` syntax; defaults to the environment variable, read on every call. */
  allowHosts?: string;
  /** `host[:port]` of the portal itself (from the incoming Host header). */
  selfHosts?: string[];
  limits?: Partial<ProbeLimits>;
  /** Replaces the system CA store; only for tests against a local TLS server. */
  trustedCa?: string;
  /** Aborts the probe (the caller went away). */
  signal?: AbortSignal;
}

/** What the probe saw, before diagnosis. `transportError` describes a response whose body did not finish. */
export type ProbeOutcome =
  | { outcome: 'response'; response: ProbeHttpResponse; transportError: SnapshotError | null }
  | { outcome: 'network_error'; error: ProbeNetworkError };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ZERO: ConnectTimings = { dnsMs: 0, connectMs: 0, tlsMs: 0, remoteAddress: null };

/**
 * Send the request described by `req` to a vetted destination and report what came back.
 * Throws DestinationRefusedError when the destination (or any redirect hop) is refused;
 * every other failure is a `network_error` outcome.
 */
export async function runProbe(req: ProbeRequest, options: ProbeOptions = {}): Promise<ProbeOutcome> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const policy: DestinationPolicy = {
    resolver: options.resolver ?? systemResolver,
    allow: parseAllowHosts(options.allowHosts ?? process.env.PROBE_ALLOW_HOSTS),
    selfHosts: options.selfHosts ?? [],
  };
  const deadlineMs = Math.min(limits.totalTimeoutMs, req.timeoutMs);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DeadlineError(deadlineMs)), deadlineMs);
  const signal = options.signal ? AbortSignal.any([deadline.signal, options.signal]) : deadline.signal;
  let conn = ZERO;
  const agent = new Agent({
    connect: safeConnector({
      policy,
      connectTimeoutMs: limits.connectTimeoutMs,
      trustedCa: options.trustedCa,
      onConnected: (t) => (conn = t),
    }),
    maxHeaderSize: limits.maxResponseHeaderBytes,
    connections: 1,
  });

  let url = new URL(req.url);
  let method: string = req.method;
  let headers = outboundHeaders(req.headers);
  let body = req.body ? Buffer.from(req.body, req.bodyEncoding) : undefined;
  const notes: string[] = [];
  if (body && (method === 'GET' || method === 'HEAD')) {
    // Never send one: servers and proxies disagree on whether it exists (a request-smuggling classic).
    body = undefined;
    notes.push(`The body was not sent: a ${method} request carries none (RFC 9110 §9.3.1).`);
  }
  const redirects: ProbeRedirect[] = [];
  try {
    for (;;) {
      await abortable(vetDestination(url, policy), signal);
      conn = ZERO;
      const hop = await sendHop(agent, { url, method, headers, body }, limits, signal);
      const location = header(hop, 'location');
      const next = req.followRedirects && REDIRECTS.has(hop.status) && location ? safeUrl(location, url) : null;
      const warnings: string[] = [...notes];
      if (next && redirects.length >= limits.maxRedirects) {
        warnings.push(
          `Stopped after ${limits.maxRedirects} redirects (ERR_TOO_MANY_REDIRECTS): the chain is a loop or too long.`,
        );
      } else if (next && next.protocol !== 'http:' && next.protocol !== 'https:') {
        warnings.push(`Not followed: the redirect goes to a ${next.protocol} URL.`);
      } else if (next) {
        redirects.push({ status: hop.status, location: next.href });
        if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
          method = method === 'HEAD' ? 'HEAD' : 'GET';
          body = undefined;
          headers = withoutHeaders(headers, BODY_HEADERS);
        }
        // Leaving the origin: no credential of any kind follows (browsers drop only Authorization).
        if (next.origin !== url.origin)
          headers = withoutHeaders(headers, CREDENTIAL_HEADERS).filter(([n]) => !isSecretHeader(n));
        url = next;
        continue;
      }
      const response = toProbeResponse(hop, conn, redirects, warnings);
      const tooMany = warnings.find((w) => w.includes('ERR_TOO_MANY_REDIRECTS'));
      const transportError: SnapshotError | null = hop.bodyError
        ? classifyError(hop.bodyError)
        : tooMany
          ? { kind: 'other', code: 'ERR_TOO_MANY_REDIRECTS', message: tooMany }
          : null;
      return { outcome: 'response', response, transportError };
    }
  } catch (e) {
    if (e instanceof DestinationRefusedError) throw e;
    return { outcome: 'network_error', error: classifyError(e) };
  } finally {
    clearTimeout(timer);
    agent.destroy().catch(() => {});
  }
}

function header(hop: HopResponse, name: string): string | undefined {
  return hop.headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

function safeUrl(location: string, base: URL): URL | null {
  try {
    return new URL(location, base);
  } catch {
    return null;
  }
}

/** Reject as soon as `signal` aborts, even if `work` (a DNS lookup) is still pending. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
