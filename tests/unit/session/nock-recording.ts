/**
 * Turns a nock recording (`nock.recorder` output: an array of `{ scope, method, path, body,
 * status, response, rawHeaders, reqheaders }`) into a HAR 1.2 document, so SDK test
 * recordings such as octokit/fixtures can be analysed as sessions. A recording has no
 * timings of its own; each exchange starts at its response's `Date` header (1 s precision).
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

function headerPairs(raw: unknown): { name: string; value: string }[] {
  if (Array.isArray(raw)) {
    const pairs: { name: string; value: string }[] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) pairs.push({ name: String(raw[i]), value: String(raw[i + 1]) });
    return pairs;
  }
  if (!isObject(raw)) return [];
  return Object.entries(raw).flatMap(([name, v]) =>
    (Array.isArray(v) ? v : [v]).map((value) => ({ name, value: String(value) })),
  );
}

export function nockToHar(recording: unknown[]): string {
  const entries = recording.filter(isObject).map((r) => {
    const resHeaders = headerPairs(r.rawHeaders ?? r.headers);
    const date = resHeaders.find((h) => h.name.toLowerCase() === 'date')?.value;
    const started = date ? new Date(Date.parse(date)).toISOString() : new Date(0).toISOString();
    const body = text(r.body);
    const scope = String(r.scope ?? '').replace(/:443$/, '');
    return {
      startedDateTime: started,
      time: -1,
      request: {
        method: String(r.method ?? 'GET').toUpperCase(),
        url: `${scope}${String(r.path ?? '/')}`,
        httpVersion: 'HTTP/1.1',
        headers: headerPairs(r.reqheaders),
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: body.length,
        ...(body ? { postData: { mimeType: 'application/json', text: body } } : {}),
      },
      response: {
        status: typeof r.status === 'number' ? r.status : 0,
        statusText: '',
        httpVersion: 'HTTP/1.1',
        headers: resHeaders,
        cookies: [],
        content: { size: -1, mimeType: 'application/json', text: r.responseIsBinary ? '' : text(r.response) },
        redirectURL: resHeaders.find((h) => h.name.toLowerCase() === 'location')?.value ?? '',
        headersSize: -1,
        bodySize: -1,
      },
      cache: {},
      timings: { send: 0, wait: -1, receive: 0 },
    };
  });
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'nock-recording', version: '1' }, entries } });
}
