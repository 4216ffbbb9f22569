import type { ImportedRequest } from './import-types';

/** How curl options map onto what is sent: options without effect, auth schemes, URL credentials. */

/** Options that change nothing about the request sent (output, progress, retries, timeouts): ignored quietly. */
export const NO_EFFECT = new Set(
  (
    'verbose silent show-error show-headers include progress-bar no-progress-meter output output-dir remote-name ' +
    'remote-name-all remote-header-name write-out dump-header trace trace-ascii trace-time trace-ids trace-config ' +
    'stderr create-dirs create-file-mode fail fail-early fail-with-body retry retry-delay retry-max-time ' +
    'retry-all-errors retry-connrefused connect-timeout keepalive-time keepalive-cnt no-keepalive tcp-nodelay ' +
    'tcp-fastopen styled-output no-buffer limit-rate speed-limit speed-time remote-time xattr libcurl cookie-jar ' +
    'junk-session-cookies max-redirs max-filesize parallel parallel-max parallel-immediate parallel-max-host ' +
    'skip-existing no-clobber remove-on-error etag-save out-null happy-eyeballs-timeout-ms globoff ' +
    'disallow-username-in-url ca-native ssl-no-revoke ssl-revoke-best-effort'
  ).split(' '),
);
export const AUTH_SCHEMES = new Set(['digest', 'ntlm', 'ntlm-wb', 'negotiate', 'anyauth']);
export const b64 = (text: string) =>
  btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''));

/** `https://user:pass@host/` — curl sends the credentials as Basic auth, not in the URL. */
export function withUrlCredentials(r: ImportedRequest, hasUser: boolean): ImportedRequest {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i.exec(r.url);
  if (!m) return r;
  const url = r.url.replace(`${m[2]}@`, '');
  if (hasUser || r.headers.some(([n]) => n.toLowerCase() === 'authorization')) return { ...r, url };
  const [user = '', pass = ''] = m[2]!.split(/:(.*)/s).map((s) => decodeURIComponent(s));
  return { ...r, url, headers: [...r.headers, ['Authorization', `Basic ${b64(`${user}:${pass}`)}`]] };
}

/**
 * `-z date` / `-z -date`: curl sends If-Modified-Since (If-Unmodified-Since with the dash) as
 * an HTTP date; a date without a zone is GMT, as curl_getdate reads it. A file name (its
 * modification time) gives null.
 */
export function timeCondition(arg: string): [string, string] | null {
  const older = arg.startsWith('-');
  const text = arg.replace(/^[-+=]/, '');
  const zoned = /(GMT|UTC|Z|[+-]\d{2}:?\d{2})\s*$/i.test(text) ? text : `${text} GMT`;
  const time = /\d/.test(text) ? Date.parse(zoned) : NaN;
  if (Number.isNaN(time)) return null;
  return [older ? 'If-Unmodified-Since' : 'If-Modified-Since', new Date(time).toUTCString()];
}
