import { compactVerify, createLocalJWKSet, importJWK, importSPKI, importX509, type JWK } from 'jose';
import type { DecodedJwt } from './decode';
import { secretKeyBytes } from './secret';

/**
 * Signature verification in the browser with `jose` (WebCrypto). The key never leaves the page.
 * Only the signature is checked here; times and audiences are findings (inspect.ts), so an
 * expired token with a good signature says both things instead of one error.
 */
export type KeyInput =
  | { kind: 'secret'; secret: string; encoding: 'utf8' | 'base64url' }
  /** SPKI public key or X.509 certificate, PEM-armoured. */
  | { kind: 'pem'; pem: string }
  /** One JWK, or a JWKS document `{"keys": [...]}`. */
  | { kind: 'jwk'; json: string };

export type VerifyResult =
  { ok: true; alg: string; message: string } | { ok: false; code: VerifyErrorCode; message: string };
export type VerifyErrorCode =
  'unsigned' | 'bad_key' | 'no_matching_key' | 'alg_mismatch' | 'bad_signature' | 'unsupported';

/** Private members are dropped so a pasted private JWK still verifies (WebCrypto verifies with public keys). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];
const publicJwk = (jwk: JWK): JWK =>
  jwk.kty === 'oct' ? jwk : Object.fromEntries(Object.entries(jwk).filter(([k]) => !PRIVATE_MEMBERS.includes(k)));

const fail = (code: VerifyErrorCode, message: string): VerifyResult => ({ ok: false, code, message });

type Verifier = Parameters<typeof compactVerify>[1];

async function keyFor(jwt: DecodedJwt, alg: string, key: KeyInput): Promise<Verifier | VerifyResult> {
  if (key.kind === 'secret') {
    if (!/^HS\d+$/.test(alg))
      return fail(
        'alg_mismatch',
        `The token is signed with ${alg}, which needs a public key (PEM, JWK or JWKS), not a shared secret.`,
      );
    const bytes = secretKeyBytes(key);
    if (!bytes?.length)
      return fail('bad_key', key.encoding === 'utf8' ? 'Paste the secret.' : 'The secret is not valid base64url.');
    return bytes;
  }
  if (key.kind === 'pem') {
    const pem = key.pem.trim();
    if (/BEGIN CERTIFICATE/.test(pem)) return importX509(pem, alg);
    if (/BEGIN PUBLIC KEY/.test(pem)) return importSPKI(pem, alg);
    if (/BEGIN RSA PUBLIC KEY/.test(pem))
      return fail(
        'unsupported',
        'This is a PKCS#1 RSA key; convert it to SPKI (`openssl rsa -RSAPublicKey_in -pubout`) or paste it as a JWK.',
      );
    if (/PRIVATE KEY/.test(pem))
      return fail(
        'bad_key',
        'This is a private key. Paste the public key or certificate: verifying never needs the private key.',
      );
    return fail(
      'bad_key',
      'Expected a PEM public key (-----BEGIN PUBLIC KEY-----) or certificate (-----BEGIN CERTIFICATE-----).',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(key.json);
  } catch {
    return fail('bad_key', 'The key is not valid JSON: paste a JWK ({"kty": …}) or a JWKS ({"keys": […]}).');
  }
  if (typeof parsed !== 'object' || parsed === null) return fail('bad_key', 'Expected a JWK or JWKS object.');
  if (Array.isArray((parsed as { keys?: unknown }).keys)) {
    const keys = ((parsed as { keys: JWK[] }).keys ?? []).map(publicJwk);
    return createLocalJWKSet({ keys });
  }
  const jwk = publicJwk(parsed as JWK);
  const need = keyTypeFor(alg);
  if (need && jwk.kty !== need)
    return fail(
      'alg_mismatch',
      `The token is signed with ${alg}, which needs ${need === 'oct' ? 'a shared secret (kty oct)' : `an ${need} key`}; this is ${jwk.kty ? `a ${jwk.kty} key` : 'a JWK without kty'}.`,
    );
  if (jwt.kid && jwk.kid && jwk.kid !== jwt.kid)
    return fail(
      'no_matching_key',
      `This key is kid ${jwk.kid}, but the token names kid ${jwt.kid}: it was signed with another key.`,
    );
  return importJWK(jwk, alg);
}

/** The JWK `kty` an algorithm family needs (RFC 7518 §3.1), or null for ones left to jose. */
function keyTypeFor(alg: string): string | null {
  if (/^HS/.test(alg)) return 'oct';
  if (/^(RS|PS)/.test(alg)) return 'RSA';
  if (/^ES/.test(alg)) return 'EC';
  if (/^(EdDSA|Ed25519)$/.test(alg)) return 'OKP';
  return null;
}

/** Checks the token's signature with the given key. Never throws. */
export async function verifySignature(jwt: DecodedJwt, key: KeyInput): Promise<VerifyResult> {
  const alg = jwt.alg;
  if (!alg || alg.toLowerCase() === 'none')
    return fail('unsigned', 'The token is unsigned (`alg: none`): there is no signature to verify.');
  try {
    const k = await keyFor(jwt, alg, key);
    if (typeof k === 'object' && 'ok' in k) return k;
    await compactVerify(jwt.token, k, { algorithms: [alg] });
    return {
      ok: true,
      alg,
      message: `Signature valid (${alg}${jwt.kid ? `, kid ${jwt.kid}` : ''}): this key signed this token, and it was not altered.`,
    };
  } catch (e) {
    return explain(e, alg, jwt.kid);
  }
}

function explain(e: unknown, alg: string, kid: string | null): VerifyResult {
  const code = (e as { code?: string }).code ?? '';
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return fail(
        'bad_signature',
        'Signature does not match: the token was signed with a different key (or secret), or altered after signing.',
      );
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return fail(
        'no_matching_key',
        `No key in the JWKS fits this token (${alg}${kid ? `, kid ${kid}` : ''}): the signing key was rotated out, or this is another issuer’s JWKS.`,
      );
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return fail('no_matching_key', 'Several keys in the JWKS fit and the token has no `kid` to choose one.');
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return fail('unsupported', `${alg} is not supported with this key.`);
  }
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof TypeError || /key/i.test(message))
    return fail('bad_key', `The key cannot be used for ${alg}: ${message}`);
  return fail('bad_key', `The key could not be read: ${message}`);
}
