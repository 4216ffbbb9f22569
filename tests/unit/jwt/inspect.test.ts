import { describe, expect, test } from 'vitest';
import { decodeJwt, findJwt, type DecodedJwt } from '../../../lib/jwt/decode';
import { expectationsSchema, readFragment } from '../../../lib/jwt/expectations';
import { shareFragment } from '../../../lib/jwt/share-fragment';
import { inspectHref, inspectHrefIn } from '../../../lib/jwt/link';
import { inspect, type InspectContext } from '../../../lib/jwt/inspect';
import { responseDate } from '../../../lib/jwt/times';
import { A1, A2, RFC_EXP, UNSECURED } from './rfc-vectors';

/** An unsigned-looking token with these claims (the inspector decodes; it does not need a signature). */
function token(claims: object, header: object = { alg: 'RS256', typ: 'JWT' }): DecodedJwt {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const r = decodeJwt(`${b64(header)}.${b64(claims)}.c2ln`);
  if (!r.ok) throw new Error(r.message);
  return r.jwt;
}
const NOW = 1_800_000_000;
const ctx = (over: Partial<InspectContext> = {}): InspectContext => ({
  now: NOW,
  serverDate: null,
  expectations: expectationsSchema.parse({}),
  ...over,
});
const codes = (jwt: DecodedJwt, c: InspectContext = ctx()) => inspect(jwt, c).map((f) => f.code);
const finding = (jwt: DecodedJwt, code: string, c: InspectContext = ctx()) =>
  inspect(jwt, c).find((f) => f.code === code);

describe('times', () => {
  test('the RFC examples expired long ago, said in days', () => {
    const jwt = decodeJwt(A2.token);
    if (!jwt.ok) throw new Error('decode');
    const f = finding(jwt.jwt, 'expired', ctx({ now: RFC_EXP + 3 * 3600 }));
    expect(f).toMatchObject({ level: 'bad' });
    expect(f?.message).toContain('Expired 3 h ago');
    expect(f?.message).toContain('2011-03-22T18:43:00Z');
  });
  test('a valid token says when it expires', () => {
    expect(finding(token({ exp: NOW + 125 }), 'not_expired')?.message).toContain('in 2 min 5 s');
  });
  test('nbf in the future, iat ahead of the clock', () => {
    const jwt = token({ exp: NOW + 3600, nbf: NOW + 300, iat: NOW + 300 });
    expect(finding(jwt, 'not_yet_valid')?.message).toContain('in 5 min');
    expect(finding(jwt, 'iat_future')).toMatchObject({ level: 'warn' });
  });
  test('iat within the leeway is not reported', () => {
    expect(codes(token({ exp: NOW + 3600, iat: NOW + 30 }))).not.toContain('iat_future');
  });
  test('a pasted response’s Date is the clock that counts', () => {
    const jwt = token({ exp: NOW + 60, iat: NOW - 60 });
    // Locally still valid, but the server was 10 minutes ahead: it saw an expired token.
    const c = ctx({ serverDate: NOW + 600 });
    expect(finding(jwt, 'expired', c)?.message).toMatch(/Expired 9 min ago by the server’s clock/);
    expect(finding(jwt, 'clock_skew', c)?.message).toContain('10 min ahead');
    expect(codes(jwt)).toContain('not_expired');
  });
  test.each([
    ['HTTP/1.1 401 Unauthorized\r\nDate: Wed, 21 Oct 2015 07:28:00 GMT\r\n\r\n{}', 1445412480],
    ['Wed, 21 Oct 2015 07:28:00 GMT', 1445412480],
    ['HTTP/1.1 401\nContent-Type: text/plain\n\nno date', null],
    ['', null],
  ])('responseDate(%j)', (text, expected) => {
    expect(responseDate(text)).toBe(expected);
  });
  test('missing exp, exp in milliseconds', () => {
    expect(finding(token({}), 'exp_missing')).toMatchObject({ level: 'warn' });
    expect(codes(token({ exp: NOW * 1000 }))).toContain('exp_milliseconds');
  });
});

describe('algorithm', () => {
  test('the RFC 7519 §6.1 unsecured JWT is flagged first', () => {
    const r = decodeJwt(UNSECURED);
    if (!r.ok) throw new Error('decode');
    expect(inspect(r.jwt, ctx())[0]).toMatchObject({ level: 'bad', code: 'alg_none' });
  });
  test.each([
    [31, true],
    [32, false],
  ])('HS256 with a %i-byte secret: short = %s', (bytes, short) => {
    const r = decodeJwt(A1.token);
    if (!r.ok) throw new Error('decode');
    expect(codes(r.jwt, ctx({ secretBytes: bytes })).includes('hmac_secret_short')).toBe(short);
  });
});

