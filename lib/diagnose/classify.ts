import { analyse, boundSnapshot, wordsOf, type Analysis } from './analysis';
import { compose, type Facts } from './advice';
import type { Category } from './categories';
import { compileRules, type CompiledRules } from './compile-rules';
import { detectProvider, type ProviderDetection } from './detect-provider';
import { detectedProfiles, extractCodes, type FoundCode } from './extract';
import { headerValue } from './header-lines';
import { categoryForCode, failureShape, type Hint } from './phrases';
import { pickCategory } from './pick-category';
import { findRequestId } from './request-id';
import { findRetry } from './retry';
import { decideRetryable } from './retryable';
import type { RuleSet } from './rule-set';
import { rankRules, type Scored } from './score';
import { findToken } from './token';
import type { Diagnosis, HttpSnapshot } from './types';
import { WEIGHTS } from './weights';

/** A credential in the query string (`?api_key=…`, `&access_token=…`). */
const CREDENTIAL_PARAM = /[?&](?:api_?key|access_token|key|token)=/i;
/** A credential parameter sent empty (`?hapikey=`, `&api_key=&`, `?access_token=` at the end). */
const EMPTY_CREDENTIAL_PARAM = /[?&][\w.-]*(?:key|token)=(?=&|#|$)/i;
import { isSecretHeader, scrubDeep } from '../secrets';

/** Options of a diagnosis. */
export interface DiagnoseOptions {
  /** The clock (ms or Date) to compare token times and reset epochs with when the response has no Date. Default: Date.now(). */
  now?: number | Date;
}

/** Classifies one snapshot against a rule set: the Diagnosis contract, deterministic for a given `now`. */
export function classify(
  input: HttpSnapshot,
  rules: RuleSet | CompiledRules,
  options: DiagnoseOptions = {},
): Diagnosis {
  const snap = boundSnapshot(input); // every text a regex reads is bounded
  const now = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  const compiled = 'byWord' in rules ? rules : compileRules(rules);
  const sem = compiled.semantics;
  const a = analyse(snap, now);
  const provider = detectProvider(a, compiled.profiles);
  const failure = a.status !== null && a.status < 300 ? failureShape(sem, a) : null;
  const errorish = failure !== null || snap.error !== null || a.status === null || a.status >= 300;
  const codes = extractCodes(a, provider, compiled.profiles, errorish);
  const words = errorish && a.text ? wordsOf(a) : null;
  let ranked = rankRules(compiled, a, codes, provider, errorish, words);
  const token = findToken(a);
  const expiredAgo = token?.exp != null ? Math.round(a.base / 1000 - token.exp) : null;
  const tokenExpired = expiredAgo !== null && expiredAgo > 0;
  const credentialHeader = snap.request?.headers.find(([n]) => isSecretHeader(n))?.[0] ?? null;

  const choice = pickCategory(a, ranked, codes, errorish, sem);
  let category: Category = choice.category;
  // Overrides, in order: each is a fact that outweighs what the entries say.
  // 1. A code that itself says "expired" (ACCESS_TOKEN_EXPIRED) outranks an entry filing it under invalid credentials.
  if (category === 'auth_invalid' && codes[0] && categoryForCode(sem, codes[0].code) === 'auth_expired')
    category = 'auth_expired';
  // 2. The bearer token in the request has expired: that settles an auth failure.
  if (tokenExpired && (a.status === 401 || a.status === null || category.startsWith('auth_'))) {
    category = 'auth_expired';
    ranked = promote(ranked, compiled, (s) => s.rule.entry.category === 'auth_expired' && s.rule.provider === null);
  }
  // 3. RFC 6750 §3.1: a challenge without an error code answers a request that carried no credentials.
  const top = ranked[0];
  // The request went without credentials: its headers are shown and none carries one (and no
  // key rides in the query), or the URL's credential parameter is there but empty (`?hapikey=`).
  const url = snap.request?.url ?? '';
  const authMissing =
    category === 'auth_invalid' &&
    a.status === 401 &&
    snap.request !== null &&
    !top?.codeHit &&
    ((snap.request.headers.length > 0 && credentialHeader === null && !CREDENTIAL_PARAM.test(url)) ||
      EMPTY_CREDENTIAL_PARAM.test(url));
  if (authMissing) category = 'auth_missing';
  // 4. A failure is never explained by an entry about success.
  if (category !== 'success') ranked = ranked.filter((s) => s.rule.entry.category !== 'success');
  const lead = ranked[0];

  const retry = findRetry(a, category === 'rate_limited', retryHints(compiled, provider));
  const method = snap.request?.method?.toUpperCase() ?? null;
  const idempotencyKey = snap.request
    ? (headerValue(snap.request.headers, 'idempotency-key') ?? headerValue(snap.request.headers, 'x-idempotency-key'))
    : null;
  // 5. Retryable: the entry's word, then what the response and the phrase tables say.
  const verdict = decideRetryable({ a, category, lead, retry, codes, sem, method, idempotencyKey });
  const hints = unique([choice.hint, verdict.hint]);

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
    quota: verdict.quota,
    unsafeRetry: verdict.unsafeRetry,
    idempotencyKey,
    authMissing,
    credentialHeader,
    method,
    failure,
    hints,
    providerNames: compiled.set.providers,
    edgeName: edgeName(compiled, provider),
  };
  // Text quoted from the input (an error message with `?apikey=…`) must not repeat a secret.
  const { summary, causes, fixes, evidence } = scrubDeep(compose(facts));

  return {
    category,
    confidence: confidence(a, ranked, category, tokenExpired || authMissing, codes, compiled),
    status: a.status,
    provider: provider.primary ?? inferredProvider(lead),
    providerCode: codes[0]?.code ?? null,
    retryable: verdict.retryable,
    retryAfterSeconds: retry ? retry.seconds : null,
    requestId: requestId?.id ?? null,
    summary,
    causes,
    fixes,
    evidence,
    entries: ranked
      .filter((s) => s.score >= WEIGHTS.rank.listed)
      .slice(0, 5)
      .map((s) => ({ slug: s.rule.entry.slug, title: s.rule.entry.title, score: Math.min(1, s.score) })),
  };
}

