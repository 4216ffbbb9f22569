import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../lib/diagnose';
import { decodeJwtPayload, formatDuration } from '../../../lib/diagnose/token';
import { fixture, realRules } from './helpers';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: object) => `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}.c2ln`;
const EXP = Date.parse('2026-11-22T12:00:00Z') / 1000;

describe('token inspection', () => {
  test('decodes base64url payloads, rejects garbage', () => {
    expect(decodeJwtPayload(jwt({ exp: 1, scp: ['a', 'b'], name: 'Zoë' }))).toEqual({
      exp: 1,
      scp: ['a', 'b'],
      name: 'Zoë',
    });
    expect(decodeJwtPayload('eyJ.not-base64!.x')).toBeNull();
    expect(decodeJwtPayload('eyJhbGciOiJub25lIn0.bnVsbA.')).toBeNull(); // payload "null"
  });
  test.each([
    [45, '45 s'],
    [11520, '3 h 12 min'],
    [3600, '1 h'],
    [90, '1 min 30 s'],
    [200000, '2 d 7 h'],
  ])('%s s reads "%s"', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });
  test('an expired bearer token in a curl -v request turns the 401 into auth_expired', () => {
    const [d] = diagnose(fixture('expired-token-401.curl-v.txt'), realRules(), {
      now: Date.parse('2030-01-01T00:00:00Z'),
    });
    expect(d?.category).toBe('auth_expired');
    // Compared with the response Date (15:12), not with the (much later) clock.
    expect(d?.evidence).toContainEqual({
      from: 'token',
      detail: 'token expired 3 h 12 min before the response (2026-11-22 12:00 UTC)',
    });
    expect(d?.evidence.filter((e) => e.from === 'token').map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        'aud: https://api.example.com',
        'iss: https://auth.example.com/',
        'scope: read:orders write:orders',
      ]),
    );
    expect(d?.summary).toMatch(/expired 3 h 12 min before the response/);
  });
  test('a token that is still valid does not make a 401 auth_expired, and says so', () => {
    const input = `> GET /v1/me HTTP/1.1\n> Authorization: Bearer ${jwt({ exp: EXP + 600 })}\n>\n< HTTP/1.1 401 Unauthorized\n< Date: Sun, 22 Nov 2026 12:00:00 GMT\n<\n`;
    const [d] = diagnose(input, realRules());
    expect(d?.category).not.toBe('auth_expired');
    expect(d?.evidence).toContainEqual({
      from: 'token',
      detail: 'token valid for another 10 min after the response (exp 2026-11-22T12:10:00Z)',
    });
  });
  test('a token used before nbf points at clock skew', () => {
    const [d] = diagnose(jwt({ exp: EXP + 3600, nbf: EXP + 120 }), realRules(), { now: EXP * 1000 });
    expect(d?.evidence.some((e) => e.from === 'token' && /not valid before .*clock skew/.test(e.detail))).toBe(true);
  });
  test('a pasted token alone, expired against now', () => {
    const [d] = diagnose(jwt({ exp: EXP }), realRules(), { now: (EXP + 86400 * 3) * 1000 });
    expect(d).toMatchObject({ category: 'auth_expired', status: null });
    expect(d?.evidence[0]).toEqual({
      from: 'token',
      detail: 'token expired 3 days ago (2026-11-22)',
    });
  });
});
