/**
 * One line of a client's or a server's log, read for what a session needs: when, which
 * request, which status or error, how long. Formats seen in practice: ISO timestamps
 * (`2024-05-01T10:00:00.123Z`, `2024-05-01 10:00:00,123`), the common/combined access log
 * (`[10/Oct/2000:13:55:36 -0700] "GET /x HTTP/1.1" 429`), key=value logs (`status=503
 * duration=1200ms`) and client lines (`POST https://api.example.com/v1/x 500 (1.2 s)`).
 * Every pattern is linear: bounded quantifiers, no nested repetition; lines are capped.
 */
export interface LogFields {
  timeMs: number | null;
  method: string | null;
  url: string | null;
  status: number | null;
  durationMs: number | null;
}

const MAX_LINE = 4096;
const ISO = /\b(\d{4}[-/]\d\d[-/]\d\d)[T ](\d\d:\d\d:\d\d)(?:[.,](\d{1,9}))?(Z|[+-]\d\d:?\d\d)?/;
const CLF = /\[(\d\d)\/([A-Z][a-z]{2})\/(\d{4}):(\d\d:\d\d:\d\d) ([+-]\d{4})\]/;
const EPOCH = /\b(?:ts|time|timestamp)[=:]"?(\d{10}(?:\.\d{1,6})?|\d{13})\b/;
const REQUEST =
  /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE)\s+("?)(https?:\/\/[^\s"]{1,2000}|\/[^\s"]{0,2000})\2/;
/** key=value logs (Heroku's router, logfmt): `method=GET path="/x"` */
const METHOD_KV = /\bmethod=("?)(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\1(?=\s|$)/;
const PATH_KV = /\b(?:path|url|uri|request_uri)=("?)((?:https?:\/\/|\/)[^\s"]{0,2000})\1/;
const STATUS_KV = /\b(?:status|status_code|statusCode|http_status|code)["']?\s{0,3}[=:]\s{0,3}"?([1-5]\d\d)\b/;
const STATUS_AFTER = /^\s{0,5}(?:HTTP\/[\d.]{1,3}"?\s{1,5})?"?\s{0,5}(?:->|=>|→|-|:)?\s{0,5}([1-5]\d\d)\b/;
const DURATION =
  /\b(?:duration|elapsed|latency|took|rt|request_time|response_time|upstream_response_time)["']?\s{0,3}[=:]?\s{0,3}"?(\d{1,9}(?:\.\d{1,6})?)\s{0,2}(ms|s|µs|us)?\b|\((\d{1,9}(?:\.\d{1,6})?)\s{0,2}(ms|s)\)|\b(\d{1,9}(?:\.\d{1,3})?)ms\b/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function time(line: string): number | null {
  const iso = ISO.exec(line);
  if (iso) {
    const frac = (iso[3] ?? '').padEnd(3, '0').slice(0, 3);
    const zone = iso[4] ?? 'Z';
    const t = Date.parse(
      `${iso[1]!.replaceAll('/', '-')}T${iso[2]}.${frac}${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d\d)(\d\d)$/, '$1:$2')}`,
    );
    if (Number.isFinite(t)) return t;
  }
  const clf = CLF.exec(line);
  if (clf) {
    const month = MONTHS.indexOf(clf[2]!) + 1;
    const zone = clf[5]!.replace(/^([+-]\d\d)(\d\d)$/, '$1:$2');
    const t = Date.parse(`${clf[3]}-${String(month).padStart(2, '0')}-${clf[1]}T${clf[4]}${zone}`);
    if (Number.isFinite(t)) return t;
  }
  const epoch = EPOCH.exec(line);
  if (epoch) return epoch[1]!.length === 13 ? Number(epoch[1]) : Math.round(Number(epoch[1]) * 1000);
  return null;
}

function duration(line: string): number | null {
  const m = DURATION.exec(line);
  if (!m) return null;
  const value = Number(m[1] ?? m[3] ?? m[5]);
  const unit = m[2] ?? m[4] ?? (m[5] !== undefined ? 'ms' : 's');
  if (!Number.isFinite(value)) return null;
  return unit === 's' ? value * 1000 : unit === 'us' || unit === 'µs' ? value / 1000 : value;
}

/** The fields of one log line, or null when it names no request, status or error. */
export function readLogLine(input: string): LogFields | null {
  const line = input.length > MAX_LINE ? input.slice(0, MAX_LINE) : input;
  const request = REQUEST.exec(line);
  const kvMethod = request ? null : METHOD_KV.exec(line);
  const kvPath = request ? null : PATH_KV.exec(line);
  let status: number | null = null;
  const kv = STATUS_KV.exec(line);
  if (kv) status = Number(kv[1]);
  else if (request) {
    // the status usually follows the request: `"GET /x HTTP/1.1" 429` or `GET https://… 500`
    const after = STATUS_AFTER.exec(line.slice(request.index + request[0].length));
    if (after) status = Number(after[1]);
  }
  const errorish = /\b(E[A-Z]{3,}|error|exception|timed? ?out|refused|reset)\b/i.test(line);
  if (!request && !kvPath && status === null && !errorish) return null;
  return {
    timeMs: time(line),
    method: request?.[1] ?? kvMethod?.[2] ?? null,
    url: request?.[3] ?? kvPath?.[2] ?? null,
    status,
    durationMs: duration(line),
  };
}
