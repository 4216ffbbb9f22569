/**
 * Query parameters as editable rows, kept in sync with the URL text. Works on text the
 * user is still typing (no `new URL`), and round-trips empty rows so a row can be added
 * before it is filled in.
 */

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s; // a half-typed %-escape stays as typed
  }
};

function parts(url: string): { base: string; query: string | null; hash: string } {
  const hashAt = url.indexOf('#');
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const rest = hashAt < 0 ? url : url.slice(0, hashAt);
  const q = rest.indexOf('?');
  return q < 0 ? { base: rest, query: null, hash } : { base: rest.slice(0, q), query: rest.slice(q + 1), hash };
}

/** The URL's query as `[name, value]` rows (decoded). */
export function paramsOf(url: string): [string, string][] {
  const { query } = parts(url);
  if (query === null || query === '') return [];
  return query.split('&').map((pair): [string, string] => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
  });
}

const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');

/** The URL with its query replaced by `rows` (encoded); no rows removes the `?`. */
export function withParams(url: string, rows: readonly (readonly [string, string])[]): string {
  const { base, hash } = parts(url);
  if (rows.length === 0) return base + hash;
  return `${base}?${rows.map(([k, v]) => (v === '' && k !== '' ? encode(k) : `${encode(k)}=${encode(v)}`)).join('&')}${hash}`;
}
