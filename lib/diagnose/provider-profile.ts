import { z } from 'zod';

/**
 * A provider profile: `content/providers/<id>.yaml`, one file per provider. Everything the
 * diagnosis engine knows about a provider lives here as data (ARCHITECTURE.md: "knowledge is
 * content, the engine is a loop"); the engine receives profiles with the rule set and names
 * no provider itself. A bad file fails the build naming the file and the field.
 *
 * JSON paths (`body:`) are dot-separated member names; `[]` means "any item of this array",
 * `[0]` one item, and a leading `[]` an array at the top level: `error.code`,
 * `errors[].extensions.code`, `[].errorCode`, `error.details[].reason`.
 */

/** Whether a content regex compiles (shared by every content table's schema). */
export const compiles = (source: string) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

/** A regular expression (source text, compiled with the `i` and `u` flags by the engine). */
export const RegexSource = z.string().min(1).max(300).refine(compiles, 'not a valid regular expression');

/** A JSON path into a parsed body (see the module comment). */
export const JsonPath = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^(?:\[\d*\](?:\.[\w@$:-]+(?:\[\d*\])?)*|[\w@$:-]+(?:\[\d*\])?(?:\.[\w@$:-]+(?:\[\d*\])?)*)$/,
    'a JSON path like error.code, errors[].reason or [].errorCode',
  );

/** A lower-case header name (`x-request-id`); a trailing `*` makes it a prefix (`x-vendor-*`). */
export const HeaderName = z.string().regex(/^[a-z0-9-]+\*?$/, 'a lower-case header name, optionally ending in *');

/** A host suffix: `example.com` matches `example.com` and `api.example.com`, not `notexample.com`. */
export const HostSuffix = z
  .string()
  .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'a lower-case host name such as api.example.com');

/** Where one piece of a response is: exactly one of `header`, `body` (a JSON path) or `text` (a regex). */
const LocatorFields = {
  header: HeaderName.optional(),
  body: JsonPath.optional(),
  /** a regex over the body text; the first capture group (or the whole match) is the value */
  text: RegexSource.optional(),
  /** a regex applied to the value found; its first capture group is kept (`^([^:]+)` for `Code:url`) */
  pattern: RegexSource.optional(),
  /** a rewrite of the value kept: every match of `find` becomes `with` (`-` → `_`) */
  replace: z.strictObject({ find: RegexSource, with: z.string().max(20) }).optional(),
  /** a number found becomes this prefix plus the number (`[50058]` → `AADSTS50058`) */
  prefix: z.string().max(20).optional(),
};

const exactlyOne = (keys: readonly string[]) => (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
  const present = keys.filter((k) => value[k] !== undefined);
  if (present.length !== 1)
    ctx.addIssue({
      code: 'custom',
      message: `give exactly one of ${keys.join(', ')} (found ${present.length ? present.join(', ') : 'none'})`,
    });
};

export const Locator = z.strictObject(LocatorFields).superRefine(exactlyOne(['header', 'body', 'text']));
export type Locator = z.infer<typeof Locator>;

/**
 * One test on a response, as data (no closures): exactly one of `header`, `host`, `body` or
 * `text`, narrowed by the optional fields. Signals and the failure shapes of
 * content/semantics.yaml are conditions.
 */
