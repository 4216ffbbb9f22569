/**
 * The generic envelope reader: where an error code lives in a JSON body when no provider
 * profile says (or its locators found nothing). One table, most specific first; the first
 * row that yields a value is the `providerCode`, the others stay in the evidence.
 *
 * The body is unwrapped first: an array-wrapped envelope (`[{"error": …}]`) is read through
 * its first object item, and a nested one (`{"error": {"error": {…}}}`) through the inner
 * envelope, so the rows below always see the envelope itself.
 */
import { isObject } from './analysis';
import { compilePath, valuesAt, type PathStep } from './json-path';

/** What a value must look like to count as a code at that place. */
export type CodeShape =
  /** any identifier or number without spaces (`invalid_api_key`, `InvalidParameterValue`, `20003`) */
  | 'code'
  /** an UPPER_SNAKE enum (`PERMISSION_DENIED`, `REQUEST_DENIED`) */
  | 'enum'
  /** a lower snake_case word (`not_found`): for members that are often free text or ids */
  | 'snake';

export interface EnvelopeRow {
  path: string;
  shape: CodeShape;
  /** the row applies only when this member is present too */
  with?: string;
  /**
   * values that name something other than a code here: an HTTP reason phrase (`"error":
   * "Unauthorized"` beside `"status": 401` only restates the status) or an exception class
   * (`"type": "MailgunAPIError"` names the SDK's wrapper, not the API's error)
   */
  not?: 'reason' | 'class';
}

/** The precedence table. Each row says why it sits where it does. */
export const ENVELOPE_ROWS: readonly EnvelopeRow[] = [
  // OAuth 2.0 (RFC 6749 §5.2): `error` is the canonical code; a sub-code inside error_description is not.
  { path: 'error', shape: 'code', with: 'error_description' },
  // The most common nested envelope: {"error": {"code": …, "message": …}}.
  { path: 'error.code', shape: 'code' },
  // google.rpc: the canonical status name wins over the legacy errors[].reason below.
  { path: 'error.status', shape: 'enum' },
  // A class of error (`invalid_request_error`): less specific than a code beside it.
  { path: 'error.type', shape: 'code' },
  // An UPPER_SNAKE message is a code, not a sentence (`{"error": {"message": "INVALID_PASSWORD"}}`).
  { path: 'error.message', shape: 'enum' },
  // Legacy google.rpc JSON errors and other list-in-envelope shapes.
  { path: 'error.errors[].reason', shape: 'code' },
  { path: 'error.errors[].code', shape: 'code' },
  // GraphQL: the code servers put in extensions (the spec's only place for one).
  { path: 'errors[].extensions.code', shape: 'code' },
  // JSON:API and most REST lists: {"errors": [{"code": …}]}.
  { path: 'errors[].code', shape: 'code' },
  { path: 'errors[].errorCode', shape: 'code' },
  { path: 'errors[].type', shape: 'enum' },
  { path: 'errors[].reason', shape: 'code' },
  // Flat envelopes, camel and snake spellings.
  { path: 'errorCode', shape: 'code' },
  { path: 'error_code', shape: 'code' },
  { path: 'ErrorCode', shape: 'code' },
  { path: 'Error.Code', shape: 'code' },
  { path: 'errorType', shape: 'code' },
  { path: 'error_type', shape: 'code' },
  // {"error": "not_authed"}: a string error member that is a code, not a sentence.
  { path: 'error', shape: 'code', not: 'reason' },
  { path: 'code', shape: 'code' },
  // {"result": 2297, "error": "Two factor authentication required."}: a numeric result beside an
  // error message is the error's number (pCloud's and other result-code APIs; 0 means success).
  { path: 'result', shape: 'code', with: 'error' },
  // Apigee-style faults.
  { path: 'fault.detail.errorcode', shape: 'code' },
  // A reason or a type word at the top level (`{"reason": "rateLimited"}`, `{"type": "invalid_request"}`).
  { path: 'reason', shape: 'code' },
  { path: 'type', shape: 'code', not: 'class' },
  { path: 'name', shape: 'code', not: 'class' },
  // {"id": "unauthorized", "message": …}: only a snake_case word, never a UUID or a number.
  { path: 'id', shape: 'snake' },
  // {"status": "REQUEST_DENIED"}, {"status": "unauthorized"}: a word status (a number there is the HTTP status).
  { path: 'status', shape: 'enum' },
  { path: 'status', shape: 'snake' },
  // {"status": "error", "category": "INVALID_AUTHENTICATION"}: an enum category names the error.
  { path: 'category', shape: 'enum' },
  // A result envelope under `data` ({"data": {"status": "REQUEST_DENIED"}}).
  { path: 'data.status', shape: 'enum' },
  // Batch sends: {"results": [{"error": "NotRegistered"}]}.
  { path: 'results[].error', shape: 'code' },
  // FastAPI / pydantic validation lists: {"detail": [{"type": "missing", …}]}.
  { path: 'detail[].type', shape: 'code' },
];

