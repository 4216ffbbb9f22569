import { asMethod, emptyDraft, setHeader, type ImportResult } from '../draft';
import { PROBE_LIMITS } from '../probe-contract';
import type { CurlExtras } from './curl-requests';
import type { ImportedRequest } from './import-types';

/**
 * An imported request as a playground draft. Credentials stay in (the user sends them);
 * history and share links strip them through `safeDraft`. A method the probe cannot send
 * is noted, never silently changed.
 */
export function toDraft(r: ImportedRequest, extras?: Partial<CurlExtras>): ImportResult {
  const notes = [...r.notes];
  const draft = emptyDraft();
  draft.url = r.url;
  const method = asMethod(r.method);
  const fallback = r.body !== null ? 'POST' : 'GET';
  if (!method) notes.push(`Method ${r.method} is not supported by the playground; using ${fallback}.`);
  draft.method = method ?? fallback;
  // Recomputed when sending (from the body and the URL), so they would only go stale in the
  // editor; a Host that names another host than the URL is the user's and stays.
  const host = r.headers.find(([n]) => n.toLowerCase() === 'host')?.[1];
  const sameHost =
    host !== undefined &&
    host.toLowerCase() === /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*@)?([^/?#]*)/i.exec(r.url)?.[2]?.toLowerCase();
  const headers = setHeader(r.headers, 'content-length', null);
  draft.headers = sameHost ? setHeader(headers, 'host', null) : headers;
  draft.body = r.body ?? '';
  draft.followRedirects = extras?.followRedirects ?? r.followRedirects ?? false;
  const timeout = extras?.timeoutMs ?? r.timeoutMs;
  if (timeout) draft.timeoutMs = Math.min(PROBE_LIMITS.maxTimeoutMs, timeout);
  return { draft, notes };
}
