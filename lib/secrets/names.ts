/**
 * Which names carry a secret: header names, query parameters, cookie names, JSON and form
 * fields. One decision for every output of the portal (share links, the support curl,
 * history, exports, the diagnosis, logs). Pure: runs in the browser, the engine and the server.
 *
 * Names are compared in a normal form (lower-case, letters and digits only, trailing digits
 * dropped) so `X-Hub-Signature-256`, `x_hub_signature` and `xHubSignature` are one name.
 */

const norm = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/\d+$/, '');

/** Endings that mark a credential in any kind of name (`clientSecret`, `X-Session-Id`, `SecretAccessKey`). */
const SECRET_ENDING =
  /(?:token|secret|password|passwd|passphrase|apikey|accesskey|secretkey|privatekey|authkey|functionskey|subscriptionkey|masterkey|signingkey|hostkey|signature|credential|credentials|cookie|sessionid|sessionkey|session|authorization|jwt|dpop|otp)$/;

/** Whole names that are credentials although no ending says so. */
const SECRET_EXACT = new Set(['key', 'sig', 'auth', 'pass', 'pwd', 'bearer', 'assertion', 'sid', 'privatetoken']);

/** Names that look alike but carry no secret, and that diagnosis needs to see. */
const NOT_SECRET = new Set([
  'wwwauthenticate',
  'proxyauthenticate',
  'authenticationinfo',
  'idempotencykey',
  'secwebsocketkey',
  'secwebsocketaccept',
  'tokentype',
  'accesscontrolallowcredentials', // CORS: "true", and needed to diagnose CORS
  'sessionstate', // OIDC session_state is an opaque status, sent back in the clear
]);

/**
 * A superset of the names above, as a regex fragment: every secret name contains one of these
 * words. The text redactor uses it as a cheap pre-filter so that it only calls back into this
 * module for names that may be secret; the decision itself stays in `isSecretName`.
 */
export const SECRET_HINT = String.raw`(?:key|token|secret|pass|pwd|auth|sig|session|cookie|credential|jwt|dpop|otp|sid|bearer|assertion|security|code)`;

// Names repeat a lot in crafted input; remember the last few thousand answers.
const memo = new Map<string, boolean>();
function isSecretName(name: string): boolean {
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const answer = decide(name);
  if (memo.size > 4096) memo.clear();
  memo.set(name, answer);
  return answer;
}

function decide(name: string): boolean {
  const n = norm(name);
  if (n === '' || NOT_SECRET.has(n)) return false;
  return SECRET_EXACT.has(n) || SECRET_ENDING.test(n) || n.startsWith('secret') || n.startsWith('xamzsecurity');
}

/** A request or response header whose value is a credential (Authorization, Cookie, Set-Cookie, X-Signature…). */
export const isSecretHeader = (name: string): boolean => isSecretName(name);

/**
 * A query parameter or form field whose value is a credential. `code` counts here: in a
 * query string it is an OAuth authorization code, which can be exchanged for tokens.
 */
export const isSecretParam = (name: string): boolean => norm(name) === 'code' || isSecretName(name);

/** A JSON member whose value is a credential. Not `code`: in JSON bodies that is the error code diagnosis needs. */
export const isSecretField = (name: string): boolean => isSecretName(name);

/** Cookie values are always credentials (session ids); only their names and attributes may be shown. */
export const isCookieHeader = (name: string): boolean => /^(?:set-)?cookie2?$/i.test(name.trim());
