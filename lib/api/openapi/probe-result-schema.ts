import { z } from 'zod';
import { diagnosisSchema } from '@/lib/diagnose/diagnosis-schema';
import type { ProbeResult } from '@/lib/request/probe-contract';

/**
 * `POST /api/probe`'s answer as a zod schema. The route builds a `ProbeResult` (a TypeScript type);
 * the type assertion at the end fails the typecheck if the two ever describe different objects.
 */
const timings = z.strictObject({
  dnsMs: z.number().min(0),
  connectMs: z.number().min(0),
  tlsMs: z.number().min(0),
  ttfbMs: z.number().min(0),
  totalMs: z.number().min(0),
});

const response = z.strictObject({
  status: z.number().int(),
  statusText: z.string(),
  httpVersion: z.string(),
  headers: z.array(z.tuple([z.string(), z.string()])),
  body: z.string().describe('UTF-8 text, or base64 when bodyEncoding is base64'),
  bodyEncoding: z.enum(['utf8', 'base64']),
  bodyTruncated: z.boolean(),
  sizeBytes: z.number().int().min(0),
  redirects: z.array(z.strictObject({ status: z.number().int(), location: z.string() })),
  timings,
  remoteAddress: z.string().nullable(),
  warnings: z.array(z.string()),
});

const networkError = z.strictObject({
  kind: z.enum(['dns', 'refused', 'reset', 'timeout', 'tls', 'other']),
  code: z.string(),
  message: z.string(),
});

export const probeResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('response'), response, diagnosis: diagnosisSchema }),
  z.strictObject({ outcome: z.literal('network_error'), error: networkError, diagnosis: diagnosisSchema }),
]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time drift check between the schema and the route's type. */
export type ProbeResultSchemaMatches = Assert<Same<z.infer<typeof probeResultSchema>, ProbeResult>>;
