import { headerValue } from './header-lines';
import { probeJsonObject } from './json-probe';
import { JSON_PARSE_CAP, takeParsed } from './json-memo';
import { valuesAt, type PathStep } from './json-path';
import type { HttpSnapshot } from './types';
import { textWords } from './rule-words';

/** Regexes (rules and detection) never see more than this much text (head and tail of the body), so a 5 MB body costs what 32 KB does. */
export const REGEX_INPUT_CAP = 32 * 1024;
/** No header value or status reason a regex sees is longer: real ones are far shorter, crafted ones would cost time. */
const HEADER_VALUE_CAP = 8 * 1024;

export type BodyKind = 'json' | 'xml' | 'html' | 'text' | 'empty';

/** Everything the classifier derives once from a snapshot and shares between its steps. */
export interface Analysis {
  snap: HttpSnapshot;
  /** The snapshot's status, or one stated in the body (`"status": 401`) when the input had none. */
  status: number | null;
  statusFromBody: boolean;
  /** Header values by lower-cased name. */
  headers: Map<string, string[]>;
  json: unknown;
  bodyKind: BodyKind;
  /** Body (capped) plus any error message, for regex rules. */
  text: string;
  /** `text` lower-cased, for cheap literal checks before regexes run. */
  lower: string;
  /** Lower-cased host of the request, when known. */
  host: string | null;
  /** The response's `Date` in ms, or null. */
  date: number | null;
  /** The clock the diagnosis compares against: the response Date, else `now`. */
  base: number;
  now: number;
  warnings: string[];
  /** the words of `lower` (see wordsOf), collected on first use */
  words: Set<string> | null;
  /** values at the JSON paths conditions asked about (see valuesIn), by compiled path */
  paths: Map<readonly PathStep[], unknown[]> | null;
}

/** valuesAt on the analysed body, walked once per distinct path: many signals ask about `error.code`. */
export function valuesIn(a: Analysis, steps: readonly PathStep[]): unknown[] {
  const memo = (a.paths ??= new Map());
  let values = memo.get(steps);
  if (!values) memo.set(steps, (values = valuesAt(a.json, steps)));
  return values;
}

/** The words of the analysed text (runs of 3+ ASCII letters and digits), collected once per response. */
export function wordsOf(a: Analysis): ReadonlySet<string> {
  return (a.words ??= textWords(a.lower, true));
}

/** Error messages and status reasons longer than this are cut before anything reads them. */
const MESSAGE_CAP = 8 * 1024;
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/**
 * The snapshot with every field that is not the body bounded (status reason, error message,
 * header values): each step of the engine may scan them, so a crafted 1 MB one costs what 8 KB does.
 */
export function boundSnapshot(snap: HttpSnapshot): HttpSnapshot {
  const long = (s: string | null | undefined) => (s?.length ?? 0) > MESSAGE_CAP;
  if (
    !long(snap.statusText) &&
    !long(snap.error?.message) &&
    !long(snap.bareCode) &&
    !long(snap.context) &&
    !snap.headers.some(([, v]) => v.length > HEADER_VALUE_CAP)
  )
    return snap;
  return {
    ...snap,
    statusText: snap.statusText === null ? null : cut(snap.statusText, MESSAGE_CAP),
    bareCode: snap.bareCode === null ? null : cut(snap.bareCode, MESSAGE_CAP),
    ...(snap.context !== undefined ? { context: cut(snap.context, MESSAGE_CAP) } : {}),
    error: snap.error ? { ...snap.error, message: cut(snap.error.message, MESSAGE_CAP) } : null,
    headers: snap.headers.map(([n, v]): [string, string] => [n, cut(v, HEADER_VALUE_CAP)]),
  };
}

