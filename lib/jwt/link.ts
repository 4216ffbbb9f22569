import { findJwt } from './decode';

/** The `/jwt` link for a token: it rides in the fragment, which browsers never send to a server. */
export function inspectHref(token: string): string {
  return `/jwt#${new URLSearchParams({ token })}`;
}

/** A link to inspect the JWT found in a diagnosed exchange (its Authorization header, the paste, the body), or null. */
export function inspectHrefIn(texts: (string | null | undefined)[]): string | null {
  const token = findJwt(texts.filter(Boolean).join('\n'));
  return token ? inspectHref(token) : null;
}
