import { describe, expect, test } from 'vitest';
import { isSecretHeader, outboundHeaders, redactHeaders, redactUrl } from '@/lib/request/header-policy';

describe('outboundHeaders', () => {
  test('strips hop-by-hop headers and those named in Connection, adds a user-agent', () => {
    expect(
      outboundHeaders([
        ['Connection', 'close, X-Private'],
        ['X-Private', '1'],
        ['Keep-Alive', 'timeout=5'],
        ['Host', 'evil.example'],
        ['Proxy-Authorization', 'Basic x'],
        ['Content-Length', '3'],
        ['Accept', 'application/json'],
      ]),
    ).toEqual([
      ['Accept', 'application/json'],
      ['user-agent', 'api-triage-probe/0.1'],
    ]);
  });
  test("keeps the user's own user-agent", () => {
    expect(outboundHeaders([['User-Agent', 'mine']])).toEqual([['User-Agent', 'mine']]);
  });
});

describe('redaction for history and share links', () => {
  test.each([
    'Authorization',
    'cookie',
    'X-API-Key',
    'api_key',
    'X-Auth-Token',
    'x-amz-security-token',
    'Stripe-Signature',
    'X-Client-Secret',
    'private-token',
  ])('%s is secret', (name) => {
    expect(isSecretHeader(name)).toBe(true);
  });
  test.each(['Accept', 'Content-Type', 'X-Request-Id', 'User-Agent'])('%s is not', (name) => {
    expect(isSecretHeader(name)).toBe(false);
  });
  test('keeps the Authorization scheme only', () => {
    expect(
      redactHeaders([
        ['Authorization', 'Bearer abc.def.ghi'],
        ['X-Api-Key', 'k'],
        ['Accept', '*/*'],
      ]),
    ).toEqual([
      ['Authorization', 'Bearer [redacted]'],
      ['X-Api-Key', '[redacted]'],
      ['Accept', '*/*'],
    ]);
  });
  test('query secrets and userinfo', () => {
    expect(redactUrl('https://u:p@api.example.com/v1?api_key=k&access_token=t&page=2&sig=s&code=c')).toBe(
      'https://redacted@api.example.com/v1?api_key=redacted&access_token=redacted&page=2&sig=redacted&code=redacted',
    );
  });
});
