/**
 * The one secrets policy of the portal. Every output — share links, the support curl,
 * playground history and exports, the diagnosis JSON, logs — asks this module what is
 * secret and how to hide it, so they can no longer disagree.
 */
export { isCookieHeader, isSecretField, isSecretHeader, isSecretParam } from './names';
export { MARK, maskCookie, maskCredential, timingOnlyJwt } from './values';
export { MAX_REDACT_CHARS, redactText, scrub } from './text';
export { redactHeaders, redactUrl, redactBody } from './structured';
export { scrubDeep } from './deep';
