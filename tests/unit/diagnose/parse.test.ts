import { describe, expect, test } from 'vitest';
import { parseInput } from '../../../lib/diagnose/parse';
import { parseBare } from '../../../lib/diagnose/parse/bare';
import { parseCurlVerbose } from '../../../lib/diagnose/parse/curl-verbose';
import { readErrorText } from '../../../lib/diagnose/parse/error-text';
import { parseHar } from '../../../lib/diagnose/parse/har-input';
import { parseHttpText } from '../../../lib/diagnose/parse/http-text';
import { readEnvelope } from '../../../lib/diagnose/parse/json-input';
import { compileSignatures, withSignatures } from '../../../lib/diagnose/parse/signatures';
import { fixture, realRules } from './helpers';

/** The error-signature table from content, as the CLI, the route and the page pass it. */
const table = () => realRules().errorSignatures;
const readText = (text: string) => readErrorText(text, table());
/** Readers called on their own get the table the way parseInput hands it to them. */
const withTable = <T>(read: () => T): T => withSignatures(compileSignatures(table()), read);

describe('raw HTTP', () => {
  test('status line, headers, body', () => {
    const s = parseHttpText(
      'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nX-Request-Id: r1\r\n\r\n{"error":"slow"}',
    );
    expect([s.status, s.statusText, s.httpVersion, s.body]).toEqual([
      429,
      'Too Many Requests',
      'HTTP/1.1',
      '{"error":"slow"}',
    ]);
    expect(s.headers).toEqual([
      ['Retry-After', '30'],
      ['X-Request-Id', 'r1'],
    ]);
  });
  test('HTTP/2 status line without a reason phrase, folded header line', () => {
    const s = parseHttpText('HTTP/2 503\nx-long: a\n  b\n\nbody');
    expect([s.status, s.statusText, s.httpVersion]).toEqual([503, null, 'HTTP/2']);
    expect(s.headers).toEqual([['x-long', 'a b']]);
  });
  test('curl -i -L keeps the last response; 100 Continue is skipped', () => {
    expect(parseHttpText(fixture('curl-i-redirect.http')).status).toBe(404);
    expect(parseHttpText('HTTP/1.1 100 Continue\n\nHTTP/1.1 201 Created\nLocation: /x\n\n{}').status).toBe(201);
  });
  test('a request before the response is kept', () => {
    const s = parseHttpText(
      'POST /v1/charges HTTP/1.1\nHost: api.example.com\nIdempotency-Key: k1\n\nHTTP/1.1 500 Internal Server Error\n\n{}',
    );
    expect(s.request).toEqual({
      method: 'POST',
      url: '/v1/charges',
      headers: [
        ['Host', 'api.example.com'],
        ['Idempotency-Key', 'k1'],
      ],
    });
    expect(s.status).toBe(500);
  });
  test('headers without a status line; chunked body from a raw socket is decoded', () => {
    const [s] = parseInput('Content-Type: application/json\nTransfer-Encoding: chunked\n\n7\r\n{"a":1}\r\n0\r\n\r\n');
    expect(s?.source).toBe('headers');
    expect(s?.body).toBe('{"a":1}');
  });
});

describe('devtools copies', () => {
  test('General / Response Headers / Request Headers sections', () => {
    const s = parseHttpText(fixture('devtools-chrome-404.txt'));
    expect(s.source).toBe('devtools');
    expect(s.status).toBe(404);
    expect(s.request?.method).toBe('GET');
    expect(s.request?.url).toBe('https://api.example.com/v2/customers/cus_missing');
    expect(s.request?.headers.map(([n]) => n)).toEqual(['accept', 'authorization']);
    expect(s.headers.map(([n]) => n)).toEqual(['content-type', 'date', 'x-request-id']);
  });
  test('name line / value line form', () => {
    const s = parseHttpText(fixture('devtools-alternating-405.txt'));
    expect([s.status, s.statusText, s.request?.method]).toEqual([405, 'Method Not Allowed', 'DELETE']);
    expect(s.headers).toContainEqual(['allow', 'GET, HEAD']);
  });
  test(':status pseudo-header', () => {
    const s = parseHttpText(':status: 429\nretry-after: 5\n\n{}');
    expect([s.status, s.httpVersion, s.source]).toEqual([429, 'HTTP/2', 'devtools']);
  });
  test('"Status Code: 200 OK (from disk cache)"', () => {
    const [s] = parseInput('Request URL: https://x.test/a\nRequest Method: GET\nStatus Code: 200 OK (from disk cache)');
    expect([s?.status, s?.statusText]).toEqual([200, 'OK']);
  });
});

