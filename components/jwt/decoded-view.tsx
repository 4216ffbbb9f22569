import type { DecodedJwt, JsonObject } from '@/lib/jwt/decode';
import { isoTime, relative } from '@/lib/jwt/times';
import styles from './jwt.module.css';

/** Registered claims (RFC 7519 §4.1) and common ones, named for people who have not memorised them. */
const NAMES: Record<string, string> = {
  alg: 'signing algorithm',
  typ: 'type',
  kid: 'key id',
  cty: 'content type',
  iss: 'issuer',
  sub: 'subject',
  aud: 'audience',
  exp: 'expires',
  nbf: 'not before',
  iat: 'issued at',
  jti: 'token id',
  azp: 'authorized party',
  scope: 'scopes',
  scp: 'scopes',
  auth_time: 'signed in at',
};
const TIMES = new Set(['exp', 'nbf', 'iat', 'auth_time']);

function ClaimTable({ caption, object, now }: { caption: string; object: JsonObject; now: number }) {
  return (
    <table className={styles.claims}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(object).map(([k, v]) => (
          <tr key={k}>
            <td>
              {k}
              {NAMES[k] && <span className="muted"> ({NAMES[k]})</span>}
            </td>
            <td>
              {typeof v === 'string' ? v : JSON.stringify(v)}
              {TIMES.has(k) && isoTime(v) && (
                <span className="muted">
                  {' '}
                  — {isoTime(v)}, {relative(v as number, now)}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Header and claims, as a table with human times and as the raw JSON. */
export function DecodedView({ jwt, now }: { jwt: DecodedJwt; now: number }) {
  return (
    <>
      <section className={styles.panel} aria-labelledby="jwt-header-h">
        <h2 id="jwt-header-h">Header</h2>
        <ClaimTable caption="Header" object={jwt.header} now={now} />
      </section>
      <section className={styles.panel} aria-labelledby="jwt-claims-h">
        <h2 id="jwt-claims-h">Claims</h2>
        {jwt.claims ? (
          <>
            <ClaimTable caption="Claims" object={jwt.claims} now={now} />
            <details>
              <summary>Raw JSON</summary>
              <pre className={styles.json}>{JSON.stringify(jwt.claims, null, 2)}</pre>
            </details>
          </>
        ) : (
          <pre className={styles.json}>{jwt.payloadText}</pre>
        )}
      </section>
    </>
  );
}
