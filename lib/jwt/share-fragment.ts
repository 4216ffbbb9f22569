import type { Expectations } from './expectations';

/** The fields a share link may carry: what the API expects, never a token or a key. */
export const EXPECTATION_KEYS = ['aud', 'iss', 'scope'] as const;

/** Nothing expected yet. Kept apart from the zod schema so the page can render before zod loads. */
export const NO_EXPECTATIONS: Expectations = { aud: '', iss: '', scope: '' };

/** `#aud=…&iss=…&scope=…`: a fragment, so even these stay out of server logs. Empty when nothing is set. */
export function shareFragment(e: Expectations): string {
  const params = new URLSearchParams();
  for (const k of EXPECTATION_KEYS) if (e[k]) params.set(k, e[k]);
  const q = params.toString();
  return q ? `#${q}` : '';
}
