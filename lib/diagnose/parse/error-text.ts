import type { SnapshotError } from '../types';
import { kindOf } from './error-codes';

/** What error text (Node, curl, Python, Java, Go, browser consoles) reveals. */
export interface ErrorTextReading {
  /** a transport failure: no (complete) response came back */
  error: SnapshotError | null;
  /** a non-transport code named in the text (AADSTS50058, UNAVAILABLE, 1006, H12) */
  code: string | null;
  status: number | null;
  url: string | null;
}

const TEXT_CAP = 20_000;
const GENERIC_CLASSES = new Set([
  'Error',
  'TypeError',
  'Exception',
  'RuntimeError',
  'AggregateError',
  'SystemError',
  'OSError',
  'ValueError',
  'HTTPError',
  'AxiosError',
  'FetchError',
  'WebSocketError',
]);

/** Each pattern yields a code; the first that matches wins, so the most explicit come first. */
const CODE_PATTERNS: { re: RegExp; code: (m: RegExpExecArray) => string | undefined; transport: boolean }[] = [
  { re: /\bcode:\s*['"]([A-Z][A-Z0-9_]{2,60})['"]/, code: (m) => m[1], transport: true },
  { re: /\bStatusCode\.([A-Z_]{2,30})\b/, code: (m) => m[1], transport: false },
  {
    re: /\brpc error: code = ([A-Za-z]+)/,
    code: (m) => m[1]?.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
    transport: false,
  },
  {
    re: /\b\d{1,2} (CANCELLED|UNKNOWN|INVALID_ARGUMENT|DEADLINE_EXCEEDED|NOT_FOUND|ALREADY_EXISTS|PERMISSION_DENIED|RESOURCE_EXHAUSTED|FAILED_PRECONDITION|ABORTED|OUT_OF_RANGE|UNIMPLEMENTED|INTERNAL|UNAVAILABLE|DATA_LOSS|UNAUTHENTICATED):/,
    code: (m) => m[1],
    transport: false,
  },
  { re: /\bcurl: \((\d{1,3})\)/, code: (m) => `curl_${m[1]}`, transport: true },
  {
    re: /\b(?:connect|read|write|getaddrinfo|socket|request to \S+ failed, reason:)\s+(E[A-Z]{3,}|UND_ERR_[A-Z_]+)\b/,
    code: (m) => m[1],
    transport: true,
  },
  { re: /\bnet::(ERR_[A-Z_]+)/, code: (m) => m[1], transport: true },
  {
    re: /\b(E(?:CONN(?:RESET|REFUSED|ABORTED)|TIMEDOUT|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|PIPE|PROTO)|UND_ERR_[A-Z_]+|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_[A-Z_]+)\b/,
    code: (m) => m[1],
    transport: true,
  },
  { re: /\b(AADSTS\d{5,7})\b/, code: (m) => m[1], transport: false },
  {
    re: /\b(?:close[ds]?|closing)\b[^\n]{0,40}?\bcode\b[:= ]*\s*(1\d{3}|4\d{3})\b/i,
    code: (m) => m[1],
    transport: false,
  },
  { re: /\bcode=([HRL]\d{2})\b/, code: (m) => m[1], transport: false },
];

/** Status codes stated in error text: requests' HTTPError, axios, urllib, ws. */
const STATUS_PATTERNS = [
  /\b([1-5]\d{2}) (?:Client|Server) Error\b/,
  /\bRequest failed with status code ([1-5]\d{2})\b/,
  /\bHTTP Error ([1-5]\d{2}):/,
  /\bUnexpected server response: ([1-5]\d{2})\b/,
  /\bstatus(?: code)?[:= ]+([1-5]\d{2})\b/i,
];

/** Exception class lines: `requests.exceptions.ConnectTimeout: ...`, `Caused by: java.net.ConnectException: ...`. */
const CLASS_LINE =
  /^(?:\s*(?:Caused by:|--->)\s*)?(?:[A-Za-z_]\w*\.)*([A-Z][A-Za-z0-9]*(?:Error|Exception|Timeout|Refused|Reset))(?::|$)/gm;

const ERRORISH =
  /^(?:\w*(?:Error|Exception)\b|curl: \(|Traceback|fatal|panic:|dial tcp|(?:Get|Post|Put|Patch|Delete) "https?:|\* |\[cause\])|\bcaused by\b|\bnet::ERR_|\bconnect E[A-Z]+\b/im;

/** Reads codes, a status and a URL out of error text; null when the text does not look like an error at all. */
export function readErrorText(input: string): ErrorTextReading | null {
  const text = input.length > TEXT_CAP ? input.slice(0, TEXT_CAP) : input;
  let code: string | null = null;
  let transport = false;
  let at = -1;
  for (const p of CODE_PATTERNS) {
    const m = p.re.exec(text);
    const c = m ? p.code(m) : undefined;
    if (m && c) {
      code = c;
      transport = p.transport;
      at = m.index;
      break;
    }
  }
  const status = firstStatus(text);
  const cls = lastClass(text);
  if (code === null && cls && !GENERIC_CLASSES.has(cls.name)) {
    code = cls.name;
    at = cls.index;
    transport =
      kindOf(null, text) !== 'other' ||
      /Timeout|Connect|SSL|Socket|Refused|Reset|Resolution|Disconnected/.test(cls.name);
  }
  const url = /\bhttps?:\/\/[^\s'"<>()\]]+/.exec(text)?.[0]?.replace(/[.,;:]+$/, '') ?? null;
  const kind = kindOf(code, text);
  if (code === null && status === null) {
    // No code: only phrases. Accept them when the text reads like an error message.
    if (!ERRORISH.test(text) || kind === 'other') return null;
    transport = true;
  }
  if (status !== null) {
    // An HTTP answer did come back; axios' ERR_BAD_REQUEST/RESPONSE only restate its status.
    transport = false;
    if (code && /^ERR_BAD_(?:REQUEST|RESPONSE)$/.test(code)) code = null;
  }
  const message = lineAt(text, Math.max(at, 0));
  return {
    error: transport ? { kind, code, message } : null,
    code: transport ? null : code,
    status,
    url,
  };
}

function firstStatus(text: string): number | null {
  for (const re of STATUS_PATTERNS) {
    const m = re.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

function lastClass(text: string): { name: string; index: number } | null {
  let found: { name: string; index: number } | null = null;
  CLASS_LINE.lastIndex = 0;
  for (let m = CLASS_LINE.exec(text); m; m = CLASS_LINE.exec(text)) {
    if (m[1] && !GENERIC_CLASSES.has(m[1])) found = { name: m[1], index: m.index };
  }
  return found;
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end < 0 ? undefined : end).trim();
  return line.length > 300 ? line.slice(0, 300) + '…' : line;
}
