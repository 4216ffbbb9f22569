import type { ProbeResult } from '@/lib/request/probe-contract';

/**
 * Fetches a JWKS document through the portal's probe (`POST /api/probe`), so the same destination
 * policy applies as in the playground. Only the URL is sent: never the token or any key.
 */
export async function fetchJwks(url: string): Promise<{ ok: true; json: string } | { ok: false; message: string }> {
  let res: Response;
  try {
    res = await fetch('/api/probe', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'GET', url, headers: [['accept', 'application/json']], followRedirects: true }),
    });
  } catch {
    return { ok: false, message: 'The portal could not be reached to fetch the JWKS.' };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const detail = (body as { detail?: string; title?: string } | null)?.detail ?? `The probe answered ${res.status}.`;
    return { ok: false, message: detail };
  }
  const result = body as ProbeResult;
  if (result.outcome !== 'response') return { ok: false, message: `Fetching the JWKS failed: ${result.error.message}` };
  const r = result.response;
  if (r.status !== 200) return { ok: false, message: `The JWKS URL answered HTTP ${r.status}, not 200.` };
  if (r.bodyEncoding !== 'utf8' || r.bodyTruncated)
    return { ok: false, message: 'The JWKS URL did not answer with a complete JSON text.' };
  return { ok: true, json: r.body };
}
