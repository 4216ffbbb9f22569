import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../lib/diagnose';
import { Semantics } from '../../../lib/diagnose/semantics';
import { NOW, realRules } from './helpers';

const one = (input: string) => {
  const [d] = diagnose(input, realRules(), { now: NOW });
  if (!d) throw new Error('no diagnosis');
  return d;
};
const http = (status: string, body: string, headers = '') =>
  `HTTP/1.1 ${status}\nContent-Type: application/json\n${headers}\n${body}`;

describe('phrase rows (content/semantics.yaml) decide what the words state', () => {
  test.each([
    {
      name: 'jsonwebtoken "jwt expired" on a 401',
      source: 'https://github.com/auth0/node-jsonwebtoken#tokenexpirederror',
      input: http('401 Unauthorized', '{"message":"jwt expired"}'),
      category: 'auth_expired',
      retryable: false,
    },
    {
      name: "Google Maps' REQUEST_DENIED that says no key was sent is a missing credential",
      source: 'https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes',
      input: http(
        '200 OK',
        '{"results":[],"status":"REQUEST_DENIED","error_message":"You must use an API key to authenticate each request to Google Maps Platform APIs."}',
      ),
      category: 'auth_missing',
      retryable: false,
    },
    {
      name: "Google Maps' REQUEST_DENIED for a key not allowed to call the API stays a refusal",
      source: 'https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes',
      input: http(
        '200 OK',
        '{"results":[],"status":"REQUEST_DENIED","error_message":"This API project is not authorized to use this API."}',
      ),
      category: 'forbidden',
      retryable: false,
    },
    {
      name: '"x-api-key header is required"',
      source: 'https://docs.anthropic.com/en/api/errors',
      input: http(
        '401 Unauthorized',
        '{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"}}',
      ),
      category: 'auth_missing',
      retryable: false,
    },
    {
      name: '"The model is overloaded" on a 500',
      source: 'https://help.openai.com/en/articles/6891839-api-error-codes',
      input: http(
        '500 Internal Server Error',
        '{"error":{"message":"The model is overloaded.","type":"server_error"}}',
      ),
      category: 'service_unavailable',
      retryable: true,
    },
    {
      name: 'an exhausted quota is not retryable even with Retry-After',
      source: 'https://platform.openai.com/docs/guides/error-codes',
      input: http(
        '429 Too Many Requests',
        '{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}}',
        'Retry-After: 20\n',
      ),
      category: 'rate_limited',
      retryable: false,
    },
    {
      name: 'a request larger than the per-minute limit by itself',
      source: 'https://platform.openai.com/docs/guides/rate-limits',
      input: http(
        '429 Too Many Requests',
        '{"error":{"message":"Request too large for gpt-4 on tokens per min (TPM): Limit 10000, Requested 15000.","type":"tokens","code":"rate_limit_exceeded"}}',
      ),
      category: 'rate_limited',
      retryable: false,
    },
    {
      name: 'an app that crashed at start behind the router',
      source: 'https://devcenter.heroku.com/articles/error-codes#h10-app-crashed',
      input: 'HTTP/1.1 503 Service Unavailable\nVia: 1.1 vegur\n\nat=error code=H10 desc="App crashed" path="/"',
      category: 'service_unavailable',
      retryable: false,
    },
    {
      name: 'a 403 with rate-limit headers that are not exhausted is not a rate limit',
      source: 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api',
      input: http(
        '403 Forbidden',
        '{"message":"Resource not accessible by integration"}',
        'X-RateLimit-Limit: 5000\nX-RateLimit-Remaining: 4999\n',
      ),
      category: 'forbidden',
      retryable: false,
    },
    {
      name: 'the same 403 with remaining 0 is one',
      source: 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api',
      input: http(
        '403 Forbidden',
        '{"message":"API rate limit exceeded for user ID 1."}',
        'X-RateLimit-Limit: 5000\nX-RateLimit-Remaining: 0\n',
      ),
      category: 'rate_limited',
      retryable: true,
    },
  ])('$name', ({ source, input, category, retryable }) => {
    expect(source).toMatch(/^https:\/\//);
    const d = one(input);
    expect(d.category).toBe(category);
    expect(d.retryable).toBe(retryable);
  });
});

describe('2xx responses that are failures', () => {
  test.each([
    ['https://api.slack.com/web#evaluating_responses', '{"ok":false,"error":"invalid_auth"}', 'invalid_auth'],
    [
      'https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes',
      '{"error_message":"The provided API key is invalid.","results":[],"status":"REQUEST_DENIED"}',
      'REQUEST_DENIED',
    ],
    [
      'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
      '{"error":"invalid_grant","error_description":"The refresh token is expired"}',
      'invalid_grant',
    ],
    [
      'https://firebase.google.com/docs/cloud-messaging/http-server-ref#error-codes',
      '{"multicast_id":1,"success":0,"failure":1,"results":[{"error":"NotRegistered"}]}',
      'NotRegistered',
    ],
  ])('%s', (source, body, code) => {
    expect(source).toMatch(/^https:\/\//);
    const d = one(http('200 OK', body));
    expect(d.category).not.toBe('success');
    expect(d.providerCode).toBe(code);
    expect(d.evidence.some((e) => /^a 200 response, but /.test(e.detail))).toBe(true);
  });

  test('a 200 with a plain payload stays a success', () => {
    expect(one(http('200 OK', '{"ok":true,"error":false,"data":[1,2]}')).category).toBe('success');
  });
});

describe('the semantics schema', () => {
  test('a bad row fails naming the field', () => {
    const r = Semantics.safeParse({ phrases: [{ hint: 'x', match: ['('], why: 'because' }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('phrases.0.match.0');
  });
  test('the real file reaches the engine', () => {
    expect(realRules().semantics?.phrases.length).toBeGreaterThan(10);
  });
});

describe('diagnosis noise (issue 16)', () => {
  const jwt = (exp: number) =>
    'eyJhbGciOiJIUzI1NiJ9.' + Buffer.from(JSON.stringify({ exp, sub: 'u' })).toString('base64url') + '.sig';
  const expired = [
    '> GET /v1/me HTTP/1.1',
    '> Host: api.acme.io',
    `> Authorization: Bearer ${jwt(Date.parse('2023-10-12T08:00:00Z') / 1000)}`,
    '>',
    '< HTTP/1.1 401 Unauthorized',
    '< Content-Type: application/json',
    '<',
    '{"error":{"code":"invalid_token","message":"jwt expired","details":{}}}',
  ].join('\n');

  test('a generic expired-JWT 401 names no provider and reads the expiry in words and a date', () => {
    const d = one(expired);
    expect(d.provider).toBeNull();
    expect(d.summary).toMatch(/expired 3 years ago \(2023-10-12\)/);
    expect([...d.causes, ...d.fixes].join(' ')).not.toMatch(/Upstream/);
  });

  test('the header is not called missing when the paste shows it', () => {
    const d = one(
      '> GET /x HTTP/1.1\n> Host: api.acme.io\n> X-Api-Key: abc\n>\n< HTTP/1.1 401 Unauthorized\n<\n{"message":"x-api-key header is required"}',
    );
    expect(d.summary).not.toMatch(/no Authorization header|header is missing/i);
    expect(d.summary).toMatch(/X-Api-Key/);
  });

  test('evidence quotes what was seen, never a rule regex, and the wait is stated once', () => {
    const d = one(
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nContent-Type: application/json\n\n{"message":"Too many requests, slow down"}',
    );
    const text = [d.summary, ...d.fixes, ...d.evidence.map((e) => e.detail)].join('\n');
    expect(text).not.toMatch(/matches \/|\(http-\d{3}\)/);
    expect(text.match(/30 s/g)).toHaveLength(1);
  });

  test('a body the tool cut at 5 MB is not also called malformed', () => {
    const big = `HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\n\n{"items":[${'"x",'.repeat(1_400_000)}"y"]}`;
    const [d] = diagnose(big, realRules(), { now: NOW });
    expect(d?.summary).toMatch(/only the first 5 MB/);
    expect(d?.summary).not.toMatch(/malformed/);
  });

  test('an nginx error page says it comes from the proxy, and the nginx entry ranks above the generic 502', () => {
    const d = one(
      'HTTP/1.1 502 Bad Gateway\nServer: nginx/1.25.3\nContent-Type: text/html\n\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></body></html>',
    );
    expect(d.summary).toMatch(/comes from the proxy/);
    expect(d.entries[0]?.slug).toBe('nginx-502-bad-gateway');
  });
});

describe("a provider's entry ranked on its status alone", () => {
  const cf = (body: string) =>
    `requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.cloudflare.com/client/v4/zones/z/dns_records\n${body}`;

  test('does not name the category when the response shows none of its codes', () => {
    // https://developers.cloudflare.com/fundamentals/api/troubleshooting/ (400 covers many codes)
    const d = one(cf(''));
    expect(d.provider).toBe('cloudflare');
    expect(d.category).toBe('validation');
  });

  test('still does when the code is there', () => {
    const d = one(
      cf('{"success":false,"errors":[{"code":6003,"message":"Invalid request headers"}],"messages":[],"result":null}'),
    );
    expect(d.providerCode).toBe('6003');
    expect(d.category).toBe('auth_invalid');
  });
});

describe("a reason phrase used as a code does not outrank the stated status's own entry", () => {
  // Amazon SP-API: 403 with "code": "Unauthorized" (https://developer-docs.amazon.com/sp-api/docs/response-format)
  test('"code": "Unauthorized" on a 403 ranks the 403 first', () => {
    const d = one(
      http(
        '403 Forbidden',
        '{"errors":[{"message":"Access to requested resource is denied.","code":"Unauthorized","details":""}]}',
      ),
    );
    expect(d.entries.map((e) => e.slug)).toEqual(['http-403', 'http-401']);
  });

  test('the same code on a 401 is still the 401', () => {
    const d = one(
      http('401 Unauthorized', '{"errors":[{"message":"Access token is missing.","code":"Unauthorized"}]}'),
    );
    expect(d.entries[0]?.slug).toBe('http-401');
  });
});

describe('credentials that were not sent', () => {
  test("a 401 for a URL whose key parameter is empty (HubSpot's ?hapikey=) is a missing credential", () => {
    // https://legacydocs.hubspot.com/docs/methods/auth/oauth-overview (hapikey: the legacy API key parameter)
    const d = one(
      'ETHON: performed EASY effective_url=https://api.hubapi.com/crm/v3/objects/contacts?hapikey= response_code=401\nHubspot::Crm::Contacts::ApiError: Error message: the server returns an error\nHTTP status code: 401',
    );
    expect(d.status).toBe(401);
    expect(d.category).toBe('auth_missing');
  });

  test("Postmark's code 10 is a bad token unless the message says none was supplied", () => {
    // https://postmarkapp.com/developer/api/overview#error-codes ("10 — Bad or missing API token")
    const pm = (message: string) =>
      one(http('401 Unauthorized', JSON.stringify({ ErrorCode: 10, Message: message }), 'Server: Postmark\n'));
    expect(pm('Request does not contain a valid Server token.').category).toBe('auth_invalid');
    expect(
      pm(
        'No Account or Server API tokens were supplied in the HTTP headers. Please add a header for either X-Postmark-Server-Token or X-Postmark-Account-Token.',
      ).category,
    ).toBe('auth_missing');
  });
});
