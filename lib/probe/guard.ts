import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ProblemError } from '../api/problem';
import { trustedHops, trustedHosts } from './trust';

/** What the guard reads from the deployment; the route reads the environment on every call. */
export interface GuardSettings {
  /** `PROBE_API_TOKEN`: lets a script without browser headers call the probe. */
  apiToken?: string;
  /** `TRUST_PROXY_HOPS`. */
  hops?: number;
}

const settingsFromEnv = (): GuardSettings => ({ apiToken: process.env.PROBE_API_TOKEN, hops: trustedHops() });

/**
 * The probe is the portal page's back end, not an open proxy. A request passes when:
 * - it carries a valid `Authorization: Bearer <PROBE_API_TOKEN>` (a deployment that set one), or
 * - a browser marks it same-origin: `Sec-Fetch-Site: same-origin` and/or an `Origin` naming
 *   the portal itself.
 * A client with neither header is a script, not the portal's page, and is refused; so is any
 * browser request from another site (which could make a visitor's browser drive the probe).
 */
export function assertSameOrigin(request: Request, settings: GuardSettings = settingsFromEnv()): void {
  if (hasValidToken(request, settings.apiToken)) return;
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (site === null && origin === null)
    throw crossSite('The request came from neither the portal’s page nor a caller holding the API token.');
  if (site !== null && site !== 'same-origin') throw crossSite();
  if (origin === null) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossSite(); // includes the opaque origin "null"
  }
  if (!trustedHosts(request.headers, settings.hops).includes(originHost.toLowerCase())) throw crossSite();
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison of the presented bearer token with the configured one. */
function hasValidToken(request: Request, token: string | undefined): boolean {
  if (!token) return false;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return m?.[1] !== undefined && timingSafeEqual(digest(m[1]), digest(token));
}

function crossSite(
  detail = 'The probe only accepts requests from the portal’s own pages (same origin).',
): ProblemError {
  return new ProblemError(403, 'cross_site', 'Cross-site request refused', detail);
}

/**
 * Only `application/json` bodies: a browser sends form and text/plain posts cross-site
 * without a preflight, so accepting them would let any page drive the probe.
 */
export function assertJsonContentType(request: Request): void {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    throw new ProblemError(
      415,
      'unsupported_media_type',
      'Unsupported media type',
      'Send the probe request as JSON with Content-Type: application/json.',
    );
}

/** Read the request body as JSON, refusing more than `maxBytes` before parsing it. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.length;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ProblemError(400, 'invalid_request', 'Invalid probe request', 'The request body must be JSON.');
  }
}

export function tooLarge(): ProblemError {
  return new ProblemError(413, 'request_too_large', 'Request too large', 'The probe sends bodies of at most 1 MiB.');
}
