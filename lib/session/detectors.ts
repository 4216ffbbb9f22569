import { headerValue } from '../diagnose/header-lines';
import { blockedByCors } from './blocked-by-cors';
import { groupBy, label, seconds, type Detector, type Diagnosed, type Finding } from './detector-kit';
import { firstFailure } from './first-failure';
import { thresholdsOf, type PatternKind } from './pattern-schema';

export type { Diagnosed } from './detector-kit';

const isTimeout = (x: Diagnosed) =>
  x.diagnosis.category === 'timeout' ||
  x.diagnosis.category === 'gateway_timeout' ||
  x.status === 408 ||
  x.status === 504 ||
  x.snapshot.error?.kind === 'timeout';
const TOKEN_URL =
  /\/(?:oauth2?|token|tokens|refresh|connect\/token|auth\/realms\/[^/]{1,100}\/protocol\/openid-connect\/token)(?:[/?#]|$)/i;
const LOGIN_URL =
  /\/(?:login|log-in|signin|sign-in|sso|saml|session\/new|account\/login|oauth2?\/authorize|authorize)(?:[/?#.;]|$)/i;
/** A page the browser navigated to (typed, a link, a form): its redirects to a sign-in page are a login, not a failed API call. */
const isNavigation = (x: Diagnosed) =>
  headerValue(x.requestHeaders, 'sec-fetch-mode') === 'navigate' ||
  headerValue(x.requestHeaders, 'sec-fetch-dest') === 'document' ||
  /^text\/html/i.test(headerValue(x.requestHeaders, 'accept') ?? '');
const UNSAFE = new Set(['POST', 'PATCH']);

/** Repeated failing requests to one target with gaps shorter than a backoff (or than the stated wait). */
const retryStorm: Detector = (xs, p) => {
  const t = thresholdsOf(p, 'retry_storm');
  const out: Finding[] = [];
  const failing = xs.filter((x) => x.failed && x.startMs !== null && x.url !== null);
  // A retry resends the same request: calls to one URL with different bodies are separate calls.
  for (const [key, group] of groupBy(failing, (x) => `${x.method ?? 'GET'} ${x.url}\n${x.requestBody ?? ''}`)) {
    const target = key.slice(0, key.indexOf('\n'));
    const sorted = [...group].sort((a, b) => a.startMs! - b.startMs!);
    let run: Diagnosed[] = [];
    let stated = 0;
    const flush = () => {
      if (run.length >= t.minAttempts) {
        const gaps = run.slice(1).map((x, i) => x.startMs! - run[i]!.startMs!);
        out.push({
          entries: run.map((x) => x.index),
          evidence: [
            `${run.length} attempts, gaps ${gaps.map(seconds).join(', ')}`,
            ...(stated > 0 ? [`the responses asked to wait ${stated} s (Retry-After)`] : []),
          ],
          vars: {
            count: run.length,
            target,
            span: seconds(run.at(-1)!.startMs! - run[0]!.startMs!),
            status: run[0]!.status ?? run[0]!.diagnosis.category,
            wait: stated > 0 ? `, although the responses asked to wait ${stated} s` : '',
          },
        });
      }
      run = [];
      stated = 0;
    };
    for (const x of sorted) {
      const prev = run.at(-1);
      const wait = prev?.diagnosis.retryAfterSeconds ?? 0;
      const gap = prev ? (x.startMs! - prev.startMs!) / 1000 : 0;
      if (prev && !(gap < t.maxGapSeconds || (wait > 0 && gap < wait))) flush();
      if (x.diagnosis.retryAfterSeconds) stated = Math.max(stated, x.diagnosis.retryAfterSeconds);
      run.push(x);
    }
    flush();
  }
  return out;
};

/** 401 → token request → 401, repeated: the refreshed token is rejected too. */
const tokenRefreshLoop: Detector = (xs, p) => {
  const t = thresholdsOf(p, 'token_refresh_loop');
  const involved: number[] = [];
  let cycles = 0;
  let state: 'idle' | 'rejected' | 'refreshed' = 'idle';
  let cycle: number[] = [];
  for (const x of xs) {
    const isToken = x.url !== null && TOKEN_URL.test(x.url);
    if (!isToken && x.status === 401) {
      if (state === 'refreshed') {
        cycles++;
        involved.push(...cycle, x.index);
      }
      state = 'rejected';
      cycle = [x.index];
    } else if (isToken && state === 'rejected') {
      state = 'refreshed';
      cycle.push(x.index);
    } else if (!isToken && x.status !== null && x.status < 400) state = 'idle';
  }
  if (cycles < t.minCycles) return [];
  return [
    { entries: [...new Set(involved)], evidence: [`${cycles} cycles of 401 → refresh → 401`], vars: { count: cycles } },
  ];
};

/** A redirect chain that ends on a sign-in page. */
const loginRedirect: Detector = (xs, p) => {
  const t = thresholdsOf(p, 'login_redirect');
  const out: Finding[] = [];
  const byUrl = groupBy(xs, (x) => x.url);
  const reported = new Set<number>();
  for (const x of xs) {
    if (x.status === null || x.status < 300 || x.status >= 400 || reported.has(x.index) || isNavigation(x)) continue;
    const chain = [x];
    let cur: Diagnosed | undefined = x;
    for (let hop = 0; cur && hop < t.maxHops; hop++) {
      const location: string | null = cur.location;
      if (!location || cur.status === null || cur.status < 300 || cur.status >= 400) break;
      let target: string = location;
      try {
        target = new URL(location, cur.url ?? undefined).href;
      } catch {
        break;
      }
      if (LOGIN_URL.test(target)) {
        chain.forEach((c) => reported.add(c.index));
        out.push({
          entries: chain.map((c) => c.index),
          evidence: chain.map(label).concat(`Location: ${target}`),
          vars: { target: x.url ?? '(unknown)', first: target },
        });
        break;
      }
      cur = byUrl.get(target)?.find((y) => y.index > cur!.index);
      if (cur) chain.push(cur);
    }
  }
  return out;
};

const isLocal = (url: string) => /^http:\/\/(localhost|127\.|\[::1\])/.test(url);
/** Sent from an https page (its Referer or Origin), which the browser may not downgrade from. */
const fromHttpsPage = (x: Diagnosed) =>
  [headerValue(x.requestHeaders, 'referer'), headerValue(x.requestHeaders, 'origin')].some((v) =>
    v?.startsWith('https://'),
  );
/** An unsafe request answered with a redirect to https: the client repeats it as a GET without its body. */
const downgradedToHttps = (x: Diagnosed) =>
  x.method !== null &&
  UNSAFE.has(x.method) &&
  x.status !== null &&
  x.status >= 300 &&
  x.status < 400 &&
  !!x.location?.startsWith('https://');

/**
 * Plain-http calls made from an https page, and http→https redirects that turn a POST into a
 * GET. A plain-http call from an http page or a tool (a proxy capture, a dev server), or a GET
 * redirected to https (a typed address), is neither.
 */
const mixedContent: Detector = (xs, p) => {
  const t = thresholdsOf(p, 'mixed_content');
  const plain = xs.filter(
    (x) => x.url?.startsWith('http://') && !isLocal(x.url) && (fromHttpsPage(x) || downgradedToHttps(x)),
  );
  if (plain.length < t.minCount) return [];
  const downgraded = plain.find(
    (x) => x.method !== null && UNSAFE.has(x.method) && x.status !== null && [301, 302, 303].includes(x.status),
  );
  return [
    {
      entries: plain.map((x) => x.index),
      evidence: plain.slice(0, 5).map(label),
      vars: {
        count: plain.length,
        target: plain[0]!.url!,
        how: downgraded
          ? `the http-to-https redirect turned the ${downgraded.method} into a GET without its body`
          : 'the browser blocks them from an https page',
      },
    },
  ];
};

/** The first response much slower than those before it, followed by timeouts. */
const latencyCliff: Detector = (xs, p) => {
  const t = thresholdsOf(p, 'latency_cliff');
  const timed = xs.filter((x) => x.durationMs !== null);
  const window: number[] = [];
  for (let i = 0; i < timed.length; i++) {
    const x = timed[i]!;
    if (window.length >= 5 && !isTimeout(x)) {
      const median = [...window].sort((a, b) => a - b)[Math.floor(window.length / 2)]!;
      if (median > 0 && x.durationMs! > t.slowFactor * median) {
        const timeouts = timed.slice(i + 1).filter(isTimeout);
        if (timeouts.length >= t.minTimeouts)
          return [
            {
              entries: [x.index, ...timeouts.slice(0, 50).map((y) => y.index)],
              evidence: [`${label(x)} took ${seconds(x.durationMs!)}; the median before it was ${seconds(median)}`],
              vars: {
                first: label(x),
                gap: `${seconds(x.durationMs!)} against a median of ${seconds(median)}`,
                count: timeouts.length,
              },
            },
          ];
      }
    }
    window.push(x.durationMs!);
    if (window.length > 20) window.shift();
  }
  return [];
};

/** An unsafe request repeated after a 5xx or timeout, without an idempotency key. */
const nonIdempotentRetry: Detector = (xs, p) => {
  const t = thresholdsOf(p, 'non_idempotent_retry');
  const out: Finding[] = [];
  const unsafe = xs.filter((x) => x.method !== null && UNSAFE.has(x.method) && x.url !== null);
  for (const [, group] of groupBy(unsafe, (x) => `${x.method} ${x.url}\n${x.requestBody ?? ''}`)) {
    if (group.length < t.minRepeats) continue;
    const failedFirst = group
      .slice(0, -1)
      .some((x) => (x.status !== null && x.status >= 500) || isTimeout(x) || x.status === null);
    const keyed = group.some((x) =>
      /^(x-)?idempotency-key$/i.test(x.requestHeaders.find(([n]) => /idempotency-key$/i.test(n))?.[0] ?? ''),
    );
    if (!failedFirst || keyed) continue;
    out.push({
      entries: group.map((x) => x.index),
      evidence: group.slice(0, 5).map(label).concat('no Idempotency-Key header on any attempt'),
      vars: { count: group.length, first: group[0]!.method!, target: group[0]!.url! },
    });
  }
  return out;
};

export const DETECTORS: Record<PatternKind, Detector> = {
  retry_storm: retryStorm,
  token_refresh_loop: tokenRefreshLoop,
  cors_preflight_failure: blockedByCors,
  login_redirect: loginRedirect,
  mixed_content: mixedContent,
  root_cause: firstFailure,
  latency_cliff: latencyCliff,
  non_idempotent_retry: nonIdempotentRetry,
};
