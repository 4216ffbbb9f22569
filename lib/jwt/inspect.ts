import type { DecodedJwt, JsonObject } from './decode';
import type { Expectations } from './expectations';
import { formatDuration } from '../diagnose/token';
import { isoTime, relative } from './times';

/** One thing the inspector tells the user; `bad` findings explain a 401 on their own. */
export interface Finding {
  level: 'bad' | 'warn' | 'good' | 'info';
  code: string;
  message: string;
}

export interface InspectContext {
  /** This computer's time, in seconds. */
  now: number;
  /** The server's time (the pasted response's `Date`), in seconds. */
  serverDate: number | null;
  expectations: Expectations;
  /** The HMAC secret's length in bytes, when one was given (never the secret itself). */
  secretBytes?: number | null;
}

/** Servers commonly allow this much clock skew; differences below it are not reported as problems. */
export const LEEWAY_SECONDS = 60;

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A string claim or array of strings (aud, scp, permissions) as a list. */
const list = (v: unknown, split = false): string[] =>
  typeof v === 'string'
    ? split
      ? v.split(/[\s,]+/).filter(Boolean)
      : [v]
    : Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string')
      : [];

/** Scopes as providers put them: `scope` (RFC 8693, space-separated), `scp` (Azure, Okta), `scopes`, `permissions` (Auth0). */
export function tokenScopes(claims: JsonObject): string[] {
  return [...new Set(['scope', 'scp', 'scopes', 'permissions'].flatMap((k) => list(claims[k], true)))];
}

/** Everything worth saying about a decoded token, most serious first. */
export function inspect(jwt: DecodedJwt, ctx: InspectContext): Finding[] {
  const out: Finding[] = [...algorithmFindings(jwt, ctx)];
  if (jwt.claims) out.push(...timeFindings(jwt.claims, ctx), ...expectationFindings(jwt.claims, ctx.expectations));
  else
    out.push({
      level: 'warn',
      code: 'payload_not_json',
      message: 'The payload is not a JSON object, so it holds no claims: this is a signed blob, not a JWT.',
    });
  const order = { bad: 0, warn: 1, info: 2, good: 3 };
  return out.sort((a, b) => order[a.level] - order[b.level]);
}

/** HS256 → 32 bytes: RFC 7518 §3.2 requires an HMAC key at least as long as the hash output. */
export function minHmacBytes(alg: string | null): number | null {
  const m = /^HS(256|384|512)$/.exec(alg ?? '');
  return m?.[1] ? Number(m[1]) / 8 : null;
}

function algorithmFindings(jwt: DecodedJwt, ctx: InspectContext): Finding[] {
  if (jwt.alg === null)
    return [{ level: 'bad', code: 'alg_missing', message: 'The header has no `alg`: no API can verify this token.' }];
  if (jwt.alg.toLowerCase() === 'none')
    return [
      {
        level: 'bad',
        code: 'alg_none',
        message:
          '`alg` is `none`: the token is unsigned. Anyone can forge one, and an API that accepts it is vulnerable; expect a 401.',
      },
    ];
  const min = minHmacBytes(jwt.alg);
  if (min !== null && ctx.secretBytes != null && ctx.secretBytes < min)
    return [
      {
        level: 'warn',
        code: 'hmac_secret_short',
        message: `The ${jwt.alg} secret is ${ctx.secretBytes} bytes; RFC 7518 §3.2 asks for at least ${min} (the hash size). Short secrets can be brute-forced offline from any token.`,
      },
    ];
  return [];
}

