import type { Analysis } from './analysis';
import type { Category } from './categories';
import type { FoundCode } from './extract';
import { RETRYABLE_CATEGORIES } from './fallback';
import { findHint, type CompiledSemantics, type Hint } from './phrases';
import type { RetryHint } from './retry';
import type { Scored } from './score';

/** Categories a failure of the server side falls under: where a deterministic cause matters. */
const SERVER_SIDE: ReadonlySet<Category> = new Set<Category>([
  'server_error',
  'bad_gateway',
  'service_unavailable',
  'gateway_timeout',
]);
const UNSAFE_METHODS = new Set(['POST', 'PATCH']);

export interface RetryInput {
  a: Analysis;
  category: Category;
  lead: Scored | undefined;
  retry: RetryHint | null;
  codes: readonly FoundCode[];
  sem: CompiledSemantics;
  method: string | null;
  idempotencyKey: string | null;
}

export interface RetryVerdict {
  retryable: boolean;
  /** an exhausted quota: no wait lifts it */
  quota: boolean;
  /** a server failure on a POST/PATCH: a retry may duplicate the effect */
  unsafeRetry: boolean;
  /** the phrase row that made it not retryable, for the evidence */
  hint: Hint | null;
}

/**
 * Is sending the same request again sensible? The lead entry's `retryable` (else the
 * category's), then: a stated wait on a rate limit or an outage says yes; a phrase row with
 * `retryable: false` for this category (a quota only billing lifts, a request over the limit
 * by itself, a crash at start) says no; a non-idempotent server failure needs a key.
 */
export function decideRetryable(i: RetryInput): RetryVerdict {
  const { category, lead } = i;
  let retryable =
    lead && lead.rule.entry.category === category ? lead.rule.entry.retryable : RETRYABLE_CATEGORIES.has(category);
  if (i.retry && (category === 'rate_limited' || category === 'service_unavailable')) retryable = true;
  const hint = findHint(
    i.sem,
    i.a,
    i.codes,
    (row) =>
      row.retryable === false &&
      (row.category === category || (row.category === undefined && SERVER_SIDE.has(category))),
  );
  const quota = hint?.row.quota === true;
  if (hint) retryable = false;
  const unsafeRetry = category === 'server_error' && i.method !== null && UNSAFE_METHODS.has(i.method);
  if (unsafeRetry && !hint) retryable = i.idempotencyKey !== null;
  return { retryable, quota, unsafeRetry, hint };
}
