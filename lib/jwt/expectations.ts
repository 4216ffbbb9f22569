// zod/mini: the same validation with a smaller bundle; /jwt loads this module only to read a fragment.
import * as z from 'zod/mini';
import { EXPECTATION_KEYS as KEYS } from './share-fragment';

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
