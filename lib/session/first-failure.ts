import { label, originOf, type Detector, type Diagnosed } from './detector-kit';
import { thresholdsOf } from './pattern-schema';

/** How far past a candidate the cascade is looked for (bounds the work on a 20,000-line log). */
const MAX_SCAN = 500;

/**
 * The first failure that later failures follow. A cascade is failures of the same service
 * (origin; a server log's bare paths count as one) that keep coming — each within
 * `maxGapSeconds` of the one before, making up at least `minFailureShare` of the traffic in
 * between — and are not just the same call repeated. A failure whose URL succeeds later was
 * recovered and leads nothing. Scattered failures of unrelated clients in a server log, or of a
 * side service, are no cascade.
 */
export const firstFailure: Detector = (xs, p) => {
  const t = thresholdsOf(p, 'root_cause');
  const lastSuccess = new Map<string, number>();
  xs.forEach((x, i) => {
    if (!x.failed && x.url !== null) lastSuccess.set(x.url, i);
  });
  // Each exchange's origin, parsed once: the scan below visits an exchange from many candidates.
  const origins = xs.map((x) => originOf(x.url));
  for (let i = 0; i < xs.length; i++) {
    const f = xs[i]!;
    if (!f.failed || (f.url !== null && (lastSuccess.get(f.url) ?? -1) > i)) continue;
    const origin = origins[i];
    const chain: Diagnosed[] = [];
    let last = f;
    let seen = 0;
    let span = 0;
    for (let j = i + 1; j < xs.length && j <= i + MAX_SCAN; j++) {
      const x = xs[j]!;
      if (x.startMs !== null && last.startMs !== null && x.startMs - last.startMs > t.maxGapSeconds * 1000) break;
      seen++;
      if (!x.failed || origins[j] !== origin) continue;
      chain.push(x);
      last = x;
      span = seen;
    }
    const cascade = chain.some((x) => x.url !== f.url || x.diagnosis.category !== f.diagnosis.category);
    if (chain.length < t.minFollowing || !cascade || chain.length / span < t.minFailureShare) continue;
    return [
      {
        entries: [f.index, ...chain.slice(0, 50).map((x) => x.index)],
        evidence: [`first failure: ${label(f)} (${f.diagnosis.category})`, `${chain.length} failures after it`],
        vars: { first: `${label(f)} (${f.diagnosis.category})`, count: chain.length },
      },
    ];
  }
  return [];
};
