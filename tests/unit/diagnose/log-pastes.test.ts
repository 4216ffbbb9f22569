/**
 * Pastes that carry a logger's or a tool's wrapping around what the program printed: line
 * prefixes (Heroku's log format, docker compose's service column, CI timestamps), a message
 * printed as a JSON string, SDK objects that keep the response under `response`/`data`, and
 * OData v3's `odata.error` envelope. Formats: https://devcenter.heroku.com/articles/logging#log-format,
 * https://docs.docker.com/reference/cli/docker/compose/logs/,
 * https://www.odata.org/documentation/odata-version-3-0/json-verbose-format/ (§2.2.6.4, error responses),
 * https://axios-http.com/docs/handling_errors.
 */
import { describe, expect, test } from 'vitest';
import { diagnose, parseInput } from '../../../lib/diagnose';
import { stripLogPrefixes } from '../../../lib/diagnose/parse/log-prefix';
import { NOW, realRules } from './helpers';

const one = (text: string) => {
  const [d] = diagnose(text, realRules(), { now: NOW });
  if (!d) throw new Error('no diagnosis');
  return d;
};

describe('log prefixes', () => {
  test("Heroku's timestamp and dyno tag come off every line, and the object printed across them is read", () => {
    const lines = [
      'Payment failed { statusCode: 402,',
      '  response:',
      "   { error: { code: 'card_declined', message: 'Your card was declined.', type: 'card_error' } } }",
    ];
    const text = lines.map((l) => `2024-03-01T10:00:0${lines.indexOf(l)}+00:00 app[web.1]: ${l}`).join('\n');
    expect(stripLogPrefixes(text)).toBe(lines.join('\n'));
    const d = one(text);
    expect(d.providerCode).toBe('card_declined');
    expect(d.status).toBe(402);
  });

  test("docker compose's service column comes off when every line has the same one", () => {
    const text =
      'api_1  | Traceback (most recent call last):\napi_1  |   File "x.py", line 3\napi_1  | ConnectionRefusedError: [Errno 111] Connection refused';
    expect(stripLogPrefixes(text)).toBe(
      'Traceback (most recent call last):\n  File "x.py", line 3\nConnectionRefusedError: [Errno 111] Connection refused',
    );
    expect(one(text).category).toBe('network');
  });

  test('text is left alone unless every line carries a prefix, and nothing is lost', () => {
    const raw = 'HTTP/1.1 429 Too Many Requests\nRetry-After: 5\n\n2024-03-01T10:00:00Z rate limited';
    expect(stripLogPrefixes(raw)).toBe(raw);
    const two = '2024-03-01T10:00:00Z a\n2024-03-01T10:00:01Z b';
    expect(stripLogPrefixes(two)).toBe(two);
    const mixed = '2024-03-01T10:00:00Z a\nweb_1 | b\n2024-03-01T10:00:01Z c';
    expect(stripLogPrefixes(mixed)).toBe(mixed);
  });

  test('a huge prefixed paste stays linear and never throws', () => {
    const text = '2024-03-01T10:00:00Z app[web.1]: x\n'.repeat(40_000);
    expect(() => parseInput(text)).not.toThrow();
  });
});

describe('a message printed as a JSON string', () => {
  test('the text inside is read, with the response it quotes', () => {
    const inner =
      'Tool failed: API Error: Unauthorized. Response: {"error":{"type":"AUTHENTICATION_REQUIRED","message":"Authentication required"}}';
    const d = one(JSON.stringify(inner));
    expect(d.providerCode).toBe('AUTHENTICATION_REQUIRED');
    expect(d.category.startsWith('auth_')).toBe(true);
  });

  test('a JSON string that is not a whole literal stays text', () => {
    const d = one('"unterminated message: rate limit exceeded');
    expect(d.category).toBe('rate_limited');
  });
});

describe('SDK objects and OData envelopes', () => {
  test("axios's error printed whole: the code under response.data wins", () => {
    const text =
      "{ message: 'Request failed with status code 403', response: { status: 403, data: { error: { code: 'insufficient_scope', message: 'scope missing' } } } }";
    expect(one(text).providerCode).toBe('insufficient_scope');
  });

  test('a success envelope under data is not taken for an error', () => {
    const d = one('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"data":{"id":"123","status":"active"}}');
    expect(d.category).toBe('success');
    expect(d.providerCode).toBeNull();
  });

  test('OData v3 `odata.error` names its code like `error` does', () => {
    const text =
      'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"odata.error":{"code":"Request_ResourceNotFound","message":{"lang":"en","value":"Resource does not exist."}}}';
    expect(one(text).providerCode).toBe('Request_ResourceNotFound');
  });
});

