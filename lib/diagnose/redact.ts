/**
 * Removes secrets from pasted text before it goes into a share link: credentials in header
 * lines (raw, curl -v, curl -H, devtools, JSON and HAR headers), tokens in query strings
 * and URLs, secret JSON fields, well-known key formats and JWTs. A JWT keeps only its
 * timing claims (exp, nbf, iat) and loses its signature, so a shared link still shows that
 * a token had expired while revealing nothing that could be replayed or identify anyone.
 */

/** Header names whose values are credentials. */
const SECRET_HEADER = String.raw`(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|apikey|x-auth-token|x-access-token|x-amz-security-token|x-goog-api-key|ocp-apim-subscription-key|private-token|x-csrf-token|x-xsrf-token|[\w-]*(?:api[-_]?key|secret|token|password|passwd)[\w-]*)`;
/** JSON members whose values are secrets. */
const SECRET_FIELD = String.raw`(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|apikey|access_token|refresh_token|id_token|client_secret|password|passwd|secret|token|private_key|x-auth-token)`;
const QUERY_SECRET = String.raw`(?:access_token|id_token|refresh_token|token|api_key|apikey|key|client_secret|password|sig|signature|code|auth|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential)`;
const JWT = /\beyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]*/g;
const MARK = '[redacted]';

/** m[0] is the whole match, m[1…] the groups (undefined when a group did not take part). */
type Match = (string | undefined)[];

interface Rule {
  re: RegExp;
  label: (m: Match) => string;
  replace: (m: Match) => string;
}

const title = (name: string) =>
  name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

const keepScheme = (value: string) => {
  const m = /^(Bearer|Basic|Token|Digest|Bot|AWS4-HMAC-SHA256|SharedKey|ApiKey|DPoP)\s+(.*)$/i.exec(value.trim());
  if (!m) return MARK;
  const jwt = /^(eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]*)/.exec(m[2] ?? '')?.[1];
  return `${m[1]} ${jwt ? timingOnlyJwt(jwt) : MARK}`;
};

const RULES: Rule[] = [
  // `Name: value`, `> Name: value`, `< Name: value`, `-H 'Name: value'`
  {
    re: new RegExp(String.raw`(^|[\n'"]|-H\s+['"]?)([<>]\s*)?(${SECRET_HEADER})(\s*:[ \t]*)([^\n'"]+)`, 'gi'),
    label: (m) => `${title(m[3] ?? '')} header`,
    replace: (m) => `${m[1]}${m[2] ?? ''}${m[3]}${m[4]}${keepScheme(m[5] ?? '')}`,
  },
  // devtools name line / value line
  {
    re: new RegExp(String.raw`(^|\n)(${SECRET_HEADER})(\r?\n)(?![\w-]+:)([^\n]+)`, 'gi'),
    label: (m) => `${title(m[2] ?? '')} header`,
    replace: (m) => `${m[1]}${m[2]}${m[3]}${keepScheme(m[4] ?? '')}`,
  },
  // HAR {"name": "Authorization", "value": "..."}
  {
    re: new RegExp(String.raw`("name"\s*:\s*"(${SECRET_HEADER})"\s*,\s*"value"\s*:\s*")((?:[^"\\]|\\.)*)"`, 'gi'),
    label: (m) => `${title(m[2] ?? '')} header`,
    replace: (m) => `${m[1]}${keepScheme(m[3] ?? '')}"`,
  },
  // JSON {"Authorization": "..."} and secret fields {"access_token": "..."}
  {
    re: new RegExp(String.raw`"(${SECRET_FIELD})"(\s*:\s*)"((?:[^"\\]|\\.)*)"`, 'gi'),
    label: (m) =>
      /^[a-z]+(?:-[a-z]+)+$|^(?:authorization|cookie)$/i.test(m[1] ?? '')
        ? `${title(m[1] ?? '')} header`
        : `${m[1]} value`,
    replace: (m) => `"${m[1]}"${m[2]}"${keepScheme(m[3] ?? '')}"`,
  },
  {
    re: new RegExp(String.raw`([?&]${QUERY_SECRET}=)([^&\s"'#<>]+)`, 'gi'),
    label: (m) => `${m[1]?.slice(1, -1)} in a query string`,
    replace: (m) => `${m[1]}${MARK}`,
  },
  {
    re: /\b([a-z][a-z0-9+.-]*:\/\/)([^/\s:@'"]+):([^/\s@'"]+)@/gi,
    label: () => 'password in a URL',
    replace: (m) => `${m[1]}${m[2]}:${MARK}@`,
  },
  { re: /\b(?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{10,}/g, label: () => 'Stripe secret key', replace: () => MARK },
  {
    re: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
    label: () => 'GitHub token',
    replace: () => MARK,
  },
  { re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, label: () => 'Slack token', replace: () => MARK },
  { re: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g, label: () => 'API secret key (sk-…)', replace: () => MARK },
  { re: /\bAKIA[0-9A-Z]{16}\b/g, label: () => 'AWS access key id', replace: () => MARK },
  {
    re: JWT,
    label: () => 'JWT (signature and identifying claims removed; exp, nbf, iat kept)',
    replace: (m) => timingOnlyJwt(m[0] ?? ''),
  },
];

/** The text with secrets replaced, and what was replaced (each kind once). */
export function redactSecrets(text: string): { text: string; redactions: string[] } {
  const found = new Set<string>();
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.re, (...args: unknown[]) => {
      // replace() passes the match, the groups, then offset and input (no named groups here).
      const m = args.slice(0, -2) as Match;
      const replaced = rule.replace(m);
      if (replaced !== m[0]) found.add(rule.label(m));
      return replaced;
    });
  }
  return { text: out, redactions: [...found] };
}

const b64url = (s: string) => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A JWT that keeps only exp/nbf/iat and carries no signature (already-reduced tokens pass through). */
function timingOnlyJwt(token: string): string {
  const [, payload, signature] = token.split('.');
  if (signature === 'redacted') return token;
  let claims: Record<string, unknown> = {};
  try {
    const json = atob(
      (payload ?? '')
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil((payload ?? '').length / 4) * 4, '='),
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
