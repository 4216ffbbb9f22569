import { HEADER_LINE, headerValue, makeSnapshot, toStatus } from '../header-lines';
import type { HeaderPair, HttpSnapshot, SnapshotRequest } from '../types';

const STATUS_LINE = /^(HTTP\/\d(?:\.\d)?)\s+(\d{3})(?:\s+(.*))?$/i;
const REQUEST_LINE = /^([A-Z]{3,10}) (\S+) (HTTP\/\d(?:\.\d)?)$/;
/** Devtools section titles ("Response Headers (12)", "Request Headers view source"). */
const DEVTOOLS_LINE =
  /^(?:request url:?\s+\S+|status code:?\s+\d{3}(?:\s+[A-Za-z][A-Za-z ()-]{0,40})?|request method:?\s+[A-Z]{3,10})$/i;
const SECTION = /^(general|response headers|request headers)\b[^:]*$/i;
/** Devtools "General" lines, copied as `Name: value`. */
const GENERAL: Record<string, 'url' | 'method' | 'status' | 'skip'> = {
  'request url': 'url',
  'request method': 'method',
  'status code': 'status',
  'remote address': 'skip',
  'referrer policy': 'skip',
};
/** Devtools General lines have spaces in their names, unlike header lines. */
const GENERAL_LINE = /^(request url|request method|status code|remote address|referrer policy):\s*(.*)$/i;
const REQUEST_PSEUDO = new Set([':method', ':path', ':authority', ':scheme']);

/** True when the text starts like an HTTP message or a devtools copy (status line, request line, `:status`, General). */
export function looksLikeHttpStart(lines: readonly string[]): boolean {
  if (/^HTTP\/\d/.test(lines[0] ?? '')) return true;
  const head = firstLines(lines);
  const first = head[0] ?? '';
  if (STATUS_LINE.test(first) || REQUEST_LINE.test(first) || /^:status:?\s*\d{3}/.test(first)) return true;
  // DevTools' "General" block: whole lines, not a log's "status code: 403, request id: …".
  return head.some((l) => DEVTOOLS_LINE.test(l) || SECTION.test(l));
}

/** True for a block of two or more header lines at the top: headers copied without a status line. */
export function looksLikeHttp(lines: readonly string[]): boolean {
  const head = firstLines(lines);
  return (
    head.length >= 2 &&
    head.slice(0, 2).every((l) => HEADER_LINE.test(l) && !/^[\w.]+(?:Error|Exception):/.test(l)) &&
    // `remote: …` / `fatal: …` (git), `npm ERR!`-style prefixes: name: value lines, but no header among them.
    head.some((l) => HTTP_HEADER_NAME.test(l))
  );
}

/** A line whose name is an HTTP header's: hyphenated (`Content-Type`, `x-request-id`), a pseudo-header, or a one-word one. */
const HTTP_HEADER_NAME =
  /^(?::?[a-z0-9]+-[a-z0-9-]+|:(?:status|authority|method|path|scheme)|date|server|vary|etag|allow|age|via|location|expires|pragma|connection|link|host|cookie|authorization|accept|status|upgrade|refresh|trailer|forwarded|range|te|dnt)[ \t]*:/i;

const firstLines = (lines: readonly string[]) =>
  lines
    .filter((l) => l.trim() !== '')
    .slice(0, 4)
    .map((l) => l.trim());

/**
 * Raw HTTP/1.x and HTTP/2 responses, `curl -i` (incl. redirect chains and 100 Continue),
 * headers copied from devtools (General / Response / Request sections, `:status`, and the
 * name-line/value-line form), optionally preceded by the request.
 */
