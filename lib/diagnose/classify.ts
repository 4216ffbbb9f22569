import type { Category } from './categories';
import { analyse, type Analysis } from './analysis';
import { compose, type Facts } from './advice';
import { detectedProfiles, extractCodes, isErrorShaped, type FoundCode } from './extract';
import {
  categoryForCode,
  categoryForError,
  categoryForMessage,
  categoryForStatus,
  RETRYABLE_CATEGORIES,
} from './fallback';
import { headerValue } from './header-lines';
import { detectProvider, type ProviderDetection } from './detect-provider';
import { findRequestId } from './request-id';
import { findRetry, rateLimitExhausted } from './retry';
import type { RuleSet } from './rule-set';
import { compileRules, type CompiledRules } from './compile-rules';
import { rankRules, type Scored } from './score';
import { findToken } from './token';
import type { Diagnosis, HttpSnapshot } from './types';

/** Options of a diagnosis. */
export interface DiagnoseOptions {
  /** The clock (ms or Date) to compare token times and reset epochs with when the response has no Date. Default: Date.now(). */
  now?: number | Date;
}

/** Signs of an exhausted quota (not a short burst): lower-case substrings of codes or text. */
const QUOTA = [
  'insufficient_quota',
  'quota_exceeded',
  'quotaexceeded',
  'daily_limit_exceeded',
  'dailylimitexceeded',
  'billing_hard_limit',
  'usage_limit',
  'usagelimit',
  'monthly quota',
  'monthly limit',
  'exceeded your current quota',
  'daily quota',
  'daily limit',
];
const quotaIn = (lower: string) => QUOTA.some((q) => lower.includes(q));
/** Every quota phrase holds one of these words (checked in the word set before any substring scan). */
const QUOTA_WORDS = [
  'quota',
  'quotaexceeded',
  'dailylimitexceeded',
  'usagelimit',
  'daily',
  'monthly',
  'usage',
  'billing',
];
const AUTH_HEADERS =
  /^(authorization|proxy-authorization|cookie|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|ocp-apim-subscription-key|x-goog-api-key)$/i;
const UNSAFE_METHODS = new Set(['POST', 'PATCH']);

/** Classifies one snapshot against a rule set: the Diagnosis contract, deterministic for a given `now`. */
export function classify(snap: HttpSnapshot, rules: RuleSet | CompiledRules, options: DiagnoseOptions = {}): Diagnosis {
  const now = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  const compiled = 'byWord' in rules ? rules : compileRules(rules);
  const a = analyse(snap, now);
  const provider = detectProvider(a, compiled.profiles);
  const codes = extractCodes(a, provider, compiled.profiles);
  const errorish = isErrorShaped(a) || snap.error !== null || a.status === null;
  let ranked = rankRules(compiled, a, codes, provider, errorish);
  const token = findToken(a);
  const expiredAgo = token?.exp != null ? Math.round(a.base / 1000 - token.exp) : null;
  const tokenExpired = expiredAgo !== null && expiredAgo > 0;

  let category = pickCategory(a, ranked, codes, errorish);
  // A code that itself says "expired" (ACCESS_TOKEN_EXPIRED) outranks an entry that files it under invalid credentials.
  if (category === 'auth_invalid' && codes[0] && categoryForCode(codes[0].code) === 'auth_expired')
    category = 'auth_expired';
  const top = ranked[0];
  if (tokenExpired && (a.status === 401 || a.status === null || category.startsWith('auth_'))) {
    category = 'auth_expired';
    ranked = promote(ranked, compiled, (s) => s.rule.entry.category === 'auth_expired' && s.rule.provider === null);
  }
  let authMissing = false;
  if (
    category === 'auth_invalid' &&
    a.status === 401 &&
    snap.request &&
    snap.request.headers.length > 0 &&
    !top?.codeHit
  ) {
    // RFC 6750 §3.1: a challenge without an error code answers a request that carried no credentials.
    authMissing =
      !snap.request.headers.some(([n]) => AUTH_HEADERS.test(n)) &&
      !/[?&](?:api_?key|access_token|key|token)=/i.test(snap.request.url ?? '');
    if (authMissing) category = 'auth_missing';
  }
  if (category !== 'success') ranked = ranked.filter((s) => s.rule.entry.category !== 'success');
  const lead = ranked[0];

  const retry = findRetry(a, category === 'rate_limited', retryHints(compiled, provider));
  const quota =
    category === 'rate_limited' &&
    (codes.some((c) => quotaIn(c.code.toLowerCase())) ||
      (QUOTA_WORDS.some((w) => a.words?.has(w) ?? true) && quotaIn(a.lower)));
  const method = snap.request?.method?.toUpperCase() ?? null;
  const idempotencyKey = snap.request
    ? (headerValue(snap.request.headers, 'idempotency-key') ?? headerValue(snap.request.headers, 'x-idempotency-key'))
    : null;
  const unsafeRetry = category === 'server_error' && method !== null && UNSAFE_METHODS.has(method);
  let retryable =
    lead && lead.rule.entry.category === category ? lead.rule.entry.retryable : RETRYABLE_CATEGORIES.has(category);
  if (quota) retryable = false;
  else if (retry && (category === 'rate_limited' || category === 'service_unavailable')) retryable = true;
  if (unsafeRetry) retryable = idempotencyKey !== null;

  const requestId = findRequestId(a, provider, compiled.profiles);
  const facts: Facts = {
    a,
    category,
    ranked,
    codes,
    provider,
    retry,
    requestId,
    token,
    expiredAgo,
    quota,
    unsafeRetry,
    idempotencyKey,
    authMissing,
    method,
    providerNames: compiled.set.providers,
  };
  const { summary, causes, fixes, evidence } = compose(facts);

  return {
    category,
    confidence: confidence(a, ranked, category, tokenExpired || authMissing, codes),
    status: a.status,
    provider: provider.primary ?? inferredProvider(lead),
    providerCode: codes[0]?.code ?? null,
    retryable,
    retryAfterSeconds: retry ? retry.seconds : null,
    requestId: requestId?.id ?? null,
    summary,
    causes,
    fixes,
    evidence,
    entries: ranked
      .filter((s) => s.score >= 0.4)
      .slice(0, 5)
      .map((s) => ({ slug: s.rule.entry.slug, title: s.rule.entry.title, score: Math.min(1, s.score) })),
  };
}

