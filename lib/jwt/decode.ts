/**
 * Decoding a compact JWS/JWT: base64url JSON header and payload, read locally and never sent anywhere.
 * Decoding proves nothing about who made the token; verify.ts checks the signature.
 */

/** Longer input is refused before any work, so decoding stays fast on anything pasted. */
export const MAX_TOKEN_CHARS = 64 * 1024;

export type JsonObject = Record<string, unknown>;

export interface DecodedJwt {
  /** The token as pasted, trimmed and without a `Bearer ` prefix. */
  token: string;
  header: JsonObject;
  /** The claims, or null when the payload is not a JSON object (a JWS over other content). */
  claims: JsonObject | null;
  /** The payload as text when it is not a JSON object. */
  payloadText: string | null;
  alg: string | null;
  kid: string | null;
  signature: string;
}

export type DecodeResult = { ok: true; jwt: DecodedJwt } | { ok: false; code: DecodeErrorCode; message: string };
export type DecodeErrorCode = 'empty' | 'too_long' | 'jwe' | 'parts' | 'base64' | 'header';

const B64URL = /^[A-Za-z0-9_-]*$/;

/** base64url → bytes; null when the text is not base64url. */
export function base64urlBytes(part: string): Uint8Array | null {
  if (!B64URL.test(part) || part.length % 4 === 1) return null;
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  try {
    return Uint8Array.from(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function jsonObject(bytes: Uint8Array): { object: JsonObject | null; text: string } {
  const text = new TextDecoder().decode(bytes);
  try {
    const value: unknown = JSON.parse(text);
    return {
      object: typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null,
      text,
    };
  } catch {
    return { object: null, text };
  }
}

const fail = (code: DecodeErrorCode, message: string): DecodeResult => ({ ok: false, code, message });

/** Decodes a pasted token: `eyJ…`, `Bearer eyJ…` or an `Authorization:` line. */
export function decodeJwt(input: string): DecodeResult {
  if (input.length > MAX_TOKEN_CHARS)
    return fail('too_long', `A token is at most ${MAX_TOKEN_CHARS / 1024} KB; this is longer.`);
  const token = input
    .trim()
    .replace(/^authorization:\s*/i, '')
    .replace(/^bearer\s+/i, '')
    .trim();
  if (token === '') return fail('empty', 'Paste a token (three base64url parts separated by dots).');
  const parts = token.split('.');
  if (parts.length === 5)
    return fail(
      'jwe',
      'This is an encrypted token (JWE, five parts): its claims can only be read with the decryption key.',
    );
  if (parts.length !== 3)
    return fail(
      'parts',
      `A JWT has three parts separated by dots (header.payload.signature); this has ${parts.length}.`,
    );
  const [h = '', p = '', signature = ''] = parts;
  const headerBytes = base64urlBytes(h);
  const payloadBytes = base64urlBytes(p);
  if (!headerBytes || !payloadBytes || !B64URL.test(signature))
    return fail(
      'base64',
      'A part is not base64url (letters, digits, - and _ only): the token was cut or altered when copied.',
    );
  const header = jsonObject(headerBytes).object;
  if (!header) return fail('header', 'The first part does not decode to a JSON object, so this is not a JWT.');
  const payload = jsonObject(payloadBytes);
  return {
    ok: true,
    jwt: {
      token,
      header,
      claims: payload.object,
      payloadText: payload.object ? null : payload.text,
      alg: typeof header.alg === 'string' ? header.alg : null,
      kid: typeof header.kid === 'string' ? header.kid : null,
      signature,
    },
  };
}

/** A JWT anywhere in a text (an Authorization header, a log line): the first one that decodes. */
export function findJwt(text: string): string | null {
  const re = /\beyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
  for (const m of text.slice(0, 1024 * 1024).matchAll(re)) if (decodeJwt(m[0]).ok) return m[0];
  return null;
}
