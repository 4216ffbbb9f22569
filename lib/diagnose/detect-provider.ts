import { isObject, type Analysis } from './analysis';
import { PREFIX_KEY, type CompiledProfiles, type CompiledSignal } from './compile-profiles';
import { holds } from './conditions';

export interface ProviderDetection {
  /** the provider that produced the response, or null */
  primary: string | null;
  /** every provider detected (a CDN in front of an API counts too) */
  all: Set<string>;
  why: string[];
}

/**
 * Adds up the profiles' signals per provider; the highest total ≥ 1 is the provider. Only
 * the signals of headers the response carries are looked at, body signals only for JSON.
 */
export function detectProvider(a: Analysis, profiles: CompiledProfiles): ProviderDetection {
  const scores = new Map<string, { score: number; why: string[] }>();
  const add = (s: CompiledSignal) => {
    if (!holds(s, a)) return;
    const cur = scores.get(s.provider);
    if (cur) {
      cur.score += s.weight;
      cur.why.push(s.why);
    } else scores.set(s.provider, { score: s.weight, why: [s.why] });
  };
  let prefixed: Set<CompiledSignal> | null = null;
  for (const name of a.headers.keys()) {
    const exact = profiles.byHeader.get(name);
    if (exact) for (const s of exact) add(s);
    const some = profiles.byHeaderPrefix.get(name.slice(0, PREFIX_KEY));
    if (some)
      for (const s of some) {
        // Several `anthropic-…` headers are one signal, counted once.
        if (s.header === null || !name.startsWith(s.header) || prefixed?.has(s)) continue;
        (prefixed ??= new Set()).add(s);
        add(s);
      }
  }
  // The host and each of its parent domains (`api.eu.example.com`, `eu.example.com`, `example.com`, `com`).
  for (let h = a.host; h !== null;) {
    for (const s of profiles.hosts.get(h) ?? []) add(s);
    const dot = h.indexOf('.');
    h = dot < 0 ? null : h.slice(dot + 1);
  }
  if (Array.isArray(a.json)) for (const s of profiles.body.get('[]') ?? []) add(s);
  else if (isObject(a.json)) {
    let n = 0;
    for (const key in a.json) {
      if (++n > 64) break; // a signal's member sits near the top of an error body
      for (const s of profiles.body.get(key) ?? []) add(s);
    }
  }
  for (const s of profiles.rest) add(s);
  let primary: string | null = null;
  let best = 0;
  const all = new Set<string>();
  for (const [p, { score }] of scores) {
    if (score < 1) continue;
    all.add(p);
    if (score > best) {
      best = score;
      primary = p;
    }
  }
  return { primary, all, why: primary ? (scores.get(primary)?.why ?? []) : [] };
}
