import { isCookieHeader, isSecretField, isSecretHeader, isSecretParam } from './names';
import { redactText } from './text';
import { MARK, maskCookie, maskCredential } from './values';

/**
 * Header pairs with credential values hidden (Authorization keeps its scheme, cookies their
 * names). `alsoSecret` names headers the caller knows to be credentials whatever they are
 * called (the playground's API-key helper with a custom header name).
 */
export function redactHeaders(
  headers: readonly (readonly [string, string])[],
  alsoSecret: readonly string[] = [],
): [string, string][] {
  const extra = new Set(alsoSecret.map((n) => n.trim().toLowerCase()));
  return headers.map(([n, v]): [string, string] => {
    if (isCookieHeader(n)) return [n, maskCookie(v, /^set-/i.test(n))];
    if (isSecretHeader(n) || extra.has(n.trim().toLowerCase())) return [n, maskCredential(v)];
    return [n, redactText(v).text]; // a token pasted into an ordinary header is still a token
  });
}

/** The URL with userinfo and credential-like query values replaced; text that is no URL is redacted as text. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return redactText(raw).text;
  }
  if (url.username || url.password) {
    url.username = 'redacted';
    url.password = '';
  }
  for (const key of [...new Set(url.searchParams.keys())]) if (isSecretParam(key)) url.searchParams.set(key, MARK);
  // Path segments can carry keys too (`/bot<token>/`, `/hooks/<secret>`): the text rules catch known formats.
  url.pathname = redactText(url.pathname).text;
  return url.href.replace(/%5Bredacted%5D/g, 'redacted');
}

/** A request body with credential fields hidden: JSON members, form fields, and secrets in any other text. */
export function redactBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const hidden = JSON.parse(trimmed, (key, value: unknown) =>
        key && typeof value === 'string' && (isSecretField(key) || isSecretParam(key)) ? maskCredential(value) : value,
      ) as unknown;
      return redactText(JSON.stringify(hidden, null, trimmed.includes('\n') ? 2 : 0)).text;
    } catch {
      return redactText(body).text;
    }
  }
  if (/^[\w.%+[\]-]+=[^&]*(?:&[\w.%+[\]-]+=[^&]*)*$/.test(trimmed)) {
    const params = new URLSearchParams(trimmed);
    for (const key of [...new Set(params.keys())]) if (isSecretParam(key)) params.set(key, MARK);
    return params.toString();
  }
  return redactText(body).text;
}