describe('what the API expects', () => {
  const e = (o: object) => ctx({ expectations: expectationsSchema.parse(o) });
  const jwt = token({
    exp: NOW + 60,
    aud: ['api://orders', 'account'],
    iss: 'https://id.example.com/',
    scp: 'orders.read profile',
  });
  test.each([
    [{ aud: 'api://orders' }, 'aud_match'],
    [{ aud: 'api://billing' }, 'aud_mismatch'],
    [{ iss: 'https://id.example.com/' }, 'iss_match'],
    [{ iss: 'https://id.example.com' }, 'iss_mismatch'],
    [{ scope: 'orders.read' }, 'scope_present'],
    [{ scope: 'orders.read orders.write' }, 'scope_missing'],
  ])('%j → %s', (expect_, code) => {
    expect(codes(jwt, e(expect_))).toContain(code);
  });
  test('the messages name the difference', () => {
    expect(finding(jwt, 'aud_mismatch', e({ aud: 'api://billing' }))?.message).toContain('api://orders, account');
    expect(finding(jwt, 'iss_mismatch', e({ iss: 'https://id.example.com' }))?.message).toContain('trailing slash');
    expect(finding(jwt, 'scope_missing', e({ scope: 'orders.read,orders.write' }))?.message).toMatch(
      /Missing scope orders\.write; the token has orders\.read profile/,
    );
  });
  test('Auth0-style permissions count as scopes; a missing aud is named', () => {
    const t = token({ exp: NOW + 60, permissions: ['read:orders'] });
    expect(codes(t, e({ scope: 'read:orders' }))).toContain('scope_present');
    expect(finding(t, 'aud_mismatch', e({ aud: 'x' }))?.message).toContain('no `aud`');
  });
});

describe('decode', () => {
  test.each([
    ['', 'empty'],
    ['abc.def', 'parts'],
    ['a.b.c.d.e', 'jwe'],
    ['eyJhbGciOiJIUzI1NiJ9.e$yJ.sig', 'base64'],
    ['WzFd.eyJ9.sig', 'header'],
    ['x'.repeat(70_000), 'too_long'],
  ])('%j → %s', (input, code) => {
    expect(decodeJwt(input)).toMatchObject({ ok: false, code });
  });
  test('accepts Bearer and Authorization prefixes', () => {
    expect(decodeJwt(`Authorization: Bearer ${A1.token}`)).toMatchObject({ ok: true, jwt: { token: A1.token } });
  });
  test('finds a token in a curl -v line', () => {
    expect(findJwt(`> GET /v1 HTTP/1.1\n> Authorization: Bearer ${A2.token}\n`)).toBe(A2.token);
    expect(findJwt('no token here eyJhbGci.eyJx')).toBeNull();
  });
});

describe('links', () => {
  test('a share fragment carries the expectations and never a token', () => {
    const f = shareFragment(expectationsSchema.parse({ aud: 'api://orders', scope: 'a b' }));
    expect(f).toBe('#aud=api%3A%2F%2Forders&scope=a+b');
    expect(readFragment(f)).toEqual({ expectations: { aud: 'api://orders', iss: '', scope: 'a b' }, token: null });
  });
  test('a fragment is validated: trimmed, and an oversized value dropped without losing the others', () => {
    expect(readFragment('#iss=%20https%3A%2F%2Fid%20').expectations.iss).toBe('https://id');
    expect(readFragment(`#aud=${'x'.repeat(600)}&scope=a`).expectations).toEqual({ aud: '', iss: '', scope: 'a' });
  });
  test('/diagnose’s link puts the token in the fragment, and /jwt reads it back', () => {
    const href = inspectHref(A1.token);
    expect(href.startsWith('/jwt#token=')).toBe(true);
    expect(readFragment(href.slice(href.indexOf('#'))).token).toBe(A1.token);
  });
  test('a diagnosed exchange links its token, and only when it has one', () => {
    expect(inspectHrefIn([null, 'Bearer ' + A2.token])).toBe(inspectHref(A2.token));
    expect(inspectHrefIn(['HTTP/1.1 401', null])).toBeNull();
  });
});
