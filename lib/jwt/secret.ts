import { base64urlBytes } from './decode';

/** An HMAC secret as pasted: text as UTF-8, or base64url (how some providers show theirs). */
export interface SecretInput {
  secret: string;
  encoding: 'utf8' | 'base64url';
}

/** The secret's bytes as the signature uses them; null when base64url was chosen and it is not. */
export function secretKeyBytes({ secret, encoding }: SecretInput): Uint8Array | null {
  if (encoding === 'utf8') return new TextEncoder().encode(secret);
  return base64urlBytes(secret.trim().replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
}

/** The byte length of a secret (for the short-secret warning), without keeping it anywhere. */
export function secretBytes(input: SecretInput): number | null {
  return secretKeyBytes(input)?.length ?? null;
}
