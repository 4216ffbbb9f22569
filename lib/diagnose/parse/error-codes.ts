import type { SnapshotError } from '../types';

type Kind = SnapshotError['kind'];

/** Node / undici / OpenSSL error codes and the kind of failure each one means. */
const NODE_CODES: Record<string, Kind> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ERR_STREAM_PREMATURE_CLOSE: 'reset',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ABORT_ERR: 'timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_NODATA: 'dns',
  EAI_NONAME: 'dns',
  EHOSTUNREACH: 'other',
  ENETUNREACH: 'other',
  EADDRINUSE: 'other',
  EPROTO: 'tls',
};

/** curl exit codes (https://curl.se/libcurl/c/libcurl-errors.html) → kind. */
const CURL_CODES: Record<number, Kind> = {
  5: 'dns',
  6: 'dns',
  7: 'refused',
  28: 'timeout',
  52: 'reset',
  55: 'reset',
  56: 'reset',
  92: 'reset',
  35: 'tls',
  51: 'tls',
  53: 'tls',
  54: 'tls',
  58: 'tls',
  59: 'tls',
  60: 'tls',
  64: 'tls',
  66: 'tls',
  77: 'tls',
  80: 'tls',
  82: 'tls',
  83: 'tls',
  90: 'tls',
  91: 'tls',
  98: 'tls',
};

/** Phrases that reveal the kind when no code does (Go, Java, .NET, Python messages). */
const PHRASE_KINDS: [RegExp, Kind][] = [
  [/certificate|x509|\bssl\b|\btls\b|handshake|PKIX|self[- ]signed|CERT_/i, 'tls'],
  [
    /no such host|could not resolve|couldn't resolve|name or service not known|getaddrinfo|nodename nor servname|name resolution|NXDOMAIN|UnknownHostException|NAME_NOT_RESOLVED/i,
    'dns',
  ],
  [/connection refused|actively refused|ECONNREFUSED|CONNECTION_REFUSED/i, 'refused'],
  [/timed? ?out|deadline exceeded|TIMED_OUT|timeout/i, 'timeout'],
  [
    /connection reset|socket hang up|broken pipe|remote end closed|server disconnected|empty reply|connection aborted|CONNECTION_RESET|closed connection without response/i,
    'reset',
  ],
];

/** The kind for a known code, else from the message's words. */
export function kindOf(code: string | null, message: string): Kind {
  if (code) {
    const known = NODE_CODES[code.toUpperCase()];
    if (known) return known;
    const curl = /^curl_(\d+)$/i.exec(code);
    if (curl) return CURL_CODES[Number(curl[1])] ?? 'other';
    if (/CERT|SSL|TLS/i.test(code)) return 'tls';
  }
  for (const [re, kind] of PHRASE_KINDS) if (re.test(message) || (code !== null && re.test(code))) return kind;
  return 'other';
}

/** True when a bare string is a transport error code the engine knows by itself. */
export function isTransportCode(code: string): boolean {
  const upper = code.toUpperCase();
  return (
    upper in NODE_CODES ||
    /^curl_\d+$/i.test(code) ||
    /^(?:ERR_(?:SSL|TLS)|CERT_|UND_ERR_)/.test(upper) ||
    /^(?:DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(?:VERIFY_LEAF_SIGNATURE|GET_ISSUER_CERT(?:_LOCALLY)?))$/.test(
      upper,
    )
  );
}

/** gRPC numeric status codes → names (grpc-status header, `Error: 14 UNAVAILABLE`). */
export const GRPC_NAMES = [
  'OK',
  'CANCELLED',
  'UNKNOWN',
  'INVALID_ARGUMENT',
  'DEADLINE_EXCEEDED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'FAILED_PRECONDITION',
  'ABORTED',
  'OUT_OF_RANGE',
  'UNIMPLEMENTED',
  'INTERNAL',
  'UNAVAILABLE',
  'DATA_LOSS',
  'UNAUTHENTICATED',
] as const;
