'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { decodeJwt } from '@/lib/jwt/decode';
import type { Expectations } from '@/lib/jwt/expectations';
import { inspect } from '@/lib/jwt/inspect';
import { secretBytes } from '@/lib/jwt/secret';
import { NO_EXPECTATIONS, shareFragment } from '@/lib/jwt/share-fragment';
import { responseDate } from '@/lib/jwt/times';
import { DecodedView } from './decoded-view';
import { RFC_EXAMPLE } from './example';
import { fetchJwks } from './fetch-jwks';
import { FindingsList } from './findings-list';
import { KeyInput, type KeyState } from './key-input';
import { useVerification } from './use-verification';
import styles from './jwt.module.css';

const EMPTY_KEY: KeyState = { kind: 'none', text: '', encoding: 'utf8', url: '' };

/** The JWT inspector: everything runs here; only a JWKS URL (never a token or key) goes to the probe. */
export function JwtInspector() {
  const id = useId();
  const [token, setToken] = useState('');
  const [dateText, setDateText] = useState('');
  const [expect, setExpect] = useState<Expectations>(NO_EXPECTATIONS);
  const [key, setKey] = useState<KeyState>(EMPTY_KEY);
  const [jwks, setJwks] = useState<{ json: string | null; error: string | null; busy: boolean }>({
    json: null,
    error: null,
    busy: false,
  });
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  const [origin, setOrigin] = useState('');

  // A link from /diagnose brings the token in the fragment; read it (on load and when the fragment
  // changes), then drop the token from the address bar so a copied URL never carries it.
  useEffect(() => {
    let live = true;
    // The validator (zod) loads only here, so the page's first load stays small.
    const apply = () =>
      void import('@/lib/jwt/expectations').then(({ readFragment }) => {
        if (!live) return;
        const { token: fromLink, expectations } = readFragment(window.location.hash);
        setExpect(expectations);
        if (fromLink) setToken(fromLink);
        window.history.replaceState(null, '', window.location.pathname + shareFragment(expectations));
        setOrigin(window.location.origin);
      });
    apply();
    window.addEventListener('hashchange', apply);
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 1000)), 15_000);
    return () => {
      live = false;
      window.removeEventListener('hashchange', apply);
      clearInterval(timer);
    };
  }, []);

  const decoded = useMemo(() => (token.trim() ? decodeJwt(token) : null), [token]);
  const jwt = decoded?.ok ? decoded.jwt : null;
  const verification = useVerification(jwt, key, key.kind === 'jwks_url' ? jwks.json : null);
  const findings = useMemo(
    () =>
      jwt
        ? inspect(jwt, {
            now,
            serverDate: responseDate(dateText),
            expectations: expect,
            secretBytes:
              key.kind === 'secret' && key.text ? secretBytes({ secret: key.text, encoding: key.encoding }) : null,
          })
        : [],
    [jwt, now, dateText, expect, key],
  );

  const onFetch = async () => {
    setJwks({ json: null, error: null, busy: true });
    const r = await fetchJwks(key.url);
    setJwks(r.ok ? { json: r.json, error: null, busy: false } : { json: null, error: r.message, busy: false });
  };
  const setExpectation = (k: keyof Expectations) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setExpect({ ...expect, [k]: e.target.value });

  return (
    <div className={styles.grid}>
      <form onSubmit={(e) => e.preventDefault()} aria-label="Token and key">
        <div className={styles.field}>
          <label htmlFor={`${id}-token`}>Token</label>
          <textarea
            id={`${id}-token`}
            className={styles.token}
            rows={6}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            placeholder="eyJhbGciOi… (a Bearer prefix is fine)"
          />
          <button
            type="button"
            className="icon-button"
            onClick={() => {
              setToken(RFC_EXAMPLE.token);
              setKey({ ...EMPTY_KEY, kind: 'jwk', text: RFC_EXAMPLE.jwk });
            }}
          >
            Load the RFC 7519 example
          </button>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-date`}>The failing response (optional)</label>
          <textarea
            id={`${id}-date`}
            rows={3}
            value={dateText}
            onChange={(e) => setDateText(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-date-hint`}
            placeholder="HTTP/1.1 401 Unauthorized&#10;Date: Tue, 01 Dec 2026 10:00:00 GMT"
          />
          <span id={`${id}-date-hint`} className="muted">
            Its <code>Date</code> header is the server’s clock: times are then judged by it.
          </span>
        </div>
        <fieldset className={styles.kinds}>
          <legend>What the API expects</legend>
          {(
            [
              ['aud', 'Audience (aud)', 'api://orders'],
              ['iss', 'Issuer (iss)', 'https://login.example.com/'],
              ['scope', 'Required scopes', 'orders.read orders.write'],
            ] as const
          ).map(([k, label, placeholder]) => (
            <div className={styles.field} key={k}>
              <label htmlFor={`${id}-${k}`}>{label}</label>
              <input
                id={`${id}-${k}`}
                type="text"
                value={expect[k]}
                onChange={setExpectation(k)}
                placeholder={placeholder}
              />
            </div>
          ))}
          <div className={styles.actions}>
            <CopyButton text={`${origin}/jwt${shareFragment(expect)}`} label="Copy share link" />
            <span className="muted">The link carries these expectations only — never the token or a key.</span>
          </div>
        </fieldset>
        <KeyInput value={key} onChange={setKey} onFetch={() => void onFetch()} fetching={jwks.busy} />
      </form>
      <section aria-live="polite" aria-label="Inspection">
        {decoded && !decoded.ok && (
          <p role="alert" className="badge bad">
            {decoded.message}
          </p>
        )}
        {jwt && (
          <>
            <section className={styles.panel} aria-labelledby={`${id}-findings`}>
              <h2 id={`${id}-findings`}>Findings</h2>
              {verification && (
                <p className={`badge ${verification.ok ? 'ok' : 'bad'}`} data-testid="signature">
                  {verification.message}
                </p>
              )}
              {key.kind === 'jwks_url' && jwks.error && <p className="badge bad">{jwks.error}</p>}
              <FindingsList findings={findings} />
            </section>
            <DecodedView jwt={jwt} now={now} />
          </>
        )}
      </section>
    </div>
  );
}
