import type { ImportResult } from './draft';
import { FORM_BOUNDARY, multipartBody } from './import/curl-data';
import { harEntrySchema, harRequestSchema, type HarEntry, type HarRequest } from './import/har-schema';
import { toDraft } from './import/to-draft';
import type { ImportedRequest } from './import/import-types';

/**
 * HTTP/2 pseudo-headers (`:authority`, `:method`…) are not headers. Every other header is
 * kept as the entry sent it, Host and Content-Length included: the import is what was sent,
 * and the playground draft and the probe drop what they compute themselves.
 */
const SKIP = /^:/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The entries of a HAR wherever they are: `log.entries`, a wrapped HAR (`{ "har": { "log": … } }`),
 * a bare `entries` array, an array of entries, a single entry or a bare request. Looks a few
 * levels deep only, so time stays linear.
 */
function findEntries(value: unknown, depth = 0): unknown[] | null {
  if (Array.isArray(value)) return value.some((e) => isObject(e) && isObject(e.request)) ? value : null;
  if (!isObject(value) || depth > 3) return null;
  if (isObject(value.log) && Array.isArray(value.log.entries)) return value.log.entries;
  if (Array.isArray(value.entries)) return value.entries;
  if (isObject(value.request)) return [value];
  if (typeof value.url === 'string' && typeof value.method === 'string') return [{ request: value }];
  for (const child of Object.values(value)) {
    const found = findEntries(child, depth + 1);
    if (found) return found;
  }
  return null;
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};
/**
 * A `queryString` name or value as URL text. Browsers write them as they are in the URL
 * (already percent-encoded), some tools decoded: text that is already valid URL encoding
 * (it has a %XX escape, decodes cleanly, and holds nothing a URL must escape) is kept as
 * written, so `a%26b` is not sent as `a%2526b`; anything else is encoded.
 */