function pickCategory(a: Analysis, ranked: Scored[], codes: FoundCode[], errorish: boolean): Category {
  if (!errorish && a.status !== null && a.status < 300) return 'success';
  // Entries about a format (problem+json, GraphQL partial data) explain the shape, not the
  // failure; a 200 that carries an error is not explained by the entry for 200.
  const top = ranked.find((s) => s.rule.entry.category !== 'unknown' && s.rule.entry.category !== 'success');
  const strong = top && (top.codeHit || top.bodyHits.length > 0);
  const said = strong ? null : categoryForMessage(a.text.slice(0, 4096));
  if (said === 'auth_expired' && (a.status === null || a.status === 400 || a.status === 401 || a.status === 403))
    return said;
  if (a.snap.error && !strong) return categoryForError(a.snap.error);
  // GitHub answers an exhausted primary rate limit with 403 and X-RateLimit-Remaining: 0.
  if (
    (a.status === 403 || a.status === 429) &&
    rateLimitExhausted(a) &&
    (!top || top.rule.entry.category === 'forbidden')
  )
    return 'rate_limited';
  if (top && (strong || !codes[0])) return top.rule.entry.category;
  const fromCode = codes[0] ? categoryForCode(codes[0].code) : null;
  if (fromCode) return fromCode;
  if (top) return top.rule.entry.category;
  if (said) return said;
  if (a.status !== null && a.status >= 300) return categoryForStatus(a.status);
  return ranked.find((s) => s.rule.entry.category !== 'success')?.rule.entry.category ?? 'unknown';
}

/** Moves the best rule satisfying `want` to the top (from the candidates, else from the 401 index). */
function promote(ranked: Scored[], c: CompiledRules, want: (s: Scored) => boolean): Scored[] {
  const pool: Scored[] = ranked.length ? ranked : [];
  let pick = pool.find(want);
  if (!pick) {
    const blank = (rule: Scored['rule']): Scored => ({
      rule,
      score: 0,
      codeHit: null,
      codeShared: false,
      statusHit: true,
      bodyHits: [],
      headerHits: [],
    });
    const rule = (c.byStatus.get(401) ?? []).find((r) => want(blank(r)));
    if (rule) pick = blank(rule);
  }
  if (!pick) return ranked;
  const best = Math.max(0.9, (ranked[0]?.score ?? 0) + 0.01);
  return [{ ...pick, score: best }, ...ranked.filter((s) => s.rule !== pick.rule)];
}

/** The wait hints of the detected providers' profiles. */
const retryHints = (c: CompiledRules, provider: ProviderDetection) =>
  detectedProfiles(provider).flatMap((id) => c.profiles.byId.get(id)?.retry ?? []);

function inferredProvider(lead: Scored | undefined): string | null {
  // A provider-specific code matched exactly (a bare `AADSTS50058`): the entry names the provider.
  return lead?.codeHit && !lead.codeShared && lead.rule.provider ? lead.rule.provider : null;
}

function confidence(a: Analysis, ranked: Scored[], category: Category, decisive: boolean, codes: FoundCode[]): number {
  const best = ranked.find((s) => s.rule.entry.category === category);
  let c: number;
  if (decisive)
    c = Math.max(0.85, Math.min(0.97, best?.score ?? 0)); // an expired token or a bare request settles it
  else if (best) c = Math.min(0.97, best.score);
  else if (a.snap.error) c = 0.6;
  else if (codes[0] && categoryForCode(codes[0].code) === category) c = 0.5;
  else if (a.status !== null) c = 0.45;
  else c = category === 'unknown' ? 0.1 : 0.3;
  if (a.warnings.length > 0) c *= 0.85;
  return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;
}
