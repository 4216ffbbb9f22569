import { isHttpStatus, type Analysis } from './analysis';
import type { CompiledProfiles } from './compile-profiles';
import { locate } from './conditions';
import type { ProviderDetection } from './detect-provider';
import { readEnvelope } from './envelope';
import { GRPC_NAMES } from './parse/error-codes';
import type { Evidence } from './types';

/** A code found in the response, and where (for evidence). */
export interface FoundCode {
  code: string;
  where: string;
  from: Evidence['from'];
}

const XML_ROOT_ERROR = /^\s*(?:<\?xml[^>]{0,200}>\s*)?<([A-Z][A-Za-z]{2,80}(?:Exception|Error|Fault))[\s>]/;
const CODE_LINE = /^[ \t]*(?:(?:error )?code:[ \t]*)?([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)[ \t]*$/im;
const LOOSE_CODE = /"(?:code|error|errorCode|error_code|__type|reason)"\s*:\s*"([A-Za-z][\w.:#-]{1,80})"/;

/** The providers whose profiles are read, the primary first. */
export function detectedProfiles(provider: ProviderDetection): string[] {
  const ids = provider.primary ? [provider.primary] : [];
  for (const p of provider.all) if (p !== provider.primary) ids.push(p);
  return ids;
}

/**
 * Every error code the response carries, most specific first, de-duplicated
 * case-insensitively: the detected providers' own locators, then the generic envelope
 * table (envelope.ts), then places any HTTP response can carry a code (XML `<Code>`,
 * WWW-Authenticate, grpc-status), then what the paste itself was (an error text, a bare code).
 */
export function extractCodes(
  a: Analysis,
  provider: ProviderDetection,
  profiles: CompiledProfiles,
  /** the body reports an error (any non-2xx, or a 2xx with a failure shape): its members are read */
  body: boolean,
): FoundCode[] {
  const found: FoundCode[] = [];
  const seen = new Set<string>();
  let statusLike: FoundCode | null = null;
  const add = (raw: unknown, where: string, from: Evidence['from']) => {
    const code = codeValue(raw, a);
    if (code === null) {
      // A top-level `code` that equals a status is how frameworks print the HTTP status (PHP's
      // Exception::getCode(), Kubernetes' Status); `error.code` and `error_code` restating it are
      // still the API's own code (Telegram, OpenRouter).
      if (where !== 'code') statusLike ??= restated(raw, where, from);
      return;
    }
    if (seen.has(code.toLowerCase())) return;
    // gRPC's number in a printed error (`code: 14`) is the status the text already names (UNAVAILABLE).
    if (/^\d{1,2}$/.test(code) && a.snap.bareCode !== null && GRPC_NAMES[Number(code)] === a.snap.bareCode) return;
    seen.add(code.toLowerCase());
    found.push({ code, where, from });
  };
  for (const id of detectedProfiles(provider)) {
    for (const l of profiles.byId.get(id)?.codes ?? []) {
      if (l.from === 'body' && !body) continue;
      add(locate(l, a), l.where, l.from);
    }
  }
  if (body) {
    if (a.json !== undefined) for (const e of readEnvelope(a.json)) add(e.code, e.where, 'body');
    if (a.bodyKind === 'xml' || a.bodyKind === 'text') {
      // `<Error><Code>…` documents (also when a browser's XML view was copied as text), and
      // documents whose root element names the error (`<MissingAuthenticationTokenException>`).
      if (a.snap.body.includes('<Code>'))
        add(/<Code>\s*([^<\s]{1,100})\s*<\/Code>/.exec(a.text)?.[1], '<Code>', 'body');
      add(XML_ROOT_ERROR.exec(a.snap.body.slice(0, 512))?.[1], 'XML root element', 'body');
      // A plain-text error page whose one line is an UPPER_SNAKE code (`FUNCTION_INVOCATION_TIMEOUT`).
      if (a.bodyKind === 'text' && a.snap.body.length <= 4096)
        add(CODE_LINE.exec(a.snap.body)?.[1], 'code line in the body', 'body');
    }
  }
  const challenge = a.headers.get('www-authenticate')?.join(', ');
  if (challenge) add(/\berror="?([\w.-]+)"?/i.exec(challenge)?.[1], 'WWW-Authenticate error', 'header');
  add(grpcName(a.headers.get('grpc-status')?.[0] ?? null), 'grpc-status', 'header');
  // A header named for the error (`x-ms-error-code`, `x-error-code`, `x-clienterror`) whose value is one token.
  for (const [name, values] of a.headers)
    if (ERROR_CODE_HEADER.test(name) && CODE_TOKEN.test(values[0] ?? '')) add(values[0], `${name} header`, 'header');
  add(a.snap.error?.code, 'error text', 'body');
  // JSON cut short (a truncated paste) cannot be parsed; its first code-like member still can be read.
  if (body && a.bodyKind === 'text' && /^\s*[[{]/.test(a.snap.body))
    add(LOOSE_CODE.exec(a.text.slice(0, 8192))?.[1], 'code in truncated JSON', 'body');
  if (a.snap.bareCode && !a.snap.bareCode.startsWith('eyJ')) add(a.snap.bareCode, 'pasted code', 'body');
  // A code that restates the status (`"error_code": 429`) is still the only code the body has.
  if (found.length === 0 && statusLike) found.push(statusLike);
  return found;
}

/** `x-ms-error-code`, `x-error-code`, `x-errortype`, `x-clienterror`, `x-acme-error`: the header states the error. */
const ERROR_CODE_HEADER = /^x-(?:[a-z0-9]+-)*(?:error(?:-?(?:code|type))?|clienterror)$/;
/** One code-shaped token (`ThrottledRequest`, `AuthenticationFailed`, `rate_limited`), not a sentence. */
const CODE_TOKEN = /^[A-Za-z][A-Za-z0-9_.-]{2,80}$/;

function restated(raw: unknown, where: string, from: Evidence['from']): FoundCode | null {
  const s = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  return /^[1-5]\d\d$/.test(s) ? { code: s, where, from } : null;
}

/** A code as text; numbers that only restate the HTTP status (`error.code: 429`) or mean "none" are not codes. */
function codeValue(v: unknown, a: Analysis): string | null {
  let s: string;
  if (typeof v === 'number' && Number.isFinite(v)) s = String(v);
  else if (typeof v === 'string') s = v.trim();
  else return null;
  if (s === '' || s.length > 120 || s === '0') return null;
  if (/^\d{3}$/.test(s)) {
    const n = Number(s);
    if (n === a.status || (a.status === null && isHttpStatus(n))) return null;
  }
  return s;
}

function grpcName(v: string | null): string | undefined {
  if (v === null || !/^\d{1,2}$/.test(v.trim()) || v.trim() === '0') return undefined;
  return GRPC_NAMES[Number(v)];
}
