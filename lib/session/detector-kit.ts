import type { Diagnosis } from '../diagnose/types';
import type { Exchange } from './exchanges';
import type { PatternConfig } from './pattern-schema';

/** An exchange with its diagnosis: what every detector reads. */
export interface Diagnosed extends Exchange {
  diagnosis: Diagnosis;
  failed: boolean;
}

/** What a detector found: the exchanges involved, evidence lines and the summary's placeholders. */
export interface Finding {
  entries: number[];
  evidence: string[];
  vars: Record<string, string | number>;
}

/** One kind of pattern: the exchanges in time order and the pattern's content → findings. */
export type Detector = (xs: readonly Diagnosed[], p: PatternConfig) => Finding[];

export const label = (x: Diagnosed) =>
  `#${x.index + 1} ${x.method ?? ''} ${x.url ?? '(no URL)'} → ${x.status ?? x.snapshot.error?.code ?? 'no response'}`.replace(
    /\s+/g,
    ' ',
  );

export const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

export const groupBy = <T>(items: readonly T[], key: (t: T) => string | null) => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

/** scheme://host:port of an absolute URL; null for a bare path (a server log) or no URL. */
export const originOf = (url: string | null) => {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** The page itself cancelled the request (Chrome's net::ERR_ABORTED): nothing failed. */
export const cancelledByPage = (x: Pick<Diagnosed, 'clientError'>) => /ERR_ABORTED/.test(x.clientError ?? '');

/** The browser refused or dropped the exchange itself (a cancelled request is not that). */
export const refusedByBrowser = (x: Diagnosed) => !cancelledByPage(x) && (x.status === null || x.clientError !== null);
