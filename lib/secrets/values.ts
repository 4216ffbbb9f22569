/**
 * How a secret value is replaced. Authorization keeps its scheme word (`Bearer`, `Basic`),
 * cookies keep their names and attributes, and a JWT keeps only its timing claims (exp,
 * nbf, iat) with no signature: a shared link still shows that a token had expired while
 * revealing nothing that could be replayed or identify anyone.
 */
export const MARK = '[redacted]';

const SCHEME =
  /^(Bearer|Basic|Token|Digest|Bot|AWS4-HMAC-SHA256|SharedKey|ApiKey|DPoP|Negotiate|NTLM|OAuth|HOBA|Mutual)\s+(\S.*)$/i;
const JWT_AT_START = /^(eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]*)/;

/** A credential value with its scheme word kept (`Bearer [redacted]`); a JWT keeps only its timing. */
export function maskCredential(value: string): string {
  const m = SCHEME.exec(value.trim());
  if (!m) return value.trim() === '' ? value : MARK;
  const jwt = JWT_AT_START.exec(m[2] ?? '')?.[1];
  return `${m[1]} ${jwt ? timingOnlyJwt(jwt) : MARK}`;
}

/** `Cookie: a=1; b=2` → `a=[redacted]; b=[redacted]`; `Set-Cookie` keeps attributes after the first pair. */
export function maskCookie(value: string, setCookie: boolean): string {
  const parts = value.split(';');
  return parts
    .map((part, i) => {
      if (setCookie && i > 0) return part;
      const eq = part.indexOf('=');
      return eq < 0 ? (setCookie ? MARK : part) : `${part.slice(0, eq + 1)}${MARK}`;
    })
    .join(';');
}

const b64url = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A JWT that keeps only exp/nbf/iat and carries no signature (already-reduced tokens pass through). */
export function timingOnlyJwt(token: string): string {
  const [, payload, signature] = token.split('.');
  if (signature === 'redacted') return token;
  let claims: Record<string, unknown> = {};
  try {
    const p = payload ?? '';
    const json = atob(
      p
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(p.length / 4) * 4, '='),
    );
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed === 'object' && parsed !== null) claims = parsed as Record<string, unknown>;
  } catch {
    return MARK;
  }
  const kept = Object.fromEntries(
    ['exp', 'nbf', 'iat'].filter((k) => typeof claims[k] === 'number').map((k) => [k, claims[k]]),
  );
  return `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url(JSON.stringify(kept))}.redacted`;
}
