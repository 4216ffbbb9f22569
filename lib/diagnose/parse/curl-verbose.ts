import { HEADER_LINE, makeSnapshot, toStatus } from '../header-lines';
import type { HeaderPair, HttpSnapshot, SnapshotRequest } from '../types';
import { readErrorText } from './error-text';

const STATUS_LINE = /^(HTTP\/\d(?:\.\d)?)\s+(\d{3})(?:\s+(.*))?$/i;
const REQUEST_LINE = /^([A-Z]{3,10}) (\S+) HTTP\/\d(?:\.\d)?$/;
const DATA_MARK = /^[{}] \[\d+ bytes data\]$/;
// Both are tried at one position only (sticky), found with indexOf: an unanchored `.*` or
// `[^)]*` search retries from every occurrence and turns quadratic on a crafted line.
const LEFT_INTACT = /\* Connection #\d+ to host [^\n]*left intact$/y;
const MAX_TRACE_LINES = 400;
const CONNECTED = /Connected to (\S+) \(([^)]*)\) port (\d+)/y;

/** Index of curl's "* Connection #0 to host … left intact" at the end of the line, or -1. */
function leftIntactAt(line: string): number {
  if (!line.endsWith('left intact')) return -1;
  const at = line.lastIndexOf('* Connection #');
  if (at < 0) return -1;
  LEFT_INTACT.lastIndex = at;
  return LEFT_INTACT.test(line) ? at : -1;
}

function connectedTo(line: string): RegExpExecArray | null {
  const at = line.indexOf('Connected to ');
  if (at < 0) return null;
  CONNECTED.lastIndex = at;
  return CONNECTED.exec(line);
}

/** True when the text is `curl -v` output: `<`/`>` lines with a status or request line, or `*` trace lines. */
export function looksLikeCurlVerbose(text: string): boolean {
  // Substring checks rule out almost every other input before any multi-line regex runs.
  if (!['< ', '> ', '* '].some((p) => text.startsWith(p) || text.includes(`\n${p}`))) return false;
  return (
    /^< HTTP\/\d/m.test(text) ||
    /^> [A-Z]{3,10} \S+ HTTP\//m.test(text) ||
    /^\*\s+(?:Trying|Connected to|connect to|Could not resolve|Host |Failed to connect)/m.test(text)
  );
}

interface Exchange {
  request: SnapshotRequest;
  status: number | null;
  statusText: string | null;
  httpVersion: string | null;
  headers: HeaderPair[];
  body: string[];
}

/**
 * `curl -v` output: `>` request lines, `<` response lines, `*` trace lines (read only for
 * the host and for connection/TLS errors), body lines after the last response header block.
 * With -L or 100 Continue several responses appear; the last one is the answer.
 */
export function parseCurlVerbose(text: string): HttpSnapshot {
  const lines = text.split(/\r?\n/);
  const trace: string[] = [];
  let host: string | null = null;
  let tls = false;
  let port: string | null = null;
  let current = null as Exchange | null;
  let last = null as Exchange | null;
  let pendingRequest: SnapshotRequest | null = null;
  for (const raw of lines) {
    // A body without a final newline runs into curl's "* Connection #0 … left intact".
    const intact = leftIntactAt(raw);
    const line = intact > 0 ? raw.slice(0, intact) : raw;
    if (line.startsWith('*') || /^curl: \(\d+\)/.test(line)) {
      // A real trace is a few dozen lines; keep the first ones and the last (where curl's error is).
      if (trace.length < MAX_TRACE_LINES) trace.push(line);
      else trace[trace.length - 1] = line;
      const connected = connectedTo(line);
      if (connected) {
        host = connected[1] ?? host;
        port = connected[3] ?? port;
      }
      if (/SSL connection using|TLS handshake|ALPN/i.test(line)) tls = true;
      continue;
    }
    if (line.startsWith('>')) {
      const content = line.slice(1).trim();
      const req = REQUEST_LINE.exec(content);
      if (req) pendingRequest = { method: req[1] ?? null, url: req[2] ?? null, headers: [] };
      else if (content && pendingRequest) {
        const h = HEADER_LINE.exec(content);
        if (h) pendingRequest.headers.push([h[1] ?? '', (h[2] ?? '').trim()]);
      }
      continue;
    }
    if (line.startsWith('<')) {
      const content = line.slice(1).trim();
      const st = STATUS_LINE.exec(content);
      if (st) {
        const previous: Exchange | null = current;
        current = {
          request: pendingRequest ?? previous?.request ?? { method: null, url: null, headers: [] },
          status: toStatus(st[2]),
          statusText: st[3]?.trim() || null,
          httpVersion: st[1]?.toUpperCase() ?? null,
          headers: [],
          body: [],
        };
        last = current;
      } else if (content && current) {
        const h = HEADER_LINE.exec(content);
        if (h) current.headers.push([h[1] ?? '', (h[2] ?? '').trim()]);
      }
      continue;
    }
    if (DATA_MARK.test(line.trim())) continue;
    if (current) current.body.push(line);
  }
  const answer = last; // with -L or 100 Continue, later responses replace earlier ones
  const snap = makeSnapshot({ source: 'curl-verbose' });
  const request = answer?.request ?? pendingRequest;
  if (request) {
    if (request.url?.startsWith('/') && (host ?? hostHeader(request.headers))) {
      const h = host ?? hostHeader(request.headers) ?? '';
      const scheme = tls || port === '443' ? 'https' : 'http';
      const p = port && port !== '443' && port !== '80' ? `:${port}` : '';
      request.url = `${scheme}://${h.replace(/:\d+$/, '')}${p}${request.url}`;
    }
    snap.request = request;
  }
  if (answer) {
    snap.status = answer.status;
    snap.statusText = answer.statusText;
    snap.httpVersion = answer.httpVersion;
    snap.headers = answer.headers;
    snap.body = trimBlank(answer.body).join('\n');
  }
  const traced = trace.join('\n');
  const failure =
    /curl: \(\d+\)|failed|could not resolve|timed out|certificate problem|reset by peer|empty reply|refused/i.test(
      traced,
    )
      ? readErrorText(traced)
      : null;
  if (failure?.error && (!answer || /curl: \(\d+\)/.test(traced))) snap.error = failure.error;
  if (!answer && !snap.error) snap.warnings.push('curl -v output without a response (no "<" lines)');
  return snap;
}

const hostHeader = (headers: HeaderPair[]) => headers.find(([n]) => n.toLowerCase() === 'host')?.[1] ?? null;

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && (lines[a] ?? '').trim() === '') a++;
  while (b > a && (lines[b - 1] ?? '').trim() === '') b--;
  return lines.slice(a, b);
}
