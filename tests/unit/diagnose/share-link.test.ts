import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../lib/diagnose';
import { sanitizedCurl } from '../../../lib/diagnose/support-curl';
import { probeJsonObject } from '../../../lib/diagnose/json-probe';
import { redactSecrets } from '../../../lib/diagnose/redact';
import { decodeShare, encodeShare } from '../../../lib/diagnose/share-link';
import { fixture, realRules } from './helpers';

describe('redaction before sharing', () => {
  test.each([
    ['raw header', 'Authorization: Bearer abc.def', 'Authorization: Bearer [redacted]', 'Authorization header'],
    [
      'curl -v request line',
      '> authorization: Basic dXNlcjpwYXNz',
      '> authorization: Basic [redacted]',
      'Authorization header',
    ],
    [
      'curl -H',
      `curl -H 'X-Api-Key: k-123' https://x.test`,
      `curl -H 'X-Api-Key: [redacted]' https://x.test`,
      'X-Api-Key header',
    ],
    [
      'cookies',
      'Cookie: sid=1; csrftoken=2\nSet-Cookie: sid=3; HttpOnly',
      // cookie names and Set-Cookie attributes stay: they matter for diagnosis, the values do not
      'Cookie: sid=[redacted]; csrftoken=[redacted]\nSet-Cookie: sid=[redacted]; HttpOnly',
      'Cookie header',
    ],
    [
      'HAR header',
      '{"name": "Authorization", "value": "Bearer opaque"}',
      '{"name": "Authorization", "value": "Bearer [redacted]"}',
      'Authorization header',
    ],
    ['JSON headers', '{"headers": {"x-api-key": "k"}}', '{"headers": {"x-api-key": "[redacted]"}}', 'X-Api-Key header'],
    [
      'secret fields',
      '{"access_token": "at", "refresh_token": "rt"}',
      '{"access_token": "[redacted]", "refresh_token": "[redacted]"}',
      'access_token value',
    ],
    [
      'query string',
      'GET https://x.test/a?api_key=SECRET&page=2',
      'GET https://x.test/a?api_key=[redacted]&page=2',
      'api_key in a query string',
    ],
    ['URL password', 'https://bob:hunter2@x.test/', 'https://bob:[redacted]@x.test/', 'password in a URL'],
    ['Stripe key in a body', 'key sk_live_abcdefghijklmnop used', 'key [redacted] used', 'Stripe secret key'],
  ])('%s', (_, input, output, label) => {
    const r = redactSecrets(input);
    expect(r.text).toBe(output);
    expect(r.redactions).toContain(label);
  });
  test('a JWT keeps only its timing claims and loses its signature', () => {
    const r = redactSecrets(fixture('expired-token-401.curl-v.txt'));
    const token = /Bearer (\S+)/.exec(r.text)?.[1] ?? '';
    expect(token.endsWith('.redacted')).toBe(true);
    expect(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())).toEqual({
      exp: 1795348800,
      iat: 1795345200,
    });
    expect(r.text).not.toContain('auth0|');
    // Redacting twice changes nothing; the redacted text still diagnoses the expired token.
    expect(redactSecrets(r.text).text).toBe(r.text);
    expect(diagnose(r.text, realRules())[0]?.category).toBe('auth_expired');
  });
  test('ordinary text is left alone', () => {
    const text = fixture('stripe-card-declined.http');
    expect(redactSecrets(text)).toEqual({ text, redactions: [] });
  });
});

describe('share links', () => {
  test('round trip through deflate-raw and base64url', async () => {
    const text = fixture('chrome-export.har');
    const fragment = await encodeShare(text);
    expect(fragment).toMatch(/^#r=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(text.length);
    expect(await decodeShare(fragment)).toBe(text);
  });
  test('damaged or foreign fragments give null', async () => {
    expect(await decodeShare('#r=not*base64')).toBeNull();
    expect(await decodeShare('#r=AAAA')).toBeNull();
    expect(await decodeShare('#section-2')).toBeNull();
  });
});

describe('sanitized curl for support', () => {
  test('credentials become shell variables, secrets in the query are removed', () => {
    expect(
      sanitizedCurl({
        method: 'POST',
        url: '/v1/charges?access_token=t&x=1',
        headers: [
          ['Host', 'api.example.com'],
          ['Authorization', 'Bearer sk_live_x'],
          ['Idempotency-Key', 'k1'],
          ['Cookie', 'a=b'],
          ['X-Api-Key', 'k'],
          ['Content-Length', '10'],
        ],
      }),
    ).toBe(
      [
        `curl -i -X POST 'https://api.example.com/v1/charges?access_token=REDACTED&x=1'`,
        `-H "Authorization: Bearer $TOKEN"`,
        `-H 'Idempotency-Key: k1'`,
        `-H "Cookie: $COOKIE"`,
        `-H "X-Api-Key: $API_KEY"`,
      ].join(' \\\n  '),
    );
  });
  test('no URL, no curl', () => {
    expect(sanitizedCurl(null)).toBeNull();
    expect(sanitizedCurl({ method: 'GET', url: '/only/a/path', headers: [] })).toBeNull();
  });
});

describe('large JSON bodies are probed, not parsed whole', () => {
  test('top-level members near the start are read', () => {
    const big = JSON.stringify({
      error: { code: 'internal_error', message: 'batch failed' },
      items: Array.from({ length: 20_000 }, (_, i) => ({ id: i })),
    });
    expect(probeJsonObject(big)).toEqual({ error: { code: 'internal_error', message: 'batch failed' } });
    const [d] = diagnose(`HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\n\n${big}`, realRules());
    expect(d).toMatchObject({ category: 'server_error', providerCode: 'internal_error' });
  });
  test('not an object, or broken: null or what could be read', () => {
    expect(probeJsonObject('[1,2]')).toBeNull();
    expect(probeJsonObject('{"ok": false, "error": "invalid_auth", "x": [1, 2')).toEqual({
      ok: false,
      error: 'invalid_auth',
    });
  });
});
