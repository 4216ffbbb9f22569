// zod/mini: the same validation, tree-shaken, so the /jwt page does not ship all of zod (~30 KB gzip).
import * as z from 'zod/mini';

/**
 * What the user says the API expects. Not secret, so it is the only thing a share link carries:
 * the token and the key never go into a link.
 */
const text = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max)), '');
export const expectationsSchema = z.object({
  aud: text(512),
  iss: text(512),
  /** Required scopes, space- or comma-separated. */
  scope: text(1024),
});
export type Expectations = z.infer<typeof expectationsSchema>;

const KEYS = ['aud', 'iss', 'scope'] as const;

/** `#aud=…&iss=…&scope=…`: a fragment, so even these stay out of server logs. Empty when nothing is set. */
export function shareFragment(e: Expectations): string {
  const params = new URLSearchParams();
  for (const k of KEYS) if (e[k]) params.set(k, e[k]);
  const q = params.toString();
  return q ? `#${q}` : '';
}

/** Reads a `/jwt` fragment: the expectations, and a token when `/diagnose` put one there (`#token=…`). */
export function readFragment(hash: string): { expectations: Expectations; token: string | null } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  // Field by field, so one oversized value is dropped without losing the others.
  const expectations = expectationsSchema.parse({});
  for (const k of KEYS) {
    const r = expectationsSchema.shape[k].safeParse(params.get(k) ?? '');
    if (r.success) expectations[k] = r.data;
  }
  return { expectations, token: params.get('token') };
}
