import type { Analysis } from './analysis';
import type { Category } from './categories';
import type { FoundCode } from './extract';
import { categoryForError, categoryForStatus } from './fallback';
import { categoryForCode, decides, findHint, type CompiledSemantics, type Hint } from './phrases';
import { rateLimitExhausted } from './retry';
import type { Scored } from './score';

const TRANSPORT: ReadonlySet<Category> = new Set(['network', 'tls', 'timeout']);
const AUTH: ReadonlySet<Category> = new Set(['auth_missing', 'auth_invalid', 'auth_expired']);

/** What decided the category, for the evidence. */
export interface CategoryChoice {
  category: Category;
  /** the phrase hint that decided it (or was the fallback), if any */
  hint: Hint | null;
}

/**
 * The category, in order of precedence: a 2xx without a failure shape is a success; an
 * entry that matched on a code or a body regex; a phrase hint that decides for this status
 * (a 500 that says "overloaded"); a transport error; an exhausted rate-limit window on a
 * 403/429; the best entry; the words in the code; any hint; the status.
 */
export function pickCategory(
  a: Analysis,
  ranked: readonly Scored[],
  codes: readonly FoundCode[],
  errorish: boolean,
  sem: CompiledSemantics,
): CategoryChoice {
  if (!errorish && a.status !== null && a.status < 300) return { category: 'success', hint: null };
  // Entries about a format (problem+json, GraphQL partial data) explain the shape, not the
  // failure; a 200 that carries an error is not explained by the entry for 200.
  const top = ranked.find((s) => s.rule.entry.category !== 'unknown' && s.rule.entry.category !== 'success');
  const strong = top !== undefined && (top.codeHit !== null || top.bodyHits.length > 0);
  // A hint may outweigh an entry that says no more than the status does (a generic one, or a
  // provider's entry matched by its text only); a provider's own code entry stays authoritative.
  const overridable =
    !strong ||
    (a.status !== null &&
      top.rule.entry.category === categoryForStatus(a.status) &&
      !(top.codeHit !== null && top.rule.provider !== null));
  // An entry that files the response under one credential failure is refined by words that
  // say which kind it was: none were sent, they were rejected, or they expired (Postmark's
  // code 10 is "bad or missing token"; its message tells the two apart).
  // A refusal filed as forbidden (Google's REQUEST_DENIED) whose words say no credential was
  // sent at all ("You must use an API key") is the missing credential.
  const refinable =
    !overridable && top !== undefined && (AUTH.has(top.rule.entry.category) || top.rule.entry.category === 'forbidden');
  const refinesTo = (c: Category) =>
    top !== undefined &&
    c !== top.rule.entry.category &&
    (AUTH.has(top.rule.entry.category) ? AUTH.has(c) : c === 'auth_missing');
  const hint = overridable
    ? findHint(sem, a, codes, (row) => row.category !== undefined)
    : refinable
      ? findHint(
          sem,
          a,
          codes,
          // words in the message; a code's words are what the entry already matched on
          (row) => row.category !== undefined && refinesTo(row.category) && row.in.includes('message'),
        )
      : null;
  const category = hint?.row.category;
  // No HTTP answer came back, and the text names how the connection failed (TLS, DNS, refused,
  // reset, timeout): that is the category, whatever words the wrapper uses ("Authentication failed").
  // An entry matched on the wrapper's words does not outweigh it; one about a transport failure does.
  const transportEntry = top !== undefined && TRANSPORT.has(top.rule.entry.category);
  // A code whose kind the table knows (ERR_SOCKET_CONNECTION_TIMEOUT) names it more precisely than
  // an entry about the wrapper's words ("fetch failed").
  const named = a.snap.error?.code != null;
  if (a.status === null && a.snap.error && a.snap.error.kind !== 'other' && !(strong && transportEntry && !named))
    return { category: categoryForError(a.snap.error), hint: null };
  // A 2xx that carries an error has no status entry to outweigh: any hint decides.
  const status = a.status !== null && a.status < 300 ? null : a.status;
  if (hint && category && !hint.row.weak && decides(hint.row, status)) return { category, hint };
  if (a.snap.error && !strong) return { category: categoryForError(a.snap.error), hint: null };
  // An exhausted primary rate limit answered with 403 and X-RateLimit-Remaining: 0.
  if (
    (a.status === 403 || a.status === 429) &&
    rateLimitExhausted(a) &&
    (!top || top.rule.entry.category === 'forbidden')
  )
    return { category: 'rate_limited', hint: null };
  // A stated 4xx or 5xx means a server answered: an entry about a connection failing (a WebSocket
  // upgrade refused with 403 or 404, a proxy's 502 page saying the upstream disconnected) says
  // less than that status does. The transport words stay in the evidence.
  if (
    top &&
    TRANSPORT.has(top.rule.entry.category) &&
    !top.codeHit &&
    a.status !== null &&
    !a.statusFromBody &&
    a.status >= 400 &&
    !TRANSPORT.has(categoryForStatus(a.status))
  )
    return { category: categoryForStatus(a.status), hint: null };
  // A provider's entry ranked on its status alone stands for one of its own codes, and the
  // response shows none: the status says as much as that guess (a Cloudflare 400 with no body
  // is not necessarily its malformed-auth-header error).
  const guessed =
    top !== undefined &&
    !strong &&
    top.rule.provider !== null &&
    top.rule.hasOwnCodes &&
    codes.length === 0 &&
    top.headerHits.length === 0 &&
    a.status !== null &&
    a.status >= 400 &&
    !a.statusFromBody;
  if (guessed) return { category: categoryForStatus(a.status!), hint: null };
  if (top && (strong || !codes[0])) return { category: top.rule.entry.category, hint: null };
  const fromCode = codes[0] ? categoryForCode(sem, codes[0].code) : null;
  if (fromCode) return { category: fromCode, hint: null };
  if (top) return { category: top.rule.entry.category, hint: null };
  // Headers alone (a printed header map, a headers-only paste) and nothing else decided: a
  // Retry-After or an exhausted window says the answer was a rate limit (RFC 6585 §4).
  if (a.status === null && !a.snap.error && (rateLimitExhausted(a) || a.headers.has('retry-after')))
    return { category: 'rate_limited', hint: null };
  if (hint && category) return { category, hint };
  if (a.status !== null && a.status >= 300) return { category: categoryForStatus(a.status), hint: null };
  return { category: ranked.find((s) => s.rule.entry.category !== 'success')?.rule.entry.category ?? 'unknown', hint };
}
