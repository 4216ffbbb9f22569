import { headerValues } from './header-lines';
import type { Analysis } from './analysis';

const JWT = /\b(eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*)/;

/** The claims of a JWT that matter for a diagnosis. Decoded locally; never verified, never sent anywhere. */
export interface TokenClaims {
  exp: number | null;
  nbf: number | null;
  iat: number | null;
  aud: string | null;
  iss: string | null;
  scope: string | null;
  where: string;
}

/** Decodes a JWT's payload (base64url JSON) or returns null. */
export function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part || part.length > 16_384) return null;
  try {
    const b64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Finds a bearer JWT in the request (curl -v `>` lines, HAR, envelope) or a pasted token. */
export function findToken(a: Analysis): TokenClaims | null {
  const candidates: [string, string][] = [];
  for (const v of headerValues(a.snap.request?.headers ?? [], 'authorization'))
    candidates.push([v, 'the request’s Authorization header']);
  if (a.snap.bareCode) candidates.push([a.snap.bareCode, 'the pasted token']);
  if (a.snap.source === 'error-text' || a.snap.source === 'body') {
    const m = /\bBearer\s+(eyJ\S+)/.exec(a.text);
    if (m?.[1]) candidates.push([m[1], 'a Bearer token in the text']);
  }
  for (const [value, where] of candidates) {
    const token = JWT.exec(value)?.[1];
    const payload = token ? decodeJwtPayload(token) : null;
    if (!payload) continue;
    const num = (k: string) =>
      typeof payload[k] === 'number' && Number.isFinite(payload[k]) ? (payload[k] as number) : null;
    const text = (v: unknown) =>
      typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' ') : null;
    return {
      exp: num('exp'),
      nbf: num('nbf'),
      iat: num('iat'),
      aud: text(payload.aud),
      iss: text(payload.iss),
      scope: text(payload.scope) ?? text(payload.scp),
      where,
    };
  }
  return null;
}

/** "3 h 12 min", "45 s", "2 d 4 h": a duration as a person reads it. */
export function formatDuration(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  if (s < 86400)
    return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
  return `${Math.floor(s / 86400)} d${Math.floor((s % 86400) / 3600) ? ` ${Math.floor((s % 86400) / 3600)} h` : ''}`;
}