export function parseHttpText(text: string, source = 'raw-http'): HttpSnapshot {
  const { lines, starts } = headLines(text);
  let i = skipBlank(lines, 0);
  const snap = makeSnapshot({ source });
  let request: SnapshotRequest | null = null;
  const reqLine = REQUEST_LINE.exec(lines[i]?.trim() ?? '');
  if (reqLine) {
    request = { method: reqLine[1] ?? null, url: reqLine[2] ?? null, headers: [] };
    const block = readBlock(lines, i + 1, snap, request, true);
    i = skipBlank(lines, block);
    // A request body: the response starts at the next message.
    if (i < lines.length && !STATUS_LINE.test(lines[i]?.trim() ?? ''))
      i = lineAt(starts, nextMessage(lines, i, starts, text)) ?? i;
  }
  // Chrome's panel copied without colons: a name line, then its value line.
  const next = lines[skipBlank(lines, i + 1)]?.trim() ?? '';
  if (
    /^request url$/i.test(lines[i]?.trim() ?? '') ||
    (/^general$/i.test(lines[i]?.trim() ?? '') && /^request url$/i.test(next))
  ) {
    return pairsForm(lines.slice(i), snap);
  }
  let bodyEnd = text.length;
  for (;;) {
    const status = STATUS_LINE.exec(lines[i]?.trim() ?? '');
    if (status) {
      snap.httpVersion = status[1]?.toUpperCase() ?? null;
      snap.status = toStatus(status[2]);
      snap.statusText = status[3]?.trim() || null;
      snap.headers = [];
      i++;
    }
    i = readBlock(lines, i, snap, (request ??= { method: null, url: null, headers: [] }), false);
    // Several messages in one paste: 1xx responses are skipped, and so are the redirects of a
    // `curl -i -L` chain (a 3xx with Location followed by the next response). Any other
    // response is the answer, and its body ends where the next message starts.
    const boundary = nextMessage(lines, i, starts, text);
    const code = snap.status;
    const hop =
      code !== null && (code < 200 || (code >= 300 && code < 400 && headerValue(snap.headers, 'location') !== null));
    const at = lineAt(starts, boundary);
    if (hop && at !== null && STATUS_LINE.test(lines[at]?.trim() ?? '')) {
      i = at;
      continue;
    }
    if (boundary >= 0) bodyEnd = boundary;
    break;
  }
  if (lines[i] !== undefined && lines[i]?.trim() === '') i++;
  snap.body = i < lines.length ? text.slice(starts[i], bodyEnd) : '';
  if (bodyEnd < text.length) snap.body = snap.body.replace(/(\r?\n)+$/, '');
  if (isChunked(headerValue(snap.headers, 'transfer-encoding'))) snap.body = dechunk(snap.body);
  if (request && (request.method || request.url || request.headers.length)) snap.request = request;
  return snap;
}

/** Reads header lines into the snapshot or the request until a blank line that ends the block. */
function readBlock(
  lines: readonly string[],
  start: number,
  snap: HttpSnapshot,
  request: SnapshotRequest,
  requestOnly: boolean,
): number {
  let section: 'response' | 'request' = requestOnly ? 'request' : 'response';
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const t = line.trim();
    if (t === '') {
      // Devtools copies separate sections with blank lines; keep reading when one follows.
      const next = skipBlank(lines, i);
      if (!requestOnly && SECTION.test(lines[next]?.trim() ?? '')) {
        i = next - 1;
        continue;
      }
      break;
    }
    const sec = t.includes(':') ? null : SECTION.exec(t);
    if (sec && !requestOnly) {
      snap.source = 'devtools';
      section = /request/i.test(sec[1] ?? '') ? 'request' : 'response';
      continue;
    }
    const target: HeaderPair[] = section === 'request' ? request.headers : snap.headers;
    const m = HEADER_LINE.exec(t);
    const last = target[target.length - 1];
    if (!m && last && (line.startsWith(' ') || line.startsWith('\t'))) {
      last[1] += ' ' + t;
      continue;
    } // obsolete folding
    const g = m ?? GENERAL_LINE.exec(t);
    if (!g) break;
    apply(g[1] ?? '', (g[2] ?? '').trim(), snap, request, target);
  }
  return i;
}

function apply(name: string, value: string, snap: HttpSnapshot, request: SnapshotRequest, target: HeaderPair[]) {
  // Ordinary header names (no space, no leading colon, not "Status") need no special handling.
  if (!name.includes(' ') && !name.startsWith(':') && !/^status$/i.test(name)) {
    target.push([name, value]);
    return;
  }
  const lower = name.toLowerCase();
  const general = GENERAL[lower];
  if (general || lower.startsWith(':')) snap.source = 'devtools';
  if (general === 'url') request.url = value;
  else if (general === 'method') request.method = value.toUpperCase();
  else if (general === 'status' || lower === ':status' || (lower === 'status' && snap.status === null)) {
    const m = /^(\d{3})\s*(.*)$/.exec(value);
    if (m) {
      snap.status = toStatus(m[1]);
      snap.statusText = m[2]?.replace(/\s*\(.*\)$/, '').trim() || snap.statusText; // "200 OK (from disk cache)"
      if (lower === ':status') snap.httpVersion ??= 'HTTP/2';
    }
  } else if (general === 'skip') return;
  else if (REQUEST_PSEUDO.has(lower)) {
    if (lower === ':method') request.method = value.toUpperCase();
    if (lower === ':path') request.url ??= value;
    if (lower === ':authority' && request.url?.startsWith('/')) request.url = `https://${value}${request.url}`;
  } else target.push([name, value]);
}

