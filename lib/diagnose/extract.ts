import { header, isHttpStatus, isObject, type Analysis } from './analysis';
import { GRPC_NAMES } from './parse/error-codes';
import type { Evidence } from './types';

type Json = Record<string, unknown>;

/** A code found in the response, and where (for evidence). */
export interface FoundCode {
  code: string;
  where: string;
  from: Evidence['from'];
}

/** One place a provider puts its error code. Order matters: the first code found is `providerCode`. */
interface CodeSource {
  where: string;
  from: Evidence['from'];
  read: (j: Json | null, a: Analysis) => unknown;
}

const err = (j: Json | null): Json | null => (j && isObject(j.error) ? j.error : null);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const first = (v: unknown[]): unknown => v.find((x) => x !== undefined && x !== null && x !== '');

const LOOSE_CODE = /"(?:code|error|errorCode|error_code|__type|reason)"\s*:\s*"([A-Za-z][\w.:#-]{1,80})"/;

const SOURCES: CodeSource[] = [
  { where: 'AADSTS code', from: 'body', read: (j, a) => aadsts(j, a) },
  { where: 'X-Amzn-ErrorType', from: 'header', read: (_, a) => header(a, 'x-amzn-errortype')?.split(':')[0] },
  {
    where: '__type',
    from: 'body',
    read: (j) => (typeof j?.__type === 'string' ? j.__type.split('#').pop()?.split(':')[0] : undefined),
  },
  {
    where: 'ErrorInfo.reason',
    from: 'body',
    read: (j) =>
      first(
        list(err(j)?.details)
          .filter((d) => String(d['@type']).endsWith('google.rpc.ErrorInfo'))
          .map((d) => d.reason),
      ),
  },
  { where: 'error.code', from: 'body', read: (j, a) => codeValue(err(j)?.code, a) },
  { where: 'error.errors[].reason', from: 'body', read: (j) => first(list(err(j)?.errors).map((e) => e.reason)) },
  { where: 'error.status', from: 'body', read: (j) => err(j)?.status },
  { where: 'error.type', from: 'body', read: (j) => err(j)?.type },
  {
    where: 'errors[].extensions.code',
    from: 'body',
    read: (j) => first(list(j?.errors).map((e) => (isObject(e.extensions) ? e.extensions.code : undefined))),
  },
  { where: 'errors[].code', from: 'body', read: (j, a) => first(list(j?.errors).map((e) => codeValue(e.code, a))) },
  {
    where: 'errors[].type',
    from: 'body',
    read: (j) =>
      first(
        list(j?.errors).map((e) =>
          typeof e.type === 'string' && /^[A-Z][A-Z_]{2,}$/.test(e.type) ? e.type : undefined,
        ),
      ),
  },
  {
    where: 'errorCode',
    from: 'body',
    read: (j, a) =>
      first([
        ...(Array.isArray(a.json) ? list(a.json) : []).map((e) => e.errorCode),
        ...list(j?.errors).map((e) => e.errorCode),
        j?.errorCode,
        j?.error_code,
      ]),
  },
  {
    where: 'error',
    from: 'body',
    read: (j) => (typeof j?.error === 'string' && /^[\w.:-]{2,80}$/.test(j.error) ? j.error : undefined),
  },
  { where: 'code', from: 'body', read: (j, a) => codeValue(j?.code, a) },
  { where: 'reason', from: 'body', read: (j) => (j?.kind === 'Status' ? j.reason : undefined) },
  { where: 'type', from: 'body', read: (j) => problemType(j) },
  {
    where: 'id',
    from: 'body',
    read: (j, a) => (a.host?.includes('heroku') && typeof j?.id === 'string' ? j.id : undefined),
  },
  {
    where: 'fault.detail.errorcode',
    from: 'body',
    read: (j) => (isObject(j?.fault) && isObject(j.fault.detail) ? j.fault.detail.errorcode : undefined),
  },
  { where: 'error.decline_code', from: 'body', read: (j) => err(j)?.decline_code },
  {
    where: '<Code>',
    from: 'body',
    read: (_, a) => (a.bodyKind === 'xml' ? /<Code>\s*([^<\s]{1,100})\s*<\/Code>/.exec(a.text)?.[1] : undefined),
  },
  { where: 'x-ms-error-code', from: 'header', read: (_, a) => header(a, 'x-ms-error-code') },
  {
    where: 'WWW-Authenticate error',
    from: 'header',
    read: (_, a) => /\berror="?([\w.-]+)"?/i.exec(a.headers.get('www-authenticate')?.join(', ') ?? '')?.[1],
  },
  { where: 'grpc-status', from: 'header', read: (_, a) => grpcName(header(a, 'grpc-status')) },
  {
    where: 'error code',
    from: 'body',
    read: (_, a) =>
      a.bodyKind !== 'json' && a.lower.includes('error code')
        ? /\berror code:?\s*(1\d{3})\b/i.exec(a.text)?.[1]
        : undefined,
  },
  {
    where: 'Heroku code',
    from: 'body',
    read: (_, a) => (a.lower.includes('code=h') ? /\bcode=(H\d\d)\b/.exec(a.text)?.[1] : undefined),
  },
  { where: 'error text', from: 'body', read: (_, a) => a.snap.error?.code ?? undefined },
  // JSON cut short (a truncated paste) cannot be parsed; its first code-like member still can be read.
  {
    where: 'code in truncated JSON',
    from: 'body',
    read: (_, a) =>
      a.bodyKind === 'text' && /^\s*[[{]/.test(a.snap.body) ? LOOSE_CODE.exec(a.text.slice(0, 8192))?.[1] : undefined,
  },
  {
    where: 'pasted code',
    from: 'body',
    read: (_, a) => (a.snap.bareCode && !a.snap.bareCode.startsWith('eyJ') ? a.snap.bareCode : undefined),
  },
];

/** Every error code the response carries, most specific first, de-duplicated case-insensitively. */
export function extractCodes(a: Analysis): FoundCode[] {
  const j = isObject(a.json) ? a.json : null;
  const found: FoundCode[] = [];
  const seen = new Set<string>();
  const errorish = isErrorShaped(a);
  for (const s of SOURCES) {
    if (s.from === 'body' && !errorish && s.where !== 'error text' && s.where !== 'pasted code') continue;
    let value: unknown;
    try {
      value = s.read(j, a);
    } catch {
      continue; // a weird body shape never breaks a diagnosis
    }
    if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
    if (typeof value !== 'string') continue;
    const code = value.trim();
    if (!code || code.length > 120 || seen.has(code.toLowerCase())) continue;
    seen.add(code.toLowerCase());
    found.push({ code, where: s.where, from: s.from });
  }
  return found;
}

/**
 * Whether the body carries an error. For non-2xx everything counts; a 2xx counts only
 * with an explicit error shape (Slack `ok:false`, GraphQL `errors`, `success:false`, …).
 */
export function isErrorShaped(a: Analysis): boolean {
  if (a.status === null || a.status >= 300) return true;
  const j = a.json;
  if (Array.isArray(j)) return j.length > 0 && j.every((e) => isObject(e) && typeof e.errorCode === 'string');
  if (!isObject(j)) return false;
  return (
    j.ok === false ||
    j.success === false ||
    (Array.isArray(j.errors) && j.errors.length > 0) ||
    (isObject(j.error) && Object.keys(j.error).length > 0) ||
    (typeof j.error === 'string' && j.error.length > 0) ||
    typeof j.__type === 'string' ||
    (j.kind === 'Status' && j.status === 'Failure') ||
    isObject(j.fault)
  );
}

/** Numeric codes that only restate the HTTP status (google's `error.code: 429`) or mean "none" are not codes. */
function codeValue(v: unknown, a: Analysis): unknown {
  if (typeof v === 'number') return v === 0 || v === a.status || (a.status === null && isHttpStatus(v)) ? undefined : v;
  if (typeof v === 'string' && /^\d{3}$/.test(v) && Number(v) === a.status) return undefined;
  return v;
}

function aadsts(j: Json | null, a: Analysis): string | undefined {
  const codes = j?.error_codes;
  if (Array.isArray(codes) && typeof codes[0] === 'number') return `AADSTS${codes[0]}`;
  const description =
    typeof j?.error_description === 'string' ? j.error_description : a.bodyKind === 'json' ? '' : a.text;
  return /\b(AADSTS\d{5,7})\b/.exec(description)?.[1];
}

/** RFC 9457 `type` URI → its last path segment (`about:blank` carries no code). */
function problemType(j: Json | null): string | undefined {
  if (typeof j?.type !== 'string' || typeof j.title !== 'string' || j.type === 'about:blank') return undefined;
  const seg = j.type
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .split('/')
    .pop();
  // The portal's own types are /codes/api-triage-<code with dashes>.
  return (seg?.startsWith('api-triage-') ? seg.slice('api-triage-'.length).replace(/-/g, '_') : seg) || undefined;
}

function grpcName(v: string | null): string | undefined {
  if (v === null || !/^\d{1,2}$/.test(v.trim()) || v.trim() === '0') return undefined;
  return GRPC_NAMES[Number(v)];
}