describe('wrappers are evidence, not codes', () => {
  test('a .NET HttpRequestException whose words name the failure has no code of its own', () => {
    const d = one(
      'System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n ---> System.IO.IOException: Received an unexpected EOF or 0 bytes from the transport stream.',
    );
    expect(d.category).toBe('tls');
    expect(d.providerCode).not.toBe('HttpRequestException');
  });
});

describe('an error page pasted alone', () => {
  test("a proxy's 502 page is a bad gateway, whatever disconnect its text names", () => {
    const page =
      "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>HttpReadDisconnect('Server disconnected')</p></body></html>";
    const d = one(page);
    expect(d.status).toBe(502);
    expect(d.category).toBe('bad_gateway');
  });

  test('a page without a stated status is still read as a body', () => {
    const d = one('<!DOCTYPE html><html><body><p>Something went wrong</p></body></html>');
    expect(d.status).toBeNull();
    expect(d.category).not.toBe('network');
  });
});

describe('transport words under a stated status', () => {
  test('a 502 whose body says the upstream refused the connection is a bad gateway, not a network failure', () => {
    const d = one(
      'HTTP/1.1 502 Bad Gateway\nContent-Type: text/plain\n\nupstream connect error or disconnect/reset before headers. reset reason: connection failure',
    );
    expect(d.category).toBe('bad_gateway');
  });
});

describe('name: value lines that are not HTTP headers', () => {
  test("git's `remote:` and `fatal:` lines are the error's words, not headers", () => {
    const text =
      "remote: Invalid username or token. Password authentication is not supported for Git operations.\nfatal: Authentication failed for 'https://github.com/acme/app.git/'";
    const [snap] = parseInput(text);
    expect(snap?.headers).toEqual([]);
    expect(snap?.body).toContain('Password authentication is not supported');
    expect(one(text).category).toBe('auth_invalid');
  });

  test('response headers copied without their status line are still headers', () => {
    const [snap] = parseInput('content-type: application/json\nretry-after: 30\nserver: envoy');
    expect(snap?.headers.map(([n]) => n)).toEqual(['content-type', 'retry-after', 'server']);
  });
});

/** API Gateway's test-invoke log around a Lambda that answered with a malformed proxy response. */
const GATEWAY_LOG = [
  'Endpoint response body before transformations: {"statusCode": 200, "body": {"ok": true}}',
  'Execution failed due to configuration error: Malformed Lambda proxy response',
  'Method completed with status: 502',
];

describe('the words around a printed body', () => {
  test('a log that prints the upstream body and then says why the call failed is read whole', () => {
    const d = one(GATEWAY_LOG.join('\n'));
    expect(d.status).toBe(502);
    expect(d.retryable).toBe(false);
    expect(d.evidence.some((e) => /Malformed Lambda proxy response/.test(e.detail))).toBe(true);
  });

  test('a status stated just before the printed body is the status; a length is not', () => {
    const d = one('403 Forbidden: {"error":["API Rate Limit Exceeded for 203.0.113.9"]} at lib/API.pm line 43.');
    expect(d.status).toBe(403);
    expect(d.category).toBe('rate_limited');
    const dump = one('string(60) "{"error_code":"permission_denied","error_message":"Permission denied"}"');
    expect(dump.status).not.toBe(60);
    expect(dump.providerCode).toBe('permission_denied');
  });
});

describe('an API Gateway test-invoke log', () => {
  test('its Java-date prefixes come off, and the gateway line decides', () => {
    const text = GATEWAY_LOG.map((line) => `Wed Nov 02 10:19:35 UTC 2022 : ${line}`).join('\n');
    expect(stripLogPrefixes(text)).toBe(GATEWAY_LOG.join('\n'));
    const d = one(text);
    expect(d.status).toBe(502);
    expect(d.retryable).toBe(false);
  });
});
