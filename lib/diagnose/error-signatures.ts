import { z } from 'zod';
import { compiles } from './provider-profile';

/**
 * The error-signature table: `content/error-signatures.yaml`. What runtimes, HTTP clients,
 * SDKs and CLIs print when a call fails (exception classes, errno names, curl codes in all
 * their spellings, gRPC codes, SDK wrappers and where they keep the API's own code) is data
 * the parse step walks, not regex lists in TypeScript. A bad table fails the build naming
 * the field; every pattern carries examples it must match, checked at build time too.
 */

/** What kind of transport failure a signature means (SnapshotError['kind']). */
export const FailureKind = z.enum(['dns', 'refused', 'reset', 'timeout', 'tls', 'other']);

const Regex = z.string().min(1).max(400).refine(compiles, 'not a valid regular expression');
const Url = z.url().refine((u) => /^https:\/\/[^/]+\/./.test(u), 'a specific https page, not a home page');

/**
 * A code found by a pattern. `code` writes it from the captures (`$1`, `curl_$1`); `case:
 * upper-snake` turns `DeadlineExceeded` into `DEADLINE_EXCEEDED`. With `kind` the code is a
 * transport failure (no response came back); without it, the API's or protocol's own code.
 */
export const CodePattern = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    pattern: Regex,
    ignoreCase: z.boolean().default(false),
    code: z.string().min(1).max(80).default('$1'),
    case: z.enum(['as-is', 'upper', 'upper-snake']).default('as-is'),
    /** the HTTP status the code itself states (npm's `E401` → `$1` with `E(\d{3})`), when the text states none */
    status: z
      .string()
      .regex(/^(?:\$\d|[1-5]\d{2})$/, 'a capture ($1) or a status')
      .optional(),
    /** transport failure; `from-code` looks the code up in `codeKinds` (then the phrases) */
    transport: z.union([FailureKind, z.literal('from-code')]).optional(),
    source: Url,
    examples: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A status stated in the text (`401 Client Error`, `Error code: 529`, `rejected WebSocket connection: HTTP 403`). */
export const StatusPattern = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    pattern: Regex,
    ignoreCase: z.boolean().default(false),
    source: Url,
    examples: z.array(z.string().min(1)).min(1),
  })
  .strict();

/**
 * An exception class. Order is precedence: the first root cause found in the text decides the
 * kind and the code, however deep the wrappers print it; `wrapper: true` classes only speak
 * when no root cause does, and then go into the evidence.
 */
export const ExceptionClass = z
  .object({
    name: z.string().regex(/^[A-Za-z_][\w]*$/, 'a class name without its package'),
    kind: FailureKind.optional(),
    wrapper: z.boolean().default(false),
    source: Url,
  })
  .strict();

/** Words that reveal the kind when no code does; `code` names the failure when the words are that specific (EAI_AGAIN). */
export const KindPhrase = z
  .object({
    pattern: Regex,
    kind: FailureKind,
    code: z.string().max(60).optional(),
    /** specific enough to mark a text as an error by itself ("no such host"); generic words ("timeout") need `errorish` too */
    standalone: z.boolean().default(false),
    source: Url,
    examples: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** Is retrying sensible after a transport failure of this kind; `codes` override it for one code. */
export const KindRetry = z
  .object({ retryable: z.boolean(), codes: z.record(z.string(), z.boolean()).default({}) })
  .strict();

export const ErrorSignatures = z
  .object({
    version: z.literal(1),
    /** SDK and CLI wrappers that carry the API's own code; these win over every class and errno. */
    apiCodes: z.array(CodePattern),
    /** errno names, curl codes, browser net::ERR_, TLS library codes, gRPC and protocol codes */
    codes: z.array(CodePattern),
    /** codes named inside a wrapper's message (`[SSL: CERTIFICATE_VERIFY_FAILED]`, Rust's `kind: ConnectionReset`): used when no code and no root-cause class is found */
    reasons: z.array(CodePattern).default([]),
    statuses: z.array(StatusPattern),
    classes: z.array(ExceptionClass),
    /** class names too generic to be a code (`Error`, `Exception`, `HTTPError`) */
    generic: z.array(z.string()),
    /** transport code → kind (`ECONNREFUSED: refused`, `curl_60: tls`) */
    codeKinds: z.record(z.string(), FailureKind),
    phrases: z.array(KindPhrase),
    /** kinds without an entry are left to the catalog entry that matched */
    retry: z.partialRecord(FailureKind, KindRetry),
    /** what makes a text an error message at all, when no code or status is found in it */
    errorish: Regex,
  })
  .strict()
  .superRefine((t, ctx) => {
    const check = (list: { pattern: string; ignoreCase?: boolean; examples: string[] }[], field: string) =>
      list.forEach((p, i) => {
        if (!compiles(p.pattern)) return;
        const re = new RegExp(p.pattern, p.ignoreCase ? 'imu' : 'mu');
        p.examples.forEach((ex, k) => {
          if (!re.test(ex))
            ctx.addIssue({ code: 'custom', path: [field, i, 'examples', k], message: 'the pattern does not match it' });
        });
      });
    check(t.apiCodes, 'apiCodes');
    check(t.codes, 'codes');
    check(t.reasons, 'reasons');
    check(t.statuses, 'statuses');
    check(t.phrases, 'phrases');
  });

export type ErrorSignatures = z.infer<typeof ErrorSignatures>;
export type FailureKind = z.infer<typeof FailureKind>;