/** Chrome's panel copied as alternating lines: `Request URL` / `https://…` / `Status Code` / `429 …`. */
function pairsForm(lines: readonly string[], snap: HttpSnapshot): HttpSnapshot {
  const request: SnapshotRequest = { method: null, url: null, headers: [] };
  const rows = lines.map((l) => l.trim()).filter((l) => l !== '');
  let section: 'response' | 'request' = 'response';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? '';
    const sec = SECTION.exec(row);
    if (sec) {
      section = /request/i.test(sec[1] ?? '') ? 'request' : 'response';
      continue;
    }
    const value = rows[i + 1];
    if (value === undefined) break;
    const name = row.replace(/:$/, '');
    if (!/^:?[A-Za-z][A-Za-z0-9 -]{0,60}$/.test(name)) break;
    apply(name, value, snap, request, section === 'request' ? request.headers : snap.headers);
    i++;
  }
  snap.source = 'devtools';
  snap.request = request.method || request.url || request.headers.length ? request : null;
  return snap;
}

/**
 * The first lines of the text and where each starts. Only the head is split: the body is
 * sliced out whole, so a 1 MB body costs one slice, not a million-line split and join.
 */
function headLines(text: string, max = 500): { lines: string[]; starts: number[] } {
  const lines: string[] = [];
  const starts: number[] = [];
  let pos = 0;
  while (lines.length < max) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    starts.push(pos);
    lines.push(text.slice(pos, end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end));
    if (nl < 0) break;
    pos = nl + 1;
  }
  return { lines, starts };
}

function skipBlank(lines: readonly string[], i: number): number {
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i;
}

const MESSAGE_START = /^(?:HTTP\/\d(?:\.\d)?[ \t]+\d{3}\b|[A-Z]{3,10} \S+ HTTP\/\d(?:\.\d)?\r?$)/;

/**
 * The start of the next HTTP message (status or request line) from line `from` on, or -1.
 * The head's lines are tested one by one (only those starting with a capital letter can
 * be one), so a body costs a look at each line's first character, not a regex pass over every
 * character; past the head's last line (a very long paste) a multiline regex takes over.
 */
function nextMessage(lines: readonly string[], from: number, starts: readonly number[], text: string): number {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    const c = line.charCodeAt(0);
    if (c >= 65 && c <= 90 && MESSAGE_START.test(line)) return starts[k]!;
  }
  const last = lines.length - 1;
  const end = last < 0 ? 0 : starts[last]! + lines[last]!.length;
  if (last < from || end >= text.length) return -1;
  const re = /^(?:HTTP\/\d(?:\.\d)?[ \t]+\d{3}\b|[A-Z]{3,10} \S+ HTTP\/\d(?:\.\d)?\r?$)/gm;
  re.lastIndex = end;
  return re.exec(text)?.index ?? -1;
}

/** The index of the head line starting at `pos`, or null when it is past the head. */
function lineAt(starts: readonly number[], pos: number): number | null {
  if (pos < 0) return null;
  const k = starts.indexOf(pos);
  return k < 0 ? null : k;
}

/** Transfer-Encoding is a list of tokens (RFC 9112 §6.1); the body is chunked when `chunked` is one. */
const isChunked = (value: string | null) =>
  value !== null && value.split(',').some((t) => t.trim().toLowerCase() === 'chunked');

const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Decode a chunked body (RFC 9112 §7.1): hex size lines with optional `;extensions`, sizes
 * counted in UTF-8 bytes, trailers after the last chunk ignored. A body that does not start
 * with a size line is returned as it is (it was copied already decoded).
 */
export function dechunk(body: string): string {
  const sizeLine = /([0-9a-fA-F]{1,8})[ \t]*(?:;[^\r\n]*)?(?:\r?\n|$)/y;
  let out = '';
  let pos = 0;
  while (pos < body.length) {
    sizeLine.lastIndex = pos;
    const m = sizeLine.exec(body);
    if (!m) return pos === 0 ? body : out + body.slice(pos);
    const size = parseInt(m[1]!, 16);
    if (size === 0) return out;
    let j = sizeLine.lastIndex;
    for (let taken = 0; taken < size && j < body.length;) {
      const cp = body.codePointAt(j)!;
      taken += utf8Length(cp);
      j += cp > 0xffff ? 2 : 1;
    }
    out += body.slice(sizeLine.lastIndex, j);
    pos = body.startsWith('\r\n', j) ? j + 2 : body.startsWith('\n', j) ? j + 1 : j;
  }
  return out;
}