export function analyse(snap: HttpSnapshot, now: number): Analysis {
  const headers = new Map<string, string[]>();
  for (const [n, raw] of snap.headers) {
    const key = n.toLowerCase();
    const v = raw.length > HEADER_VALUE_CAP ? raw.slice(0, HEADER_VALUE_CAP) : raw;
    const list = headers.get(key);
    if (list) list.push(v);
    else headers.set(key, [v]);
  }
  const warnings = [...snap.warnings];
  const body = snap.body;
  const { json, kind } = readBody(body, headers.get('content-type')?.[0] ?? '', warnings);
  const capped =
    body.length > REGEX_INPUT_CAP ? body.slice(0, REGEX_INPUT_CAP - 4096) + '\n' + body.slice(-4096) : body;
  // WWW-Authenticate's error_description is error text too ("The access token expired").
  const extra = [
    snap.error?.message,
    snap.bareCode,
    snap.statusText,
    ...(headers.get('www-authenticate') ?? []),
    snap.context,
  ]
    .filter(Boolean)
    .join('\n')
    .slice(0, HEADER_VALUE_CAP); // bounded like the body: these are searched by the same rules
  const dateHeader = headers.get('date')?.[0];
  const parsedDate = dateHeader ? Date.parse(dateHeader) : NaN;
  const date = Number.isFinite(parsedDate) ? parsedDate : null;
  const bodyStatus = snap.status === null ? (statusInBody(json) ?? statusInText(body, kind)) : null;
  const text = extra ? `${capped}\n${extra}` : capped;
  return {
    snap,
    status: snap.status ?? bodyStatus,
    statusFromBody: snap.status === null && bodyStatus !== null,
    headers,
    json,
    bodyKind: kind,
    text,
    lower: text.toLowerCase(),
    host: hostOf(snap),
    date,
    base: date ?? now,
    now,
    warnings,
    words: null,
    paths: null,
  };
}

function readBody(body: string, contentType: string, warnings: string[]): { json: unknown; kind: BodyKind } {
  const t = body.trimStart();
  if (t === '') return { json: undefined, kind: 'empty' };
  const first = t[0];
  if (first === '{' || first === '[' || /json/i.test(contentType)) {
    if (body.length > JSON_PARSE_CAP && first === '{') {
      const probed = probeJsonObject(t);
      if (probed) return { json: probed, kind: 'json' };
    }
    try {
      return { json: takeParsed(t)?.value ?? (JSON.parse(t) as unknown), kind: 'json' };
    } catch {
      if (first === '{' || first === '[') {
        // A body the paste or the tool already cut short (5 MB cap, Content-Length shortfall) is
        // not malformed: that warning is said once, by whoever cut it.
        if (!warnings.some((w) => /malformed or truncated|truncated|only the first/.test(w)))
          warnings.push('the body looks like JSON but is malformed or truncated; it was read as text');
        return { json: undefined, kind: 'text' };
      }
    }
  }
  if (first === '<')
    return {
      json: undefined,
      kind: /^<(?:!doctype html|html|head|body)\b/i.test(t) || /<html\b/i.test(t.slice(0, 2048)) ? 'html' : 'xml',
    };
  return { json: undefined, kind: 'text' };
}

/** `"status": 401` (many envelopes and problem+json), a numeric `error.code`, a `kind: Status` object's `code`. */
function statusInBody(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  const err = typeof o.error === 'object' && o.error !== null ? (o.error as Record<string, unknown>) : null;
  for (const raw of [o.status, o.statusCode, err?.code, o.kind === 'Status' ? o.code : undefined]) {
    const v = typeof raw === 'string' && /^\d{3}$/.test(raw) ? Number(raw) : raw; // some APIs send "status": "401" as a string
    if (typeof v === 'number' && isHttpStatus(v)) return v;
  }
  return null;
}

/** A short plain-text error page that states its status on a line (`504: GATEWAY_TIMEOUT`, `401 HTTP Basic: Access Denied`). */
function statusInText(body: string, kind: BodyKind): number | null {
  if (kind === 'html') {
    // An error page's title or heading: `<title>502 Bad Gateway</title>`, `<h1>404 Not Found</h1>`.
    const m = /<(?:title|h1)>\s{0,20}([45]\d\d)\b/i.exec(body.slice(0, 4096));
    return m ? Number(m[1]) : null;
  }
  if (kind !== 'text' || body.length > 4096) return null;
  const m = /^[ \t]*([45]\d\d)(?::[ \t]*| )[A-Z][A-Za-z_]{2,}/m.exec(body);
  return m ? Number(m[1]) : null;
}

function hostOf(snap: HttpSnapshot): string | null {
  const url = snap.request?.url;
  if (url) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url);
    if (m?.[1]) return m[1].toLowerCase();
  }
  const host = snap.request
    ? (headerValue(snap.request.headers, 'host') ?? headerValue(snap.request.headers, ':authority'))
    : null;
  return host ? host.replace(/:\d+$/, '').toLowerCase() : null;
}

/** A number that can be an HTTP status (an API's own error code 190 cannot). */
export const isHttpStatus = (n: number): boolean =>
  Number.isInteger(n) && ((n >= 100 && n <= 103) || (n >= 200 && n <= 599));

/** The first value of a header in an analysis. */
export const header = (a: Analysis, name: string): string | null => a.headers.get(name)?.[0] ?? null;

export { isObject } from './json-path';
