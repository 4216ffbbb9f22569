import { z } from 'zod';

/**
 * What the user says the API expects. Not secret, so it is the only thing a share link carries:
 * the token and the key never go into a link.
 */
export const expectationsSchema = z.object({
  aud: z.string().trim().max(512).default(''),
  iss: z.string().trim().max(512).default(''),
  /** Required scopes, space- or comma-separated. */
  scope: z.string().trim().max(1024).default(''),
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
  const parsed = expectationsSchema.safeParse(Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])));
  return {
    expectations: parsed.success ? parsed.data : expectationsSchema.parse({}),
    token: params.get('token'),
  };
}
