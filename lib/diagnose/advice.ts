import type { Category } from './categories';
import type { Analysis } from './analysis';
import type { FoundCode } from './extract';
import { CATEGORY_SUMMARY } from './fallback';
import type { ProviderDetection } from './detect-provider';
import type { RetryHint } from './retry';
import type { Scored } from './score';
import { formatDuration, type TokenClaims } from './token';
import { WEIGHTS } from './weights';
import type { Evidence } from './types';
import type { Hint } from './phrases';
import { agoPhrase, describeHit } from './wording';

/** Everything classify learned, for the words a person reads. */
export interface Facts {
  a: Analysis;
  category: Category;
  ranked: Scored[];
  codes: FoundCode[];
  provider: ProviderDetection;
  retry: RetryHint | null;
  requestId: { id: string; from: Evidence['from']; where: string } | null;
  token: TokenClaims | null;
  expiredAgo: number | null;
  quota: boolean;
  unsafeRetry: boolean;
  idempotencyKey: string | null;
  authMissing: boolean;
  /** the request's credential header (Authorization, X-API-Key, …), when the paste shows one */
  credentialHeader: string | null;
  method: string | null;
  /** why a 2xx is a failure (`the body says "ok": false`), or null */
  failure: string | null;
  /** the phrase hints that decided the category or the retryability */
  hints: Hint[];
  /** provider id → display name, from the rule set */
  providerNames: Readonly<Record<string, string>>;
  /** the detected provider's name when its profile is an edge (a proxy or CDN), else null */
  edgeName: string | null;
}

const MAX_CAUSES = 6;
const MAX_FIXES = 8;
const MAX_EVIDENCE = 16;
const iso = (sec: number) =>
  Number.isFinite(sec * 1000) && Math.abs(sec) < 1e11
    ? new Date(sec * 1000).toISOString().replace('.000Z', 'Z')
    : String(sec);
const wait = (s: number) => (s < 1 ? `${s} s` : formatDuration(s));

/** Whether an entry may speak for this response: generic, about the detected provider, or named by a code only its provider uses. */
const speaks = (s: Scored, f: Facts) =>
  s.rule.provider === null || f.provider.all.has(s.rule.provider) || (s.codeHit !== null && !s.codeShared);

export function compose(f: Facts): { summary: string; causes: string[]; fixes: string[]; evidence: Evidence[] } {
  const lead = f.ranked[0];
  const fromEntry = lead && lead.rule.entry.category === f.category && speaks(lead, f);
  const sentences: string[] = [];
  if (f.category === 'auth_expired' && f.expiredAgo !== null && f.expiredAgo > 0 && f.token?.exp != null) {
    sentences.push(
      `The bearer token expired ${agoPhrase(f.expiredAgo, f.token.exp, f.a.date !== null ? 'the response' : 'now')}; get a new access token (refresh it) and send the request again.`,
    );
  } else if (f.authMissing) {
    sentences.push(
      'The request carried no Authorization header, API key or cookie; add the credentials the API expects.',
    );
  } else if (f.category === 'auth_missing' && f.credentialHeader) {
    // The paste shows the header, so "it is missing" would be wrong: the server did not accept it as sent.
    sentences.push(
      `The server says no credentials arrived, yet the request carries a ${f.credentialHeader} header: check its exact name and scheme (\`Bearer <token>\`), and that no proxy or redirect strips it.`,
    );
  } else {
    sentences.push(fromEntry ? lead.rule.entry.summary : CATEGORY_SUMMARY[f.category]);
  }
  const edge = f.provider.primary ? f.edgeName : null;
  if (edge && f.a.bodyKind === 'html' && f.a.status !== null && f.a.status >= 500)
    sentences.push(`This page comes from the proxy (${edge}): your application did not answer it properly.`);
  if (f.quota)
    sentences.push(
      'This looks like an exhausted quota, not a burst: retrying will not help until it resets or the plan changes.',
    );
  else if (f.retry) sentences.push(`The response asks you to wait ${wait(f.retry.seconds)} before retrying.`);
  const unread = f.a.warnings[0];
  if (unread) sentences.push(`Part of the input could not be read: ${unread}.`);

  const causes: string[] = [];
  const fixes: string[] = [];
  if (f.retry && !f.quota)
    fixes.push('Retry only after the stated wait, then slow down: queue requests and back off with jitter.');
  if (f.category === 'auth_expired' && f.token)
    fixes.push(
      'Get a new access token (use the refresh token or re-authenticate), then retry; refresh a little before `exp` instead of after a 401.',
    );
  if (f.unsafeRetry) {
    fixes.push(
      f.idempotencyKey
        ? `The ${f.method} carried an Idempotency-Key, so retrying with the same key is safe.`
        : `This was a ${f.method}: retry only with an Idempotency-Key (or after checking the first attempt did not take effect), otherwise a retry may create a duplicate.`,
    );
  }
  for (const s of f.ranked.slice(0, 3)) {
    // Other entries lend their advice only when they are strong and not about some other provider.
    if (!speaks(s, f) || (s !== lead && s.score < WEIGHTS.rank.advises)) continue;
    causes.push(...s.rule.entry.causes);
    fixes.push(...s.rule.entry.fixes);
  }
  if (f.requestId)
    fixes.push(
      `If you contact ${providerName(f) ?? 'the provider'}'s support, quote the request id ${f.requestId.id} and the time of the request.`,
    );
  const fits = relevant(f);
  return {
    summary: sentences.join(' '),
    causes: unique(causes).filter(fits).slice(0, MAX_CAUSES),
    fixes: unique(fixes).filter(fits).slice(0, MAX_FIXES),
    evidence: evidence(f).slice(0, MAX_EVIDENCE),
  };
}

