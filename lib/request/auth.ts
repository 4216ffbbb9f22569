/** The playground's auth helpers: each produces one request header. */
export type AuthState =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'api-key'; header: string; value: string };

export const AUTH_KINDS = [
  { kind: 'none', label: 'No auth helper' },
  { kind: 'bearer', label: 'Bearer token' },
  { kind: 'basic', label: 'Basic (username and password)' },
  { kind: 'api-key', label: 'API key header' },
] as const;

const utf8Base64 = (text: string) =>
  btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''));

/** The header an auth helper adds, or null when it is off or incomplete. */
export function authHeader(auth: AuthState): [string, string] | null {
  switch (auth.kind) {
    case 'bearer':
      return auth.token.trim() ? ['Authorization', `Bearer ${auth.token.trim()}`] : null;
    case 'basic':
      return auth.username ? ['Authorization', `Basic ${utf8Base64(`${auth.username}:${auth.password}`)}`] : null;
    case 'api-key':
      return auth.header.trim() && auth.value ? [auth.header.trim(), auth.value] : null;
    default:
      return null;
  }
}