/** Words that say "an error" without saying which (RFC 9457's `about:blank` type says "no more than the status"). */
const NOT_A_CODE = new Set([
  'error',
  'errors',
  'exception',
  'fail',
  'failed',
  'failure',
  'ok',
  'success',
  'true',
  'about:blank',
]);
/** What a row's `not` excludes: one-word HTTP reason phrases as servers print them, exception class names. */
const EXCLUDED: Record<NonNullable<EnvelopeRow['not']>, RegExp> = {
  reason: /^(?:Unauthorized|Forbidden|Conflict|Gone|OK)$/,
  // and a minified one (`name: "e"` in a browser's console)
  class: /^(?:[A-Z][A-Za-z0-9]{0,80}(?:Error|Exception)|[A-Za-z]{1,2})$/,
};
const SHAPES: Record<CodeShape, RegExp> = {
  code: /^[A-Za-z0-9][\w.:#-]{0,99}$/,
  enum: /^[A-Z][A-Z0-9_]{2,80}$/,
  snake: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$|^[a-z]{3,40}$/,
};

interface CompiledRow {
  where: string;
  steps: PathStep[];
  shape: RegExp;
  with: PathStep[] | null;
  not: RegExp | null;
}

const ROWS: CompiledRow[] = ENVELOPE_ROWS.map((r) => ({
  where: r.path,
  steps: compilePath(r.path),
  shape: SHAPES[r.shape],
  with: r.with ? compilePath(r.with) : null,
  not: r.not ? EXCLUDED[r.not] : null,
}));

/** The envelope inside array wrappers and `error.error` nesting (a few levels at most). */
export function unwrapEnvelope(body: unknown): unknown {
  let v = body;
  for (let depth = 0; depth < 4; depth++) {
    if (Array.isArray(v)) {
      const first = v.find(isObject);
      if (!first) return v;
      v = first;
    } else if (isObject(v) && isObject(v.error) && isObject(v.error.error)) v = v.error;
    else if (isObject(v)) {
      // An SDK's response or error object printed whole (`{"body": {"category": …}, "headers": …}`,
      // `{ statusCode: 402, response: { error: {…} } }`, axios's `response.data`): the inner body is the envelope.
      const inner = v.error === undefined && v.errors === undefined && v.code === undefined ? carried(v) : undefined;
      if (inner) v = inner;
      // OData v3 JSON (Azure AD Graph, SharePoint, Dynamics): `{"odata.error": {"code", "message": {"value"}}}`,
      // the same envelope under a member name with a dot in it.
      else if (v.error === undefined && isObject(v['odata.error'])) v = { error: v['odata.error'] };
      else return v;
    } else return v;
  }
  return v;
}

/** Members an SDK keeps the response body in. `data` is also where successes go, so it counts only when it holds an error. */
const CARRIERS = ['body', 'response', 'data'] as const;
const ERRORISH = ['error', 'errors', 'code', 'odata.error'];
const holdsError = (o: Record<string, unknown>): boolean => ERRORISH.some((k) => o[k] !== undefined);

function carried(v: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const key of CARRIERS) {
    const inner = v[key];
    if (!isObject(inner)) continue;
    if (key === 'body' || holdsError(inner)) return inner;
    // axios: `response: { status, data: { error: … } }`
    if (key === 'response' && isObject(inner.data) && holdsError(inner.data)) return inner.data;
  }
  return undefined;
}

/** A code read from the envelope: the value and the row that found it. */
export interface EnvelopeCode {
  code: string;
  where: string;
}

/** Every code the envelope carries, in table order (the caller de-duplicates and filters statuses). */
export function readEnvelope(body: unknown): EnvelopeCode[] {
  const env = unwrapEnvelope(body);
  if (!isObject(env)) return [];
  const out: EnvelopeCode[] = [];
  for (const row of ROWS) {
    if (row.with && valuesAt(env, row.with, 1).length === 0) continue;
    for (const v of valuesAt(env, row.steps, 3)) {
      const s = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.trim() : null;
      if (s === null || !row.shape.test(s) || NOT_A_CODE.has(s.toLowerCase()) || row.not?.test(s)) continue;
      out.push({ code: s, where: row.where });
      break;
    }
  }
  return out;
}
