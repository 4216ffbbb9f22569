/**
 * Why a browser would block a cross-origin call the server answered: the Fetch standard's
 * CORS checks (https://fetch.spec.whatwg.org/#http-cors-protocol) applied to the preflight
 * and actual responses the probe saw. Pure: the playground feeds it probe results.
 */

export interface CorsInput {
  /** The page's origin, e.g. `https://app.example.com`. */
  origin: string;
  method: string;
  url: string;
  /** Request headers the page sets (names and values). */
  requestHeaders: [string, string][];
  /** The page sends cookies/HTTP auth (`credentials: 'include'`). */
  credentials: boolean;
  /** Response to the OPTIONS preflight, when one was needed and sent. */
  preflight: { status: number; headers: [string, string][] } | null;
  /** Response to the actual request (sent with an Origin header). */
  actual: { status: number; headers: [string, string][] } | null;
}

export interface CorsProblem {
  /** The header at fault (or `status`, `mixed-content`). */
  header: string;
  problem: string;
  fix: string;
}

export interface CorsReport {
  needsPreflight: boolean;
  /** Request headers that make a preflight necessary. */
  unsafeHeaders: string[];
  problems: CorsProblem[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'POST']);
const SAFE_CONTENT_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
// Headers a page cannot set at all (the browser drops them), so they never need CORS approval.
const FORBIDDEN = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

// Fetch §4.2 "CORS-unsafe request-header byte".
const UNSAFE_BYTE = /[\x00-\x08\x0a-\x1f"():<>?@[\\\]{}\x7f]/;

/** Is this header CORS-safelisted (Fetch §4.2), i.e. sendable without a preflight? */
function isSafelisted(name: string, value: string): boolean {
  if (value.length > 128) return false;
  const n = name.toLowerCase();
  if (n === 'accept') return !UNSAFE_BYTE.test(value);
  if (n === 'accept-language' || n === 'content-language') return /^[0-9A-Za-z *,\-.;=]*$/.test(value);
  if (n === 'content-type')
    return !UNSAFE_BYTE.test(value) && SAFE_CONTENT_TYPES.has(value.split(';')[0]!.trim().toLowerCase());
  return false;
}

const values = (headers: [string, string][], name: string) =>
  headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v.trim());
const tokens = (headers: [string, string][], name: string) =>
  values(headers, name)
    .flatMap((v) => v.split(','))
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);

function checkOrigin(where: string, headers: [string, string][], input: CorsInput, problems: CorsProblem[]) {
  const allow = values(headers, 'access-control-allow-origin');
  if (allow.length === 0) {
    problems.push({
      header: 'Access-Control-Allow-Origin',
      problem: `Missing on the ${where}.`,
      fix: `Send \`Access-Control-Allow-Origin: ${input.origin}\` (or \`*\` for a public API without credentials).`,
    });
  } else if (allow.length > 1 || allow[0]!.includes(',')) {
    problems.push({
      header: 'Access-Control-Allow-Origin',
      problem: `The ${where} has several values (${allow.join(' | ')}); browsers accept exactly one.`,
      fix: `Send one value: echo the request's Origin when it is on your allow-list (\`${input.origin}\`), and add \`Vary: Origin\`.`,
    });
  } else if (allow[0] === '*' && input.credentials) {
    problems.push({
      header: 'Access-Control-Allow-Origin',
      problem: `The ${where} allows \`*\`, which browsers refuse for requests with credentials.`,
      fix: `Echo the exact origin (\`${input.origin}\`) instead of \`*\`, with \`Vary: Origin\`.`,
    });
  } else if (allow[0] !== '*' && allow[0] !== input.origin) {
    problems.push({
      header: 'Access-Control-Allow-Origin',
      problem: `The ${where} allows \`${allow[0]}\`, not this page's origin \`${input.origin}\` (scheme, host and port must match exactly, with no trailing slash).`,
      fix: `Send \`Access-Control-Allow-Origin: ${input.origin}\` for this origin.`,
    });
  }
  if (input.credentials && values(headers, 'access-control-allow-credentials')[0] !== 'true') {
    problems.push({
      header: 'Access-Control-Allow-Credentials',
      problem: `Missing or not \`true\` on the ${where}, and the request sends credentials.`,
      fix: 'Send `Access-Control-Allow-Credentials: true` (only together with an exact origin).',
    });
  }
}

export function analyzeCors(input: CorsInput): CorsReport {
  const problems: CorsProblem[] = [];
  const method = input.method.toUpperCase();
  const sent = input.requestHeaders.filter(
    ([n]) =>
      !FORBIDDEN.has(n.toLowerCase()) && !n.toLowerCase().startsWith('sec-') && !n.toLowerCase().startsWith('proxy-'),
  );
  const unsafeHeaders = [...new Set(sent.filter(([n, v]) => !isSafelisted(n, v)).map(([n]) => n.toLowerCase()))];
  const needsPreflight = !SAFE_METHODS.has(method) || unsafeHeaders.length > 0;

  if (input.origin.startsWith('https:') && input.url.startsWith('http:')) {
    problems.push({
      header: 'mixed-content',
      problem:
        'The page is served over https and the API over http: the browser blocks this before CORS is even checked.',
      fix: 'Serve the API over https.',
    });
  }
  if (needsPreflight && input.preflight) {
    const p = input.preflight;
    if (p.status < 200 || p.status > 299) {
      problems.push({
        header: 'status',
        problem: `The preflight (OPTIONS) answered ${p.status}; it must answer with a 2xx status${p.status >= 300 && p.status < 400 ? ' and must not redirect' : ''}.`,
        fix: 'Answer OPTIONS requests for this path with 204 and the CORS headers, before any authentication check (preflights never carry credentials).',
      });
    }
    checkOrigin('preflight response', p.headers, input, problems);
    const methods = tokens(p.headers, 'access-control-allow-methods');
    const wildcard = (list: string[]) => list.includes('*') && !input.credentials;
    if (!SAFE_METHODS.has(method) && !methods.includes(method.toLowerCase()) && !wildcard(methods)) {
      problems.push({
        header: 'Access-Control-Allow-Methods',
        problem: methods.length
          ? `Lists ${methods.join(', ').toUpperCase()} but not ${method}.`
          : `Missing; ${method} needs to be allowed explicitly.`,
        fix: `Include ${method} in \`Access-Control-Allow-Methods\`.`,
      });
    }
    const allowed = tokens(p.headers, 'access-control-allow-headers');
    // `*` does not cover Authorization (Fetch standard): it must always be named.
    const missing = unsafeHeaders.filter((h) => !allowed.includes(h) && !(wildcard(allowed) && h !== 'authorization'));
    if (missing.length > 0) {
      problems.push({
        header: 'Access-Control-Allow-Headers',
        problem: `Does not allow ${missing.join(', ')}.`,
        fix: `Send \`Access-Control-Allow-Headers: ${[...new Set([...allowed.filter((h) => h !== '*'), ...missing])].join(', ')}\`.`,
      });
    }
  }
  if (input.actual) checkOrigin('response', input.actual.headers, input, problems);
  return { needsPreflight, unsafeHeaders, problems };
}