function evidence(f: Facts): Evidence[] {
  const out: Evidence[] = [];
  const { a } = f;
  if (a.snap.status !== null)
    out.push({ from: 'status', detail: `HTTP ${a.snap.status}${a.snap.statusText ? ` ${a.snap.statusText}` : ''}` });
  else if (a.status !== null) out.push({ from: 'body', detail: `status ${a.status} stated in the body` });
  if (f.failure) out.push({ from: 'body', detail: `a ${a.status} response, but ${f.failure}` });
  if (a.snap.error)
    out.push({
      from: 'body',
      detail: `${a.snap.error.kind === 'other' ? 'transport error' : `${a.snap.error.kind} error`}${a.snap.error.code ? ` ${a.snap.error.code}` : ''}: ${a.snap.error.message}`,
    });
  if (f.provider.primary) {
    const why = f.provider.why.slice(0, 2).join(', ');
    out.push({
      from: /header/i.test(why) ? 'header' : 'body',
      detail: `provider: ${f.providerNames[f.provider.primary] ?? f.provider.primary} (${why})`,
    });
  }
  for (const c of f.codes.slice(0, 3)) out.push({ from: c.from, detail: `${c.where}: ${c.code}` });
  if (f.retry) out.push({ from: f.retry.from, detail: `the response states a wait: ${f.retry.detail}` });
  for (const h of f.hints) out.push({ from: 'body', detail: h.code ? `${h.row.why} (${h.code})` : h.row.why });
  if (f.requestId) out.push({ from: f.requestId.from, detail: `request id (${f.requestId.where}): ${f.requestId.id}` });
  if (f.token) out.push(...tokenEvidence(f));
  if (f.authMissing)
    out.push({ from: 'header', detail: 'the request shows no Authorization, API-key or Cookie header' });
  const lead = f.ranked[0];
  for (const src of lead?.bodyHits.slice(0, 2) ?? [])
    out.push({
      from: 'body',
      detail: `the body ${describeHit(lead?.rule.patterns.find((p) => p.source === src)?.re, a.text)}`,
    });
  for (const name of lead?.headerHits.slice(0, 2) ?? [])
    out.push({ from: 'header', detail: `a ${name} header: ${a.headers.get(name)?.[0]?.slice(0, 80) ?? ''}`.trim() });
  for (const w of a.warnings.slice(0, 3)) out.push({ from: 'body', detail: `could not read: ${w}` });
  return out;
}

function tokenEvidence(f: Facts): Evidence[] {
  const t = f.token;
  if (!t) return [];
  const out: Evidence[] = [];
  const against = f.a.date !== null ? 'the response' : 'now';
  if (t.exp !== null && f.expiredAgo !== null) {
    out.push({
      from: 'token',
      detail:
        f.expiredAgo > 0
          ? `token expired ${agoPhrase(f.expiredAgo, t.exp, against)}`
          : `token valid for another ${formatDuration(-f.expiredAgo)} after ${against} (exp ${iso(t.exp)})`,
    });
  } else out.push({ from: 'token', detail: `token in ${t.where} has no exp claim` });
  const base = f.a.base / 1000;
  if (t.nbf !== null && t.nbf > base)
    out.push({
      from: 'token',
      detail: `token not valid before ${iso(t.nbf)} (${formatDuration(t.nbf - base)} after ${against}): clock skew?`,
    });
  if (t.iat !== null) out.push({ from: 'token', detail: `issued ${iso(t.iat)}` });
  if (t.iss) out.push({ from: 'token', detail: `iss: ${t.iss}` });
  if (t.aud) out.push({ from: 'token', detail: `aud: ${t.aud}` });
  if (t.scope) out.push({ from: 'token', detail: `scope: ${t.scope.slice(0, 200)}` });
  return out;
}

function providerName(f: Facts): string | null {
  const p = f.provider.primary;
  return p ? (f.providerNames[p] ?? p) : null;
}

const unique = (items: string[]): string[] => [...new Set(items)];

/**
 * Advice that cannot apply to this paste is dropped: an item naming a provider that was not
 * detected (a generic entry's tip about one vendor's token lifetimes), and an item saying the
 * credential header is missing when the paste shows it.
 */
function relevant(f: Facts): (item: string) => boolean {
  const named = mentionsOf(f.providerNames);
  return (item) => {
    let ids = named.get(item);
    if (ids === undefined) {
      ids = mentioned(item, f.providerNames);
      // Entry texts repeat from one diagnosis to the next; quoted input does not, so the cache is bounded.
      if (named.size < MAX_CACHED_ITEMS) named.set(item, ids);
    }
    for (const id of ids) if (!f.provider.all.has(id)) return false;
    return !(f.credentialHeader !== null && MISSING_HEADER.test(item));
  };
}

const MAX_CACHED_ITEMS = 20_000;
const mentionCache = new WeakMap<Readonly<Record<string, string>>, Map<string, readonly string[]>>();
const mentionsOf = (names: Readonly<Record<string, string>>) => {
  let m = mentionCache.get(names);
  if (!m) mentionCache.set(names, (m = new Map()));
  return m;
};
const NONE: readonly string[] = [];
/** The providers (ids) whose display name (4+ characters) the item contains. */
function mentioned(item: string, names: Readonly<Record<string, string>>): readonly string[] {
  let out: string[] | null = null;
  for (const id in names) {
    const name = names[id];
    if (name !== undefined && name.length >= 4 && item.includes(name)) (out ??= []).push(id);
  }
  return out ?? NONE;
}
const MISSING_HEADER = /\b(?:header|credentials?) (?:is|are) (?:missing|absent|not sent)\b|^no credentials\b/i;
