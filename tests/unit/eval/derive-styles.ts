/**
 * Re-pastes a raw HTTP response in the other styles people use (issue 11: the category must
 * not depend on how it was pasted): `curl -v` with the request's own headers, a HAR file
 * exported from the browser, and a JSON envelope `{status, headers, body}`.
 */

interface Raw {
  version: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** Reads `HTTP/x NNN text`, header lines and the body; null when the paste is not raw HTTP. */
export function readRawHttp(paste: string): Raw | null {
  const lines = paste.replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex((l) => /^HTTP\/[\d.]+ \d{3}/.test(l));
  if (start < 0) return null;
  const m = /^HTTP\/([\d.]+) (\d{3}) ?(.*)$/.exec(lines[start] ?? '');
  if (!m) return null;
  const headers: [string, string][] = [];
  let i = start + 1;
  for (; i < lines.length && (lines[i] ?? '') !== ''; i++) {
    const line = lines[i] ?? '';
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return {
    version: m[1] ?? '1.1',
    status: Number(m[2]),
    statusText: (m[3] ?? '').trim(),
    headers,
    body: lines.slice(i + 1).join('\n'),
  };
}

const UA = 'curl/8.5.0';

function requestOf(url: string | undefined): { method: string; url: URL } {
  return { method: 'GET', url: new URL(url ?? 'https://api.example.test/v1/resource') };
}

/** The three derived pastes, or null when the paste is not raw HTTP. */
export function derivedPastes(paste: string, url?: string): Record<'curl-v' | 'har' | 'json-envelope', string> | null {
  const raw = readRawHttp(paste);
  if (!raw) return null;
  const req = requestOf(url);
  const reqHeaders: [string, string][] = [
    ['Host', req.url.host],
    ['User-Agent', UA],
    ['Accept', '*/*'],
    ['Authorization', 'Bearer sk_test_FAKE0000000000000000'],
  ];
  const statusLine = `HTTP/${raw.version} ${raw.status}${raw.statusText ? ` ${raw.statusText}` : ''}`;
  const curlV = [
    `*   Trying 192.0.2.10:443...`,
    `* Connected to ${req.url.hostname} (192.0.2.10) port 443`,
    `> ${req.method} ${req.url.pathname}${req.url.search} HTTP/1.1`,
    ...reqHeaders.map(([k, v]) => `> ${k}: ${v}`),
    '> ',
    `< ${statusLine}`,
    ...raw.headers.map(([k, v]) => `< ${k}: ${v}`),
    '< ',
    raw.body,
  ].join('\n');
  const contentType = raw.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'text/plain';
  const har = {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      entries: [
        {
          startedDateTime: '2026-11-22T12:00:00.000Z',
          time: 120,
          request: {
            method: req.method,
            url: req.url.href,
            httpVersion: 'HTTP/1.1',
            headers: reqHeaders.map(([name, value]) => ({ name, value })),
            queryString: [],
            cookies: [],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: raw.status,
            statusText: raw.statusText,
            httpVersion: `HTTP/${raw.version}`,
            headers: raw.headers.map(([name, value]) => ({ name, value })),
            cookies: [],
            content: { size: raw.body.length, mimeType: contentType, text: raw.body },
            redirectURL: '',
            headersSize: -1,
            bodySize: raw.body.length,
          },
          cache: {},
          timings: { send: 0, wait: 100, receive: 20 },
        },
      ],
    },
  };
  const envelope = { status: raw.status, headers: Object.fromEntries(raw.headers), body: raw.body };
  return {
    'curl-v': curlV,
    har: JSON.stringify(har, null, 2),
    'json-envelope': JSON.stringify(envelope, null, 2),
  };
}