function timeFindings(c: JsonObject, ctx: InspectContext): Finding[] {
  const out: Finding[] = [];
  const exp = num(c.exp);
  const nbf = num(c.nbf);
  const iat = num(c.iat);
  // With a pasted response, the server's clock decides what the server saw.
  const ref = ctx.serverDate ?? ctx.now;
  const by = ctx.serverDate !== null ? ' by the server’s clock (the response’s Date)' : '';
  if (c.exp === undefined)
    out.push({
      level: 'warn',
      code: 'exp_missing',
      message: 'No `exp`: the token never expires. Many APIs reject such tokens, and a leaked one stays valid forever.',
    });
  else if (exp === null)
    out.push({
      level: 'bad',
      code: 'exp_invalid',
      message: '`exp` is not a number of seconds (NumericDate), so APIs treat the token as invalid.',
    });
  else if (exp > 1e11)
    out.push({
      level: 'bad',
      code: 'exp_milliseconds',
      message: `\`exp\` looks like milliseconds (${exp}); JWT times are seconds since 1970, so APIs read it as far in the future or invalid.`,
    });
  else if (exp <= ref)
    out.push({ level: 'bad', code: 'expired', message: `Expired ${relative(exp, ref)}${by} (exp ${isoTime(exp)}).` });
  else
    out.push({
      level: 'good',
      code: 'not_expired',
      message: `Expires ${relative(exp, ref)}${by} (exp ${isoTime(exp)}).`,
    });
  if (nbf !== null && nbf > ref)
    out.push({
      level: 'bad',
      code: 'not_yet_valid',
      message: `Not valid yet: \`nbf\` is ${relative(nbf, ref)}${by} (${isoTime(nbf)}). The issuer’s clock may be ahead.`,
    });
  if (iat !== null && iat > ref + LEEWAY_SECONDS)
    out.push({
      level: 'warn',
      code: 'iat_future',
      message: `Issued ${relative(iat, ref)}${by}: the issuer’s clock is ahead of ${ctx.serverDate !== null ? 'the server’s' : 'this computer’s'} by about ${relative(iat, ref).replace(/^in /, '')}. APIs that check \`iat\` reject it.`,
    });
  if (ctx.serverDate !== null) {
    const skew = ctx.serverDate - ctx.now;
    if (Math.abs(skew) > LEEWAY_SECONDS)
      out.push({
        level: 'info',
        code: 'clock_skew',
        message: `The server’s Date is ${formatDuration(skew)} ${skew > 0 ? 'ahead of' : 'behind'} this computer’s clock (or the response is old); the times above use the server’s.`,
      });
  }
  return out;
}

function expectationFindings(c: JsonObject, e: Expectations): Finding[] {
  const out: Finding[] = [];
  if (e.aud) {
    const aud = list(c.aud);
    out.push(
      aud.includes(e.aud)
        ? { level: 'good', code: 'aud_match', message: `\`aud\` includes ${e.aud}.` }
        : {
            level: 'bad',
            code: 'aud_mismatch',
            message: aud.length
              ? `\`aud\` is ${aud.join(', ')}, not ${e.aud}: the token was issued for another API (request it with that audience or resource).`
              : `The token has no \`aud\`, but the API expects ${e.aud}.`,
          },
    );
  }
  if (e.iss) {
    const iss = typeof c.iss === 'string' ? c.iss : null;
    const near = iss !== null && iss.replace(/\/+$/, '') === e.iss.replace(/\/+$/, '');
    out.push(
      iss === e.iss
        ? { level: 'good', code: 'iss_match', message: `\`iss\` is ${e.iss}.` }
        : {
            level: 'bad',
            code: 'iss_mismatch',
            message:
              iss === null
                ? `The token has no \`iss\`, but the API expects ${e.iss}.`
                : `\`iss\` is ${iss}, not ${e.iss}${near ? ' — they differ only in a trailing slash, which issuer checks do not ignore' : ': a token from another issuer, tenant or environment'}.`,
          },
    );
  }
  const required = e.scope.split(/[\s,]+/).filter(Boolean);
  if (required.length) {
    const have = new Set(tokenScopes(c));
    const missing = required.filter((s) => !have.has(s));
    out.push(
      missing.length
        ? {
            level: 'bad',
            code: 'scope_missing',
            message: `Missing scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; the token has ${have.size ? [...have].join(' ') : 'none'}. An API answers 403 (insufficient_scope) for this.`,
          }
        : {
            level: 'good',
            code: 'scope_present',
            message: `Has the required scope${required.length > 1 ? 's' : ''} ${required.join(', ')}.`,
          },
    );
  }
  return out;
}
