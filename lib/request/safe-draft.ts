import { asMethod, emptyDraft, type RequestDraft } from './draft';
import { isSecretHeader, isSecretParam, redactHeaders, redactUrl } from './header-policy';

/** A draft with every secret removed: for history entries and share links. */
export function safeDraft(draft: RequestDraft): RequestDraft {
  return { ...draft, url: redactUrl(draft.url), headers: redactHeaders(draft.headers), body: redactBody(draft.body) };
}

/** Credential-looking fields in a JSON or form body (`password`, `client_secret`, `refresh_token`). */
export function redactBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.stringify(
        JSON.parse(trimmed, (key, value: unknown) =>
          key && typeof value === 'string' && (isSecretHeader(key) || isSecretParam(key)) ? '[redacted]' : value,
        ),
        null,
        trimmed.includes('\n') ? 2 : 0,
      );
    } catch {
      return body;
    }
  }
  if (/^[\w.%+-]+=[^&]*(&[\w.%+-]+=[^&]*)*$/.test(trimmed)) {
    const params = new URLSearchParams(trimmed);
    for (const key of [...params.keys()]) if (isSecretHeader(key) || isSecretParam(key)) params.set(key, '[redacted]');
    return params.toString();
  }
  return body;
}

const toBase64Url = (text: string) =>
  btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

/** `#r=...` fragment for a share link: the safe draft, so no secret ever leaves in a link. */
export function shareFragment(draft: RequestDraft): string {
  const d = safeDraft(draft);
  return `r=${toBase64Url(JSON.stringify([d.method, d.url, d.headers, d.body, d.followRedirects, d.timeoutMs]))}`;
}

/** Read a share fragment back; anything malformed gives null. */
export function readShareFragment(fragment: string): RequestDraft | null {
  const m = /(?:^#?|&)r=([\w-]+)/.exec(fragment);
  if (!m?.[1]) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(m[1]));
    if (!Array.isArray(value)) return null;
    const fields: unknown[] = value;
    const [method, url, headers, body, follow, timeout] = fields;
    const draft = emptyDraft();
    draft.method = (typeof method === 'string' && asMethod(method)) || 'GET';
    draft.url = typeof url === 'string' ? url : '';
    draft.headers = Array.isArray(headers)
      ? headers.filter(
          (h): h is [string, string] => Array.isArray(h) && typeof h[0] === 'string' && typeof h[1] === 'string',
        )
      : [];
    draft.body = typeof body === 'string' ? body : '';
    draft.followRedirects = follow === true;
    draft.timeoutMs = typeof timeout === 'number' ? timeout : null;
    return draft;
  } catch {
    return null;
  }
}
