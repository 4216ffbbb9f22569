import { headerValue, makeSnapshot } from '../header-lines';
import type { HttpSnapshot } from '../types';
import { parseBare } from './bare';
import { looksLikeCurlVerbose, parseCurlVerbose } from './curl-verbose';
import { looksLikeErrorText, readErrorText } from './error-text';
import { isHar, parseHar } from './har-input';
import { looksLikeHttp, looksLikeHttpStart, parseHttpText } from './http-text';
import { readEnvelope } from './json-input';
import { errorShaped, readLooseJson, strictString } from './lenient';
import { normaliseBody, snapshotsFromLoose } from './loose-body';
import { readEmbeddedResponse } from './embedded-body';
import { unwrapInnerBody } from './inner-body';
import { headerPairs, memberFragment } from './header-map';
import { stripLogPrefixes } from './log-prefix';
import { compileSignatures, withSignatures, type ParseKnowledge } from './signatures';

export type { ParseKnowledge } from './signatures';

/** Inputs beyond this are cut (and a warning says so): 5 MB of text. */
export const MAX_INPUT_CHARS = 5 * 1024 * 1024;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** One pass to learn whether there is anything to clean at all (the common case: no). */
const ODD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** The readers, tried in order; the first that claims the text wins. JSON is handled before them. */
/** A line that opens a printed map's member (`'retry-after': '2.0',`, `connection: 'close',`). */
const MEMBER_START = /^\s*(?:'[^'\n]+'|"[^"\n]+"|[A-Za-z][\w-]*)\s*:\s*['"\d[]/;

const READERS: {
  name: string;
  claims: (text: string, lines: string[]) => boolean;
  read: (text: string) => HttpSnapshot | null;
}[] = [
  { name: 'curl-verbose', claims: (t) => looksLikeCurlVerbose(t), read: parseCurlVerbose },
  { name: 'raw-http', claims: (_, l) => looksLikeHttpStart(l), read: (t) => parseHttpText(t) },
  { name: 'bare', claims: (t) => t.length < 2000 && !t.includes('\n'), read: parseBare },
  // An HTML page pasted alone is a response body (a proxy's or a server's error page), whatever
  // exception names it quotes: its title states the status (read by the analysis).
  {
    name: 'html-page',
    claims: (t) => /^<(?:!doctype html|html)\b/i.test(t),
    read: (t) => makeSnapshot({ source: 'body', body: t }),
  },
  // An object's members copied without its braces: a header map's are the headers
  // (`console.log(res.headers)`), an error body's are the body.
  {
    name: 'members',
    claims: (_, l) => l.length >= 3 && MEMBER_START.test(l[0] ?? ''),
    read: (t) => {
      const got = memberFragment(t, firstLines(t));
      if (!got) return null;
      if ('headers' in got) return makeSnapshot({ source: 'headers', headers: got.headers });
      return errorShaped(got.body) ? makeSnapshot({ source: 'body', body: JSON.stringify(got.body) }) : null;
    },
  },
  { name: 'error-text', claims: () => true, read: readErrorSnapshot },
  { name: 'headers', claims: (_, l) => looksLikeHttp(l), read: (t) => parseHttpText(t, 'headers') },
];

/**
 * Reads whatever a person pasted into one snapshot per HTTP exchange (several for a HAR).
 * Never throws: what cannot be read becomes a warning on the snapshot. `knowledge` carries
 * the error-signature table (content/error-signatures.yaml); without it, error text yields
 * no codes.
 */
export function parseInput(input: string, knowledge: ParseKnowledge = {}): HttpSnapshot[] {
  return withSignatures(compileSignatures(knowledge.errorSignatures), () => parseWith(input));
}

function parseWith(input: string): HttpSnapshot[] {
  const warnings: string[] = [];
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_INPUT_CHARS) {
    warnings.push(`the input is ${(text.length / 1048576).toFixed(1)} MB; only the first 5 MB were read`);
    text = text.slice(0, MAX_INPUT_CHARS);
  }
  text = cleanBinary(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, warnings);
  const trimmed = stripLogPrefixes(text).trim();
  let snapshots: HttpSnapshot[];
  try {
    snapshots = trimmed === '' ? [makeSnapshot({ source: 'empty', warnings: ['the input is empty'] })] : read(trimmed);
  } catch (e) {
    // Readers are written not to throw; this is the last line of defence for the "never throws" promise.
    snapshots = [
      makeSnapshot({
        source: 'body',
        body: trimmed,
        warnings: [`the input could not be read (${e instanceof Error ? e.name : 'error'})`],
      }),
    ];
  }
  for (const s of snapshots) {
    s.warnings.unshift(...warnings);
    unwrapInnerBody(s);
    checkBody(s);
  }
  return snapshots;
}

