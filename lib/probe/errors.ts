import 'server-only';
import type { NetworkErrorKind, ProbeNetworkError } from '../request/probe-contract';
import { LookupFailedError } from './destination';

/** The probe's own time limit (min of the request's timeout and 30 s) ran out. */
export class DeadlineError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(readonly ms: number) {
    super(`No complete response within ${ms} ms (the probe's time limit).`);
    this.name = 'DeadlineError';
  }
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|EPROTO$)/;

const KIND_BY_CODE: Record<string, NetworkErrorKind> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NODATA: 'dns',
  ENODATA: 'dns',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

/** Friendlier words for codes whose Node message says little. */
const MESSAGES: Record<string, string> = {
  UND_ERR_HEADERS_TIMEOUT: 'The server accepted the connection but sent no response headers within the time limit.',
  UND_ERR_BODY_TIMEOUT: 'The server stopped sending the response body before it was complete.',
  UND_ERR_CONNECT_TIMEOUT: 'Could not open a connection within the time limit.',
  UND_ERR_HEADERS_OVERFLOW: 'The response headers are larger than the probe accepts (64 KiB).',
  UND_ERR_SOCKET: 'The server closed the connection before a complete response (other side closed).',
};

function codeOf(e: unknown): string {
  if (e instanceof Error && 'code' in e && typeof e.code === 'string') return e.code;
  return 'UNKNOWN';
}

/**
 * Turn a transport failure into the probe's `network_error` shape. Node and undici
 * messages are kept (they carry the phrases catalog entries match, e.g. "certificate has
 * expired"); they never contain request headers, so no secret can leak through them.
 */
export function classifyError(e: unknown): ProbeNetworkError {
  if (e instanceof LookupFailedError) {
    return { kind: 'dns', code: e.code, message: `The host name could not be resolved (${e.code}).` };
  }
  const code = codeOf(e);
  const kind: NetworkErrorKind = KIND_BY_CODE[code] ?? (TLS_CODE.test(code) ? 'tls' : 'other');
  const raw = e instanceof Error ? e.message : String(e);
  const message =
    MESSAGES[code] ?? (code.startsWith('HPE_') ? `The server sent a malformed HTTP response (${raw}).` : raw);
  return { kind, code, message: message.slice(0, 500) };
}
