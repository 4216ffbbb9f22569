import 'server-only';
import { ProblemError } from '../api/problem';

/**
 * Requests must come from the portal's own pages: a browser on another site must not be
 * able to make a visitor's browser drive the probe. Clients that send neither header
 * (curl, scripts) are not browsers acting for someone else and pass.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') throw crossSite();
  const origin = request.headers.get('origin');
  if (origin === null) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossSite(); // includes the opaque origin "null"
  }
  if (!ownHosts(request).includes(originHost.toLowerCase())) throw crossSite();
}

/** `host[:port]` names the portal is reached by (Host, and X-Forwarded-Host behind a proxy). */
export function ownHosts(request: Request): string[] {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = request.headers.get('host')?.trim();
  return [forwarded, host].filter((h): h is string => Boolean(h)).map((h) => h.toLowerCase());
}

function crossSite(): ProblemError {
  return new ProblemError(
    403,
    'cross_site',
    'Cross-site request refused',
    'The probe only accepts requests from the portal’s own pages (same origin).',
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
