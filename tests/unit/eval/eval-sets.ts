/**
 * The real-world evaluation sets (issue 11, "Measure"): their manifest schema, loader and
 * scorer, shared by the manifest test, the floor test and `npm run accuracy`. The scorer
 * only calls `diagnose(input, rules)` and reads Diagnosis JSON fields, so it keeps working
 * while the engine behind it is rewritten.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

/** The categories of the Diagnosis contract (ARCHITECTURE.md), written out so a renamed one fails here. */
export const CATEGORIES = [
  'auth_missing',
  'auth_invalid',
  'auth_expired',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'validation',
  'payload_too_large',
  'rate_limited',
  'server_error',
  'bad_gateway',
  'service_unavailable',
  'gateway_timeout',
  'tls',
  'network',
  'timeout',
  'success',
  'unknown',
] as const;

/** How a response was pasted (issue 11 lists every one). */
export const RESPONSE_STYLES = [
  'raw-http',
  'curl-i',
  'curl-v',
  'har',
  'json-envelope',
  'json-body',
  'html-body',
  'text-body',
  'python-repr',
  'node-inspect',
  'ruby-hash',
  'exception-line',
  'log-line',
  'truncated-json',
  'double-encoded-json',
] as const;

/** How an error text was pasted. */
export const TEXT_STYLES = ['stack-trace', 'cli-output', 'sdk-exception', 'log-line', 'console'] as const;

const expectSchema = z.strictObject({
  category: z.enum(CATEGORIES),
  providerCode: z.string().min(1).nullable(),
  retryable: z.boolean(),
  /** only when the paste states a wait (Retry-After, a reset header or a body hint); "try again in 4.77s" is 4.77 */
  retryAfterSeconds: z.number().nonnegative().optional(),
});

const caseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  file: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  source: z.url({ protocol: /^https?$/ }),
  style: z.string(),
  /** the request's URL, when the source shows it; used to derive curl -v and HAR pastes */
  url: z.url().optional(),
  /** true for a 2xx response whose body says the call failed */
  failure200: z.boolean().optional(),
  /** what was changed from the source: secrets replaced, a re-wrap into another paste style */
  note: z.string().optional(),
  expect: expectSchema,
});

export const responseCaseSchema = caseSchema.extend({ provider: z.string().min(2), style: z.enum(RESPONSE_STYLES) });
export const textCaseSchema = caseSchema.extend({ runtime: z.string().min(2), style: z.enum(TEXT_STYLES) });
export type ResponseCase = z.infer<typeof responseCaseSchema>;
export type TextCase = z.infer<typeof textCaseSchema>;
export type EvalCase = ResponseCase | TextCase;
export type Expectation = z.infer<typeof expectSchema>;

export const SETS = {
  responses: { dir: root('tests/fixtures/eval/responses'), schema: responseCaseSchema },
  'error-texts': { dir: root('tests/fixtures/eval/error-texts'), schema: textCaseSchema },
} as const;
export type SetName = keyof typeof SETS;

/** Reads a set's cases.yaml; throws naming the case and field that do not fit the schema. */
export function loadCases(set: 'responses'): ResponseCase[];
export function loadCases(set: 'error-texts'): TextCase[];
export function loadCases(set: SetName): EvalCase[] {
  const { dir, schema } = SETS[set];
  const doc: unknown = parseYaml(readFileSync(`${dir}/cases.yaml`, 'utf8'));
  const rows = z.object({ cases: z.array(z.unknown()) }).parse(doc).cases;
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const id = (row as { id?: unknown } | null)?.id;
    throw new Error(`${set}/cases.yaml case ${i} (${String(id)}): ${z.prettifyError(parsed.error)}`);
  });
}

/** The paste, byte-exact. */
export const readPaste = (set: SetName, c: EvalCase): string => readFileSync(`${SETS[set].dir}/${c.file}`, 'utf8');