describe('curl -v', () => {
  test('request and response, URL rebuilt from the trace', () => {
    const s = parseCurlVerbose(fixture('expired-token-401.curl-v.txt'));
    expect(s.status).toBe(401);
    expect(s.request?.method).toBe('GET');
    expect(s.request?.url).toBe('https://api.example.com/v1/orders?limit=10');
    expect(s.request?.headers.some(([n]) => n === 'Authorization')).toBe(true);
    expect(s.body).toBe('{"error":"invalid_token","error_description":"The access token expired"}');
  });
  test('a connection failure reads the error from the * lines', () => {
    const s = withTable(() => parseCurlVerbose(fixture('curl-v-refused.txt')));
    expect(s.status).toBeNull();
    expect(s.error).toMatchObject({ kind: 'refused', code: 'curl_7' });
  });
  test('a body that runs into "* Connection #0 … left intact"', () => {
    const s = parseCurlVerbose('< HTTP/1.1 404 Not Found\n<\n{"e":1}* Connection #0 to host x left intact');
    expect(s.body).toBe('{"e":1}');
  });
});

describe('HAR and JSON envelopes', () => {
  test('every HAR entry is a snapshot; base64 bodies are decoded; failures are transport errors', () => {
    const snaps = withTable(() => parseHar(JSON.parse(fixture('chrome-export.har'))));
    expect(snaps.map((s) => s.status)).toEqual([200, 429, null]);
    expect(snaps[1]?.body).toBe('{"error":{"code":"too_many_requests","message":"Slow down"}}');
    expect(snaps[1]?.request?.method).toBe('POST');
    expect(snaps[2]?.error).toMatchObject({ kind: 'refused', code: 'ERR_CONNECTION_REFUSED' });
  });
  test.each([
    [
      'headers as an object, body as an object',
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer' }, body: { error: 'x' } },
      [['WWW-Authenticate', 'Bearer']],
      '{"error":"x"}',
    ],
    [
      'headers as pairs, body as a string',
      { status: '404', headers: [['a', '1']], body: 'nope' },
      [['a', '1']],
      'nope',
    ],
    [
      'HAR-style headers, statusCode',
      { statusCode: 500, headers: [{ name: 'a', value: 2 }], body: '' },
      [['a', '2']],
      '',
    ],
    [
      'Set-Cookie as an array (Node)',
      { status: 200, headers: { 'set-cookie': ['a=1', 'b=2'] } },
      [
        ['set-cookie', 'a=1'],
        ['set-cookie', 'b=2'],
      ],
      '',
    ],
  ])('envelope: %s', (_, obj, headers, body) => {
    const s = readEnvelope(obj);
    expect(s?.headers).toEqual(headers);
    expect(s?.body).toBe(body);
  });
  test('a body that merely has a status field is not an envelope', () => {
    expect(readEnvelope({ code: 20003, message: 'Authenticate', status: 401 })).toBeNull();
    expect(readEnvelope({ status: 200, data: [] })).toBeNull();
  });
});