const ConditionFields = {
  /** header present, or its value matching `value` */
  header: HeaderName.optional(),
  /** the request's host is this suffix of a registrable domain (never a word inside a host) */
  host: HostSuffix.optional(),
  /** a body member at this JSON path exists (or equals / matches / has the type in `is`) */
  body: JsonPath.optional(),
  /** a regex over the body text (bounded by the engine) */
  text: RegexSource.optional(),
  /** for `header` and `body`: the value must match this regex (case-insensitive unless `matchCase`) */
  value: RegexSource.optional(),
  /** `value` matches letter case exactly: an UPPER_SNAKE code list is not a CamelCase word (`UNAUTHORIZED` ≠ `Unauthorized`) */
  matchCase: z.literal(true).optional(),
  /** for `body`: the value must equal this */
  equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
  /** for `body`: the value's JSON type (`items`: an array with at least one item) */
  is: z.enum(['string', 'number', 'boolean', 'object', 'array', 'items']).optional(),
  /** for `body`: the member must be absent (used inside `and`: "an envelope without doc_url") */
  absent: z.literal(true).optional(),
  /** for `body` with `[]`: every item must pass (default: any item) */
  every: z.literal(true).optional(),
  /** for a top-level `body` member: it is the only member of the body */
  only: z.literal(true).optional(),
  /** the status must be in this inclusive range, e.g. [520, 530] (combined with another test) */
  status: z.tuple([z.number().int().min(100).max(999), z.number().int().min(100).max(999)]).optional(),
};
const WHERE = ['header', 'host', 'body', 'text'] as const;

export const Condition = z.strictObject(ConditionFields).superRefine(exactlyOne(WHERE));
export type Condition = z.infer<typeof Condition>;

const CompoundFields = {
  ...ConditionFields,
  /** further conditions that must all hold too (an envelope is several members at once) */
  and: z.array(Condition).max(6).optional(),
  /** alternatives: at least one must hold too (a GraphQL error has locations, path or extensions) */
  any: z.array(Condition).max(6).optional(),
};

/** A condition with `and` / `any` parts: what signals and failure shapes are. */
export const Compound = z.strictObject(CompoundFields).superRefine(exactlyOne(WHERE));
export type Compound = z.infer<typeof Compound>;

/**
 * One piece of detection evidence. A provider is detected when the weights of its matching
 * signals add up to at least 1; `why` is the sentence the diagnosis shows as evidence.
 */
export const Signal = z
  .strictObject({
    ...CompoundFields,
    weight: z.number().positive().max(3),
    why: z.string().min(3).max(120),
  })
  .superRefine(exactlyOne(WHERE));
export type Signal = z.infer<typeof Signal>;

/** A retry hint: where a wait is stated and in what unit. */
export const RetryHint = z
  .strictObject({
    ...LocatorFields,
    /**
     * `reset`: a rate-limit window's reset (seconds, epoch or ISO time), read only when the
     * response is about rate limiting and its `remaining` header (if any) says 0.
     */
    unit: z.enum(['seconds', 'milliseconds', 'unix-seconds', 'http-date', 'reset']).default('seconds'),
    /** for `reset`: the header counting what is left in that window */
    remaining: HeaderName.optional(),
  })
  .superRefine(exactlyOne(['header', 'body', 'text']));
export type RetryHint = z.infer<typeof RetryHint>;

export const ProviderProfile = z.strictObject({
  /** the file name without `.yaml`; what entries put in `provider` and a Diagnosis reports */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  name: z.string().min(2).max(80),
  /**
   * `service`: an API with its own error codes. `edge`: a CDN, proxy or gateway in front of
   * someone else's service (its signals say who answered, not whose API failed). `format`: a
   * shared error format (GraphQL, RFC 9457) that many services use.
   */
  role: z.enum(['service', 'edge', 'format']).default('service'),
  /** host suffixes of its APIs; a request to one is strong evidence (weight 2) */
  hosts: z.array(HostSuffix).default([]),
  detect: z.array(Signal).default([]),
  /** where the error code lives, most specific first: the first found is `providerCode` */
  codes: z.array(Locator).default([]),
  /** where the human-readable message lives */
  messages: z.array(Locator).default([]),
  /** where the request id (what support asks for) lives */
  requestIds: z.array(Locator).default([]),
  retry: z.array(RetryHint).default([]),
  /** the provider's error reference page (not a home page) */
  docs: z.url().optional(),
  /** the provider's status page */
  statusPage: z.url().optional(),
});
export type ProviderProfile = z.infer<typeof ProviderProfile>;
