import { z } from 'zod';
import { CATEGORIES } from './categories';
import { Compound, RegexSource } from './provider-profile';

/**
 * The phrase tables: `content/semantics.yaml`. What words in an error code or message say
 * about the failure (expired, missing credential, missing scope, overloaded, quota, clock
 * skew, payload too large, a deterministic server failure…), and which body shapes make a
 * 2xx a failure. The engine reads these rows in order and names no phrase itself.
 */

/** One phrase row: where it looks, what it matches, what it concludes and the sentence it adds. */
export const PhraseRow = z.strictObject({
  /** a short kebab-case name for the hint (`expired`, `quota`) */
  hint: z.string().regex(/^[a-z][a-z-]*$/, 'a kebab-case name'),
  /** the category the hint points at; none when it only refines retryability */
  category: z.enum(CATEGORIES).optional(),
  /** read provider codes, the error message, or both */
  in: z
    .array(z.enum(['code', 'message']))
    .min(1)
    .default(['code', 'message']),
  /** regexes (compiled case-insensitively); any one matching is enough */
  match: z.array(RegexSource).min(1).max(12),
  /**
   * Lower-case substrings, one of which every match contains: the row's regexes only run on
   * a message holding one (a substring test costs far less than a regex over 4 KB).
   */
  gate: z
    .array(
      z
        .string()
        .min(2)
        .max(40)
        .regex(/^[^A-Z]+$/, 'lower case'),
    )
    .optional(),
  /**
   * Statuses (inclusive ranges) for which the hint outweighs the status's own generic entry
   * (a 500 that says "overloaded" is an overload). Elsewhere the hint is only a fallback,
   * used when no entry or code explains the response. A response with no status counts.
   */
  decides: z.array(z.tuple([z.number().int().min(100).max(599), z.number().int().min(100).max(599)])).default([]),
  /** `false`: retrying the same request cannot succeed (billing, a request over the limit by itself, a crash at start) */
  retryable: z.boolean().optional(),
  /**
   * A fallback only (status words in a log line: "403 Forbidden"): it never outweighs a
   * transport error, an entry or a code, and is used when nothing else explains the paste.
   */
  weak: z.literal(true).optional(),
  /** the hint is an exhausted quota, not a burst: no wait will lift it */
  quota: z.literal(true).optional(),
  /** the evidence sentence, said when the hint is used */
  why: z.string().min(5).max(160),
});
export type PhraseRow = z.infer<typeof PhraseRow>;

/** A body shape that makes a 2xx response a failure (`"ok": false`), with the evidence sentence. */
export const FailureShape = Compound;

export const Semantics = z.strictObject({
  /** in order of precedence: the first matching row wins */
  phrases: z.array(PhraseRow).min(1),
  /** `why` is required here: it is what the diagnosis says about the 2xx */
  failures: z.array(z.strictObject({ when: FailureShape, why: z.string().min(5).max(120) })).default([]),
});
export type Semantics = z.infer<typeof Semantics>;

/** The empty table: the engine still runs (status and entries alone) without content. */
export const NO_SEMANTICS: Semantics = { phrases: [], failures: [] };