describe('bare inputs', () => {
  test.each([
    ['429', { status: 429, bareCode: null }],
    ['HTTP 401 Unauthorized', { status: 401, statusText: 'Unauthorized' }],
    ['invalid_grant', { bareCode: 'invalid_grant', error: null }],
    ['"AADSTS50058"', { bareCode: 'AADSTS50058' }],
    ['ECONNRESET', { bareCode: 'ECONNRESET', error: { kind: 'reset', code: 'ECONNRESET', message: 'ECONNRESET' } }],
    ['curl_60', { bareCode: 'curl_60', error: { kind: 'tls', code: 'curl_60', message: 'curl_60' } }],
    [
      'Bearer eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.sig',
      { source: 'token', bareCode: 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.sig' },
    ],
  ])('%s', (input, want) => {
    expect(parseInput(input, { errorSignatures: table() })[0]).toMatchObject(want);
  });
  test('sentences are not bare codes', () => {
    expect(parseBare('the server said no')).toBeNull();
  });
});

describe('error text', () => {
  test.each([
    ['Error: connect ECONNREFUSED 127.0.0.1:443', 'refused', 'ECONNREFUSED'],
    ['(node-fetch-failed.txt)', 'timeout', 'UND_ERR_CONNECT_TIMEOUT'],
    ['curl: (60) SSL certificate problem: unable to get local issuer certificate', 'tls', 'curl_60'],
    ['curl: (6) Could not resolve host: api.exmaple.com', 'dns', 'curl_6'],
    ['curl: (28) Operation timed out after 10001 milliseconds with 0 bytes received', 'timeout', 'curl_28'],
    ['(python-connecttimeout.txt)', 'timeout', 'ConnectTimeout'],
    [
      "requests.exceptions.SSLError: HTTPSConnectionPool(host='x', port=443): Max retries exceeded (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED]')))",
      'tls',
      'SSLError',
    ],
    ['Error: getaddrinfo ENOTFOUND api.example.test', 'dns', 'ENOTFOUND'],
    ["Error: socket hang up  code: 'ECONNRESET'", 'reset', 'ECONNRESET'],
    ['GET https://api.example.com/v1 net::ERR_CERT_DATE_INVALID', 'tls', 'ERR_CERT_DATE_INVALID'],
    ['(go-no-such-host.txt)', 'dns', null],
  ])('%s', (text, kind, code) => {
    const input = text.startsWith('(') ? fixture(text.slice(1, -1)) : text;
    expect(readText(input)?.error).toMatchObject({ kind, code });
  });
  test('HTTP errors in text give a status, not a transport error', () => {
    expect(readText(fixture('python-http-error.txt'))).toMatchObject({
      status: 429,
      error: null,
      url: 'https://api.example.com/v1/search?q=shoes',
    });
    expect(readText("AxiosError: Request failed with status code 401\n  code: 'ERR_BAD_REQUEST'")).toMatchObject({
      status: 401,
      error: null,
      code: null,
    });
  });
  test('non-transport codes', () => {
    expect(readText('AADSTS50058: A silent sign-in request was sent but no user is signed in.')?.code).toBe(
      'AADSTS50058',
    );
    expect(readText('rpc error: code = DeadlineExceeded desc = context deadline exceeded')?.code).toBe(
      'DEADLINE_EXCEEDED',
    );
    expect(readText('grpc._channel._InactiveRpcError: status = StatusCode.UNAVAILABLE')?.code).toBe('UNAVAILABLE');
  });
  test('ordinary prose is not error text', () => {
    expect(readText('my integration stopped working yesterday')).toBeNull();
  });
});

describe('never throws on bad input', () => {
  test.each([
    ['empty', '', 'the input is empty'],
    ['truncated JSON', '{"error": {"code": "thrott', 'malformed or truncated'],
    ['truncated HAR', '{"log": {"entries": [{"request"', 'the HAR file is malformed'],
    ['binary', '\u0000\u0001\u0002\u0003PK\u0003\u0004\u0000\u0000garbage\u0000\u0000\u0000', 'binary data'],
  ])('%s', (_, input, warning) => {
    const [s] = parseInput(input);
    expect(s?.warnings.join(' ')).toContain(warning);
  });
  test('input over 5 MB is cut, with a warning', () => {
    const [s] = parseInput('HTTP/1.1 200 OK\n\n' + 'x'.repeat(5 * 1024 * 1024 + 10));
    expect(s?.warnings[0]).toMatch(/only the first 5 MB were read/);
    expect(s?.body.length).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});

describe('regressions found by the property test', () => {
  test('a status line with an impossible code ("HTTP/1.1 010") gives no status, not status 10', () => {
    expect(parseInput('HTTP/1.1 010')[0]?.status).toBeNull();
    expect(parseInput('< HTTP/1.1 099 x\n<\n')[0]?.status).toBeNull();
  });
});

describe('partial input still yields what it can', () => {
  test('the code of a truncated JSON body is read', async () => {
    const { diagnose } = await import('../../../lib/diagnose');
    const { realRules } = await import('./helpers');
    const [d] = diagnose('{"error": {"code": "throttled", "message": "Request was thrott', realRules());
    expect(d).toMatchObject({ category: 'rate_limited', providerCode: 'throttled' });
    expect(d?.evidence.some((e) => /could not read: .*malformed or truncated/.test(e.detail))).toBe(true);
  });
});
