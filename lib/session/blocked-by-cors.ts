import { headerValue } from '../diagnose/header-lines';
import { groupBy, label, originOf, refusedByBrowser, type Detector, type Diagnosed } from './detector-kit';
import { thresholdsOf } from './pattern-schema';

/** Methods a preflight never has to list (the CORS-safelisted ones). */
const SAFELISTED = new Set(['GET', 'HEAD', 'POST']);
const names = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/**
 * Why a preflight did not let the call through, or null when it did. A preflight with no
 * answer at all failed on the network (refused, unreachable): that is not a CORS verdict.
 */
function preflightRefusal(x: Diagnosed): string | null {
  if (x.status === null) return null;
  const res = x.snapshot.headers;
  const allowOrigin = headerValue(res, 'access-control-allow-origin');
  if (x.status < 200 || x.status >= 300)
    return `its preflight (OPTIONS) answered ${x.status}${allowOrigin ? '' : ' without CORS headers'}`;
  if (!allowOrigin) return 'its preflight (OPTIONS) answered without Access-Control-Allow-Origin';
  const allowHeaders = headerValue(res, 'access-control-allow-headers');
  const allowed = names(allowHeaders);
  const missing = names(headerValue(x.requestHeaders, 'access-control-request-headers')).filter(
    (h) => !allowed.includes(h) && !allowed.includes('*'),
  );
  if (missing.length > 0)
    return `its preflight (OPTIONS) did not allow the request header ${missing.join(', ')} (Access-Control-Allow-Headers: ${allowHeaders ?? 'none'})`;
  const method = headerValue(x.requestHeaders, 'access-control-request-method')?.toUpperCase();
  const methods = names(headerValue(res, 'access-control-allow-methods'));
  if (method && !SAFELISTED.has(method) && !methods.includes(method.toLowerCase()) && !methods.includes('*'))
    return `its preflight (OPTIONS) did not allow the method ${method}`;
  return null;
}

/** Why the browser refused a cross-origin response the server did send, or null. */
function responseRefusal(x: Diagnosed): string | null {
  const origin = headerValue(x.requestHeaders, 'origin');
  if (x.status === null || !x.clientError || !refusedByBrowser(x) || !origin || origin === originOf(x.url)) return null;
  const allowOrigin = headerValue(x.snapshot.headers, 'access-control-allow-origin');
  if (!allowOrigin) return `its ${x.status} response carried no Access-Control-Allow-Origin for ${origin}`;
  if (allowOrigin !== '*' && allowOrigin !== origin)
    return `its ${x.status} response allowed only ${allowOrigin}, not ${origin}`;
  return null;
}

/**
 * Calls the browser blocked for CORS: a preflight that refused them (an error status, no
 * Access-Control-Allow-Origin, a requested header or method not allowed) paired with the
 * blocked call to the same URL — Chrome records the call before its preflight, so both
 * directions count — and cross-origin responses refused for their own CORS headers.
 * One finding per URL.
 */
export const blockedByCors: Detector = (xs, p) => {
  const t = thresholdsOf(p, 'cors_preflight_failure');
  const near = (a: Diagnosed, b: Diagnosed) =>
    a.startMs === null || b.startMs === null
      ? Math.abs(a.index - b.index) <= 50
      : Math.abs(a.startMs - b.startMs) <= t.withinSeconds * 1000;
  const found = new Map<string, { reason: string; involved: Map<number, Diagnosed> }>();
  const add = (url: string, reason: string, involved: Diagnosed[]) => {
    const f = found.get(url) ?? { reason, involved: new Map<number, Diagnosed>() };
    for (const x of involved) f.involved.set(x.index, x);
    found.set(url, f);
  };
  for (const [url, calls] of groupBy(xs, (x) => x.url)) {
    for (const x of calls) {
      const reason = x.method === 'OPTIONS' ? preflightRefusal(x) : responseRefusal(x);
      if (!reason) continue;
      if (x.method !== 'OPTIONS') {
        add(url, reason, [x]);
        continue;
      }
      const blocked = calls.filter((y) => y.method !== 'OPTIONS' && refusedByBrowser(y) && near(x, y));
      if (blocked.length > 0) add(url, reason, [x, ...blocked]);
    }
  }
  return [...found].map(([url, f]) => {
    const involved = [...f.involved.values()].sort((a, b) => a.index - b.index);
    return {
      entries: involved.map((x) => x.index),
      evidence: [f.reason, ...involved.slice(0, 6).map(label)],
      vars: { target: url, reason: f.reason },
    };
  });
};