function read(text: string, depth = 0): HttpSnapshot[] {
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      const obj: unknown = JSON.parse(text);
      if (isHar(obj)) return parseHar(obj).map(normalised);
      const envelope = readEnvelope(obj);
      if (envelope) normaliseBody(envelope);
      // A structured log line (zap, pino, bunyan: `{"level": "warn", "msg": "… status code: 401 …"}`) is error text.
      const logged = envelope ? null : structuredLogLine(obj, text);
      const headers = envelope || logged ? null : headerPairs(obj);
      if (headers) return [makeSnapshot({ source: 'headers', headers })];
      return [envelope ?? logged ?? makeSnapshot({ source: 'body', body: text })];
    } catch (e) {
      const har = /^\{\s*"log"\s*:/.test(text);
      // A Python dict, a Node console.log, a Ruby hash, JSON with comments or cut off: read as the JSON it stands for.
      const loose = har ? null : readLooseJson(text);
      if (loose) return snapshotsFromLoose(loose);
      // `[2024-05-01 12:00:00] ERROR … {…}` or `{Some.Exception: …}` is error text, not JSON: the text readers take it.
      if ((text.startsWith('[') && !/^\[\s*[[{"\d-]/.test(text)) || (!har && looksLikeErrorText(text)))
        return readText(text);
      // A printed object followed by more output (Node's `{ id: 'unauthorized', … }` then
      // `undefined`), or a line that starts with a bracket (`[403] Client error: …`).
      const printed = har ? null : readErrorSnapshot(text);
      if (printed) {
        normaliseBody(printed);
        return [printed];
      }
      const what = har ? 'the HAR file' : 'the JSON';
      const reason = e instanceof Error ? e.message.slice(0, 120) : 'unparseable';
      return [
        makeSnapshot({
          source: 'body',
          body: text,
          warnings: [`${what} is malformed or truncated and was read as text (${reason})`],
        }),
      ];
    }
  }
  if (text.startsWith('"') || /^(?:[bu]'[[{]|<ref \*\d)/i.test(text)) {
    // JSON encoded twice (a JSON string holding JSON), or a body printed as Python bytes.
    const loose = readLooseJson(text);
    if (loose) return snapshotsFromLoose(loose);
    // A log or a tool that printed the error message as a JSON string (`"Error in tool …: Response:
    // {\"error\": …}"`): the message inside is what was said.
    const inner = depth < 2 && text.startsWith('"') && text.endsWith('"') ? strictString(text) : null;
    if (inner !== null && inner.trim() !== '') return read(inner.trim(), depth + 1);
  }
  return readText(text);
}

function readText(text: string): HttpSnapshot[] {
  // Detection looks at the head only; the readers then see the whole text.
  const head = text.length > 65_536 ? text.slice(0, 65_536) : text;
  const lines = firstLines(head);
  for (const reader of READERS) {
    if (!reader.claims(head, lines)) continue;
    const snap = reader.read(text);
    if (snap) {
      normaliseBody(snap);
      return [snap];
    }
  }
  return [makeSnapshot({ source: 'body', body: text })];
}

function normalised(s: HttpSnapshot): HttpSnapshot {
  normaliseBody(s);
  return s;
}

function readErrorSnapshot(text: string): HttpSnapshot | null {
  const reading = readErrorText(text);
  // The response body printed inside the line (a JSON, a Python dict, a Node object): the API's own words win.
  // Any text that is not HTTP headers may carry an error-shaped body (`… returned error 200: {"ok":false,…}`).
  const headers = looksLikeHttp(firstLines(text));
  if (reading ? !reading.error || reading.status !== null : !headers || looksLikeErrorText(text)) {
    const embedded = readEmbeddedResponse(text, {
      status: reading?.status ?? null,
      statusText: null,
      url: reading?.url ?? null,
      code: reading?.code ?? null,
    });
    if (embedded) return embedded;
  }
  if (!reading) return headers ? headerLinesAroundBody(text) : null;
  return makeSnapshot({
    source: 'error-text',
    status: reading.status,
    body: text,
    error: reading.error,
    bareCode: reading.code,
    request: reading.url ? { method: null, url: reading.url, headers: [] } : null,
  });
}

const ERROR_MEMBER_LINE = /^[ \t]{0,8}(?:message|error|exception|errorMessage|error_message)[ \t]{0,4}:/im;

/** The error text inside a JSON log record, when its message states a status or a transport failure. */
function structuredLogLine(obj: unknown, text: string): HttpSnapshot | null {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return null;
  const o = obj as Record<string, unknown>;
  if (!('level' in o || 'severity' in o) || !(typeof o.msg === 'string' || typeof o.message === 'string')) return null;
  const snap = readErrorSnapshot(text);
  return snap && (snap.status !== null || snap.error !== null) ? snap : null;
}

/**
 * Lines that read like headers (`cli.azure.cli.core.sdk.policies: {"error": …}`, a log's
 * `key: value` lines) with an error body printed among them rather than after a blank line:
 * the body is that printed value, the header lines stay headers. Null when the header reader
 * finds a body of its own (a real headers-then-body paste) or no error-shaped value is there.
 */
function headerLinesAroundBody(text: string): HttpSnapshot | null {
  const asHeaders = parseHttpText(text, 'headers');
  if (asHeaders && /^\s*[[{]/.test(asHeaders.body)) return null;
  const embedded = readEmbeddedResponse(text, { status: null, statusText: null, url: null, code: null });
  // `message: "CSRF token mismatch."` / `exception: "…"` lines (a DevTools preview, a YAML-ish log):
  // the lines are the error's members, not headers; the words are read as the body.
  if (
    !embedded &&
    asHeaders &&
    asHeaders.status === null &&
    asHeaders.body.trim() === '' &&
    ERROR_MEMBER_LINE.test(text)
  )
    return makeSnapshot({ source: 'error-text', body: text, headers: asHeaders.headers });
  if (!embedded || !asHeaders) return embedded;
  embedded.headers = asHeaders.headers;
  embedded.status ??= asHeaders.status;
  return embedded;
}

/**
 * The first `n` lines of the text's first `within` characters (what `split(/\r?\n/, n)` of
 * that slice gives, without a regex pass or a copy of the slice): the readers decide on these.
 */
function firstLines(text: string, n = 16, within = 8192): string[] {
  const lines: string[] = [];
  const end = Math.min(text.length, within);
  let pos = 0;
  while (lines.length < n) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0 || nl >= end) {
      lines.push(text.slice(pos, end));
      break;
    }
    lines.push(text.slice(pos, nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
    pos = nl + 1;
  }
  return lines;
}

function cleanBinary(text: string, warnings: string[]): string {
  if (!ODD.test(text)) return text;
  const sample = text.slice(0, 8192);
  const odd = (sample.match(CONTROL)?.length ?? 0) + (sample.match(/\uFFFD/g)?.length ?? 0);
  if (odd > sample.length * 0.05)
    warnings.push('the input contains binary data (compressed or non-text bytes); those bytes were dropped');
  else warnings.push('the input contains control characters; they were dropped');
  return text.replace(CONTROL, '');
}

/** Chunked bodies copied from a raw socket, and bodies shorter than their Content-Length. */
function checkBody(s: HttpSnapshot) {
  if (/chunked/i.test(headerValue(s.headers, 'transfer-encoding') ?? '') && /^[0-9a-f]{1,8}\r?\n/i.test(s.body)) {
    s.body = dechunk(s.body);
  }
  const length = Number(headerValue(s.headers, 'content-length'));
  if (
    Number.isFinite(length) &&
    length > 0 &&
    s.body.length < length &&
    s.status !== 204 &&
    s.status !== 304 &&
    s.request?.method !== 'HEAD'
  ) {
    const bytes = new TextEncoder().encode(s.body).length;
    // Pasting loses a few bytes (CRLFs, a trailing newline); only a clear shortfall is truncation.
    if (
      bytes < length - 16 &&
      bytes < length * 0.95 &&
      !/gzip|br|deflate|zstd/i.test(headerValue(s.headers, 'content-encoding') ?? '')
    ) {
      s.warnings.push(`the body is truncated: ${bytes} of ${length} bytes (Content-Length)`);
    }
  }
}

function dechunk(body: string): string {
  let out = '';
  let rest = body;
  for (let n = 0; n < 10_000; n++) {
    const m = /^([0-9a-f]{1,8})[^\r\n]*(?:\r?\n|$)/i.exec(rest);
    if (!m) return out + rest;
    const size = parseInt(m[1] ?? '0', 16);
    if (size === 0) return out;
    out += rest.slice(m[0].length, m[0].length + size);
    rest = rest.slice(m[0].length + size).replace(/^\r?\n/, '');
  }
  return out;
}
