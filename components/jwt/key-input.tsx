'use client';
import { useId } from 'react';
import styles from './jwt.module.css';

export type KeyKind = 'none' | 'secret' | 'pem' | 'jwk' | 'jwks_url';

export interface KeyState {
  kind: KeyKind;
  text: string;
  encoding: 'utf8' | 'base64url';
  url: string;
}

const KINDS: { kind: KeyKind; label: string }[] = [
  { kind: 'none', label: 'Decode only' },
  { kind: 'secret', label: 'Secret (HS256…)' },
  { kind: 'pem', label: 'PEM' },
  { kind: 'jwk', label: 'JWK or JWKS' },
  { kind: 'jwks_url', label: 'JWKS URL' },
];

const HINTS: Record<KeyKind, string> = {
  none: 'Choose a key to check the signature. Keys stay in this page.',
  secret: 'The shared secret. It stays in this page and is never put in a link.',
  pem: 'A public key (-----BEGIN PUBLIC KEY-----) or certificate (-----BEGIN CERTIFICATE-----).',
  jwk: 'One key {"kty": …} or a key set {"keys": […]}, e.g. from the issuer’s jwks_uri.',
  jwks_url:
    'The issuer’s jwks_uri. The portal fetches it under the playground’s rules (public hosts only); only the URL is sent, never the token.',
};

/** How the signature is checked: the key kind, then the one field it needs. */
export function KeyInput({
  value,
  onChange,
  onFetch,
  fetching,
}: {
  value: KeyState;
  onChange: (next: KeyState) => void;
  onFetch: () => void;
  fetching: boolean;
}) {
  const id = useId();
  const set = (patch: Partial<KeyState>) => onChange({ ...value, ...patch });
  return (
    <>
      <fieldset className={styles.kinds} aria-describedby={`${id}-hint`}>
        <legend>Verify the signature with</legend>
        {KINDS.map((k) => (
          <label key={k.kind}>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={value.kind === k.kind}
              onChange={() => set({ kind: k.kind })}
            />
            {k.label}
          </label>
        ))}
        <p id={`${id}-hint`} className="muted">
          {HINTS[value.kind]}
        </p>
      </fieldset>
      {value.kind === 'secret' && (
        <div className={styles.field}>
          <label htmlFor={`${id}-secret`}>Secret</label>
          <input
            id={`${id}-secret`}
            type="text"
            value={value.text}
            onChange={(e) => set({ text: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
          <label className="muted">
            <input
              type="checkbox"
              checked={value.encoding === 'base64url'}
              onChange={(e) => set({ encoding: e.target.checked ? 'base64url' : 'utf8' })}
            />{' '}
            The secret is base64url-encoded
          </label>
        </div>
      )}
      {(value.kind === 'pem' || value.kind === 'jwk') && (
        <div className={styles.field}>
          <label htmlFor={`${id}-key`}>{value.kind === 'pem' ? 'Public key (PEM)' : 'JWK or JWKS (JSON)'}</label>
          <textarea
            id={`${id}-key`}
            rows={6}
            value={value.text}
            onChange={(e) => set({ text: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
      {value.kind === 'jwks_url' && (
        <div className={styles.field}>
          <label htmlFor={`${id}-url`}>JWKS URL</label>
          <div className={styles.actions}>
            <input
              id={`${id}-url`}
              type="url"
              value={value.url}
              onChange={(e) => set({ url: e.target.value })}
              placeholder="https://issuer.example.com/.well-known/jwks.json"
              autoComplete="off"
            />
            <button type="button" className="button secondary" onClick={onFetch} disabled={fetching || !value.url}>
              {fetching ? 'Fetching…' : 'Fetch keys'}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
