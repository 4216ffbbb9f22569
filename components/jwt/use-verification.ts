'use client';
import { useEffect, useState } from 'react';
import type { DecodedJwt } from '@/lib/jwt/decode';
import type { KeyInput, VerifyResult } from '@/lib/jwt/verify';
import type { KeyState } from './key-input';

/** The key as verify.ts takes it, or null when there is nothing to verify with yet. */
function keyInput(key: KeyState, fetchedJwks: string | null): KeyInput | null {
  if (key.kind === 'secret') return key.text ? { kind: 'secret', secret: key.text, encoding: key.encoding } : null;
  if (key.kind === 'pem') return key.text.trim() ? { kind: 'pem', pem: key.text } : null;
  if (key.kind === 'jwk') return key.text.trim() ? { kind: 'jwk', json: key.text } : null;
  if (key.kind === 'jwks_url') return fetchedJwks ? { kind: 'jwk', json: fetchedJwks } : null;
  return null;
}

/**
 * Verifies in the browser whenever the token or key changes. jose loads on first use, so the page
 * stays light for people who only decode.
 */
export function useVerification(jwt: DecodedJwt | null, key: KeyState, fetchedJwks: string | null) {
  const [result, setResult] = useState<{ for: string; result: VerifyResult } | null>(null);
  const input = jwt ? keyInput(key, fetchedJwks) : null;
  const signature = JSON.stringify([jwt?.token ?? null, input]);
  useEffect(() => {
    let current = true;
    if (!jwt || !input) return;
    void import('@/lib/jwt/verify').then(async ({ verifySignature }) => {
      const r = await verifySignature(jwt, input);
      if (current) setResult({ for: signature, result: r });
    });
    return () => {
      current = false;
    };
    // `signature` captures jwt and input by value; they are new objects on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);
  // A result for an earlier token or key is never shown.
  return input && result?.for === signature ? result.result : null;
}
