import { exportSPKI, importJWK, SignJWT, type KeyObject } from 'jose';
import { describe, expect, test } from 'vitest';
import { decodeJwt, type DecodedJwt } from '../../../lib/jwt/decode';
import { secretBytes } from '../../../lib/jwt/secret';
import { verifySignature, type KeyInput } from '../../../lib/jwt/verify';
import { A1, A2, A3, RFC_EXP, UNSECURED } from './rfc-vectors';

function decoded(token: string): DecodedJwt {
  const r = decodeJwt(token);
  if (!r.ok) throw new Error(r.message);
  return r.jwt;
}
const jwkInput = (jwk: object): KeyInput => ({ kind: 'jwk', json: JSON.stringify(jwk) });
/** The same token with one character of the signature changed. */
const tampered = (token: string) => token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);

describe('RFC 7515 Appendix A and RFC 7519 §3.1 examples', () => {
  test('decode to the example header and claims', () => {
    expect(decoded(A1.token)).toMatchObject({
      header: { typ: 'JWT', alg: 'HS256' },
      claims: { iss: 'joe', exp: RFC_EXP, 'http://example.com/is_root': true },
    });
    expect(decoded(A2.token).alg).toBe('RS256');
    expect(decoded(A3.token).alg).toBe('ES256');
  });

  test.each([
    ['A.1 HS256 (= RFC 7519 §3.1) with its JWK', A1.token, jwkInput(A1.jwk), 'HS256'],
    [
      'A.1 HS256 with the secret as base64url',
      A1.token,
      { kind: 'secret', secret: A1.jwk.k, encoding: 'base64url' } as KeyInput,
      'HS256',
    ],
    ['A.2 RS256 with its public JWK', A2.token, jwkInput(A2.jwk), 'RS256'],
    ['A.3 ES256 with its JWK (private member ignored)', A3.token, jwkInput(A3.jwk), 'ES256'],
    ['A.2 RS256 from a JWKS holding A.2 and A.3', A2.token, jwkInput({ keys: [A3.jwk, A2.jwk] }), 'RS256'],
    ['A.3 ES256 from a JWKS holding A.2 and A.3', A3.token, jwkInput({ keys: [A2.jwk, A3.jwk] }), 'ES256'],
  ])('%s: signature valid', async (_, token, key, alg) => {
    expect(await verifySignature(decoded(token), key)).toMatchObject({ ok: true, alg });
  });

  test('A.2 RS256 with the key as an SPKI PEM', async () => {
    const pem = await exportSPKI((await importJWK(A2.jwk, 'RS256', { extractable: true })) as CryptoKey | KeyObject);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(await verifySignature(decoded(A2.token), { kind: 'pem', pem })).toMatchObject({ ok: true });
  });

  test.each([
    ['A.1 altered', tampered(A1.token), jwkInput(A1.jwk)],
    ['A.2 altered', tampered(A2.token), jwkInput(A2.jwk)],
    ['A.3 altered', tampered(A3.token), jwkInput(A3.jwk)],
    ['A.1 with a wrong secret', A1.token, { kind: 'secret', secret: 'secret', encoding: 'utf8' } as KeyInput],
  ])('%s: signature does not match', async (_, token, key) => {
    expect(await verifySignature(decoded(token), key)).toMatchObject({ ok: false, code: 'bad_signature' });
  });

  test.each([
    [
      'RS256 token with a shared secret',
      A2.token,
      { kind: 'secret', secret: 'x', encoding: 'utf8' } as KeyInput,
      'alg_mismatch',
    ],
    ['RS256 token with the EC key', A2.token, jwkInput({ ...A3.jwk, d: undefined }), 'alg_mismatch'],
    ['a JWKS without a fitting key', A2.token, jwkInput({ keys: [A3.jwk] }), 'no_matching_key'],
    [
      'a private PEM',
      A2.token,
      { kind: 'pem', pem: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----' } as KeyInput,
      'bad_key',
    ],
    ['JSON that is not JSON', A2.token, { kind: 'jwk', json: '{kty:' } as KeyInput, 'bad_key'],
    ['the RFC 7519 §6.1 unsecured JWT', UNSECURED, jwkInput(A1.jwk), 'unsigned'],
  ])('%s: a clear refusal', async (_, token, key, code) => {
    const r = await verifySignature(decoded(token), key);
    expect(r).toMatchObject({ ok: false, code });
    expect(r.message.length).toBeGreaterThan(20);
  });

  test('a kid that differs from the pasted JWK is named', async () => {
    const secret = new TextEncoder().encode('a-secret-that-is-long-enough-for-hs256!');
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: 'k2' }).sign(secret);
    const r = await verifySignature(decoded(token), jwkInput({ ...A1.jwk, kid: 'k1' }));
    expect(r).toMatchObject({ ok: false, code: 'no_matching_key' });
    expect(r.message).toContain('k2');
  });

  test('secret length is counted in bytes as used', () => {
    expect(secretBytes({ secret: A1.jwk.k, encoding: 'base64url' })).toBe(64);
    expect(secretBytes({ secret: 'héllo', encoding: 'utf8' })).toBe(6);
  });
});