const unique = (hints: (Hint | null)[]): Hint[] =>
  hints.filter((h, i): h is Hint => h !== null && hints.findIndex((o) => o?.row === h.row) === i);

/** Moves the best rule satisfying `want` to the top (from the candidates, else from the 401 index). */
function promote(ranked: Scored[], c: CompiledRules, want: (s: Scored) => boolean): Scored[] {
  let pick = ranked.find(want);
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
  const best = Math.max(WEIGHTS.rank.promoted, (ranked[0]?.score ?? 0) + WEIGHTS.rank.promotedLead);
  return [{ ...pick, score: best }, ...ranked.filter((s) => s.rule !== pick.rule)];
}

/** The wait hints of the detected providers' profiles. */
const retryHints = (c: CompiledRules, provider: ProviderDetection) =>
  detectedProfiles(provider).flatMap((id) => c.profiles.byId.get(id)?.retry ?? []);

/** The detected provider's name when it is a proxy or CDN (profile role `edge`). */
function edgeName(c: CompiledRules, provider: ProviderDetection): string | null {
  const p = provider.primary ? c.profiles.byId.get(provider.primary) : undefined;
  return p?.role === 'edge' ? p.name : null;
}

function inferredProvider(lead: Scored | undefined): string | null {
  // A provider-specific code matched exactly (a bare `AADSTS50058`): the entry names the provider.
  return lead?.codeHit && !lead.codeShared && lead.rule.provider ? lead.rule.provider : null;
}

function confidence(
  a: Analysis,
  ranked: Scored[],
  category: Category,
  decisive: boolean,
  codes: FoundCode[],
  c: CompiledRules,
): number {
  const W = WEIGHTS.confidence;
  const best = ranked.find((s) => s.rule.entry.category === category);
  let v: number;
  if (decisive) v = Math.max(W.decisiveFloor, Math.min(W.cap, best?.score ?? 0));
  else if (best) v = Math.min(W.cap, best.score);
  else if (a.snap.error) v = W.transport;
  else if (codes[0] && categoryForCode(c.semantics, codes[0].code) === category) v = W.codeWords;
  else if (a.status !== null) v = W.status;
  else v = category === 'unknown' ? W.unknown : W.other;
  if (a.warnings.length > 0) v *= W.unreadFactor;
  return Math.round(Math.max(0, Math.min(1, v)) * 100) / 100;
}
