import { isObject, type Analysis } from './analysis';
import type { Evidence } from './types';

/** Request-id headers, most specific first; `cf-ray` last because it names the CDN hop, not the API call. */
const HEADERS = [
  'x-request-id',
  'request-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-github-request-id',
  'x-ms-request-id',
  'x-slack-req-id',
  'twilio-request-id',
  'x-shopify-request-id',
  'x-arequestid',
  'x-correlation-id',
  'correlation-id',
  'x-trace-id',
  'trace-id',
  'x-cloud-trace-context',
  'client-request-id',
  'x-amz-cf-id',
  'cf-ray',
];

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && v.length <= 200 ? v.trim() : undefined);

/** Body places: Stripe `error.request_id`, Graph `innerError.request-id`, Anthropic `request_id`, Entra `trace_id`, XML `<RequestId>`. */
const BODY: [where: string, read: (j: Json) => unknown][] = [
  ['error.request_id', (j) => (isObject(j.error) ? j.error.request_id : undefined)],
  [
    'error.innerError.request-id',
    (j) => {
      const e = isObject(j.error) ? j.error : null;
      const inner = e && (isObject(e.innerError) ? e.innerError : isObject(e.innererror) ? e.innererror : null);
      return inner?.['request-id'] ?? inner?.requestId;
    },
  ],
  ['request_id', (j) => j.request_id ?? j.requestId ?? j['request-id']],
  ['trace_id', (j) => j.trace_id ?? j.traceId],
  ['correlation_id', (j) => j.correlation_id ?? j.correlationId],
  ['error.fbtrace_id', (j) => (isObject(j.error) ? j.error.fbtrace_id : undefined)],
  ['debug_id', (j) => j.debug_id ?? j.errorId],
  [
    'error.details.request_id',
    (j) => (isObject(j.error) && isObject(j.error.details) ? j.error.details.request_id : undefined),
  ],
];

/** The id a provider's support can look the request up by, and where it was found. */
export function findRequestId(a: Analysis): { id: string; from: Evidence['from']; where: string } | null {
  for (const name of HEADERS) {
    const v = str(a.headers.get(name)?.[0]);
    if (v) return { id: v, from: 'header', where: name };
  }
  if (isObject(a.json)) {
    for (const [where, read] of BODY) {
      const v = str(read(a.json));
      if (v) return { id: v, from: 'body', where };
    }
  }
  if (a.bodyKind === 'xml' || a.bodyKind === 'html') {
    const m =
      /<RequestId>\s*([^<\s]{1,200})\s*<\/RequestId>/.exec(a.text) ??
      /Ray ID:?\s*(?:<[^>]{0,80}>\s*)*([0-9a-f]{16})\b/i.exec(a.text);
    if (m?.[1]) return { id: m[1], from: 'body', where: m[0].startsWith('<') ? '<RequestId>' : 'Ray ID' };
  }
  return null;
}
