import { asMethod, emptyDraft, type RequestDraft } from './draft';
import { redactBody, redactHeaders, redactUrl } from '../secrets';

/**
 * A draft with every secret removed: for history entries and share links. `secretHeaders`
 * names headers to hide whatever lib/secrets thinks of their names (an auth helper's header).
 */
export function safeDraft(draft: RequestDraft, secretHeaders: readonly string[] = []): RequestDraft {
  return {
    ...draft,
    url: redactUrl(draft.url),
    headers: redactHeaders(draft.headers, secretHeaders),
    body: redactBody(draft.body),
  };
}

export { redactBody };

/** A share fragment longer than this is not one the portal made (the draft's own limits keep links far shorter). */
const MAX_FRAGMENT_CHARS = 256 * 1024;

const toBase64Url = (text: string) =>
  btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/** `#r=...` fragment for a share link: the safe draft, so no secret ever leaves in a link. */
export function shareFragment(draft: RequestDraft, secretHeaders: readonly string[] = []): string {
  const d = safeDraft(draft, secretHeaders);
  return `r=${toBase64Url(JSON.stringify([d.method, d.url, d.headers, d.body, d.followRedirects, d.timeoutMs]))}`;
}

/** Read a share fragment back; anything malformed gives null. */
export function readShareFragment(fragment: string): RequestDraft | null {
  if (fragment.length > MAX_FRAGMENT_CHARS) return null;
  const m = /(?:^#?|&)r=([\w-]+)/.exec(fragment);
  if (!m?.[1]) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(m[1]));
    if (!Array.isArray(value)) return null;
    const fields: unknown[] = value;
    const [method, url, headers, body, follow, timeout] = fields;
    const draft = emptyDraft();
    draft.method = (typeof method === 'string' && asMethod(method)) || 'GET';
    // A link made elsewhere may hold secrets the portal would have removed: the same policy applies on the way in.
    const safe = safeDraft({
      ...draft,
      url: typeof url === 'string' ? url : '',
      headers: Array.isArray(headers)
        ? headers.filter(
            (h): h is [string, string] => Array.isArray(h) && typeof h[0] === 'string' && typeof h[1] === 'string',
          )
        : [],
      body: typeof body === 'string' ? body : '',
    });
    draft.url = safe.url;
    draft.headers = safe.headers;
    draft.body = safe.body;
    draft.followRedirects = follow === true;
    draft.timeoutMs = typeof timeout === 'number' ? timeout : null;
    return draft;
  } catch {
    return null;
  }
}