function queryText(text: string): string {
  if (/%[0-9a-f]{2}/i.test(text) && !/[\s"<>#%]/.test(text.replace(/%[0-9a-f]{2}/gi, ''))) {
    try {
      decodeURIComponent(text);
      return text;
    } catch {
      // not valid percent-encoding: encode it below
    }
  }
  return encodeURIComponent(text);
}
const encodePair = (q: { name: string; value: string }) => `${queryText(q.name)}=${queryText(q.value)}`;

/**
 * The URL with its `queryString`: the listed pairs first, then any pair of the URL that the
 * list lacks (browsers list the URL's own pairs, so nothing changes; some tools list pairs only
 * there). The same order httpsnippet uses.
 */
function withQuery(url: string, query: HarRequest['queryString']): string {
  if (!query.length) return url;
  const [base = '', hash = ''] = url.split(/(?=#)/);
  const [path = '', search = ''] = base.split(/\?(.*)/s);
  // Browsers write queryString values raw (as in the URL), other tools decoded: match either.
  const unmatched = search
    .split('&')
    .filter(Boolean)
    .map((raw) => {
      const [n = '', v = ''] = raw.split(/=(.*)/s);
      return { raw, decoded: `${decode(n)}=${decode(v)}` };
    });
  const parts = query.map((q) => {
    const text = `${q.name}=${q.value}`;
    const i = unmatched.findIndex((p) => p.raw === text || p.decoded === text);
    return i < 0 ? { text: encodePair(q), fromUrl: false } : { text: unmatched.splice(i, 1)[0]!.raw, fromUrl: true };
  });
  if (parts.every((p) => p.fromUrl)) return url;
  return `${path}?${[...parts.map((p) => p.text), ...unmatched.map((p) => p.raw)].join('&')}${hash}`;
}

/** A base64 body: its text when it is UTF-8, else the base64 kept with a warning. */
function decodeBase64(text: string, notes: string[]): string {
  try {
    const bytes = Uint8Array.from(atob(text.replace(/\s/g, '')), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    notes.push(
      'The request body is binary (not UTF-8 text); it is shown as base64 and would be sent as that text, not as the original bytes.',
    );
    return text;
  }
}

function body(req: HarRequest, headers: [string, string][], notes: string[]): string | null {
  const post = req.postData;
  const missing = () =>
    notes.push(
      `The HAR does not hold this request's body (${req.bodySize} bytes were sent; exporters leave out large or binary ones); it was left empty.`,
    );
  if (!post) {
    if ((req.bodySize ?? 0) > 0) missing();
    return null;
  }
  if (post.text === undefined && !post.params?.length && (req.bodySize ?? 0) > 0) missing();
  const hasType = headers.findIndex(([n]) => n.toLowerCase() === 'content-type');
  const mime = post.mimeType ?? '';
  if (post.text !== undefined && (post.text !== '' || !post.params?.length)) {
    if (hasType < 0 && mime) headers.push(['Content-Type', mime]);
    return post.encoding === 'base64' ? decodeBase64(post.text, notes) : post.text;
  }
  const params = post.params ?? [];
  if (!params.length) return post.text ?? '';
  if (/multipart\/form-data/i.test(mime) || (hasType >= 0 && /multipart/i.test(headers[hasType]![1]))) {
    if (params.some((p) => p.fileName !== undefined && !p.value))
      notes.push('A file part has no content in the HAR; it was sent empty.');
    const type = `multipart/form-data; boundary=${FORM_BOUNDARY}`;
    if (hasType >= 0) headers[hasType] = [headers[hasType]![0], type];
    else headers.push(['Content-Type', type]);
    return multipartBody(
      params.map((p) => ({
        name: p.name,
        value: p.value ?? '',
        filename: p.fileName?.split(/[\\/]/).pop(),
        type: p.contentType,
      })),
    );
  }
  if (hasType < 0 && mime) headers.push(['Content-Type', mime]);
  return new URLSearchParams(params.map((p) => [p.name, p.value ?? ''])).toString();
}

function toRequest(entry: HarEntry): ImportedRequest {
  const req = entry.request;
  const notes: string[] = [];
  const headers: [string, string][] = req.headers.filter((h) => !SKIP.test(h.name)).map((h) => [h.name, h.value]);
  if (req.cookies.length && !headers.some(([n]) => n.toLowerCase() === 'cookie'))
    headers.push(['Cookie', req.cookies.map((c) => `${c.name}=${c.value}`).join('; ')]);
  const status = entry.response?.status ?? 0;
  return {
    method: req.method.toUpperCase() || 'GET',
    url: withQuery(req.url, req.queryString),
    headers,
    body: body(req, headers, notes),
    notes,
    status,
    ...(entry.time !== undefined ? { timeMs: Math.round(entry.time) } : {}),
    ...(entry.startedDateTime ? { startedAt: entry.startedDateTime } : {}),
    failing: status === 0 || status >= 400 || entry.response?._error !== undefined,
  };
}

/**
 * Every request of a HAR (a whole file, a wrapped one, an entry, or a bare request), failing
 * ones (no response, 4xx, 5xx) first, otherwise in the file's order.
 */
export function parseHarAll(text: string): ImportedRequest[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('Not valid JSON: paste a HAR entry or a whole HAR file.');
  }
  const entries = findEntries(value);
  if (!entries) throw new Error('No request found in the HAR (expected log.entries[].request).');
  const requests = entries.flatMap((e) => {
    const entry = harEntrySchema.safeParse(e);
    if (entry.success) return [toRequest(entry.data)];
    const bare = harRequestSchema.safeParse(e);
    return bare.success ? [toRequest({ request: bare.data })] : [];
  });
  if (!requests.length) throw new Error('The HAR has no entry with a request URL.');
  return requests
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => Number(b.failing) - Number(a.failing) || i - j)
    .map(([r]) => r);
}

/** The first request of a HAR (failing entries first), as a playground draft with notes. */
export function parseHar(text: string): ImportResult {
  const all = parseHarAll(text);
  const result = toDraft(all[0]!);
  if (all.length > 1) result.notes.push(`The HAR holds ${all.length} requests; pick another one from the list.`);
  return result;
}
