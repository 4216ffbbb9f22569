import { z } from 'zod';
import type { SearchEngine } from './engine';

/** One real query: what the developer typed, where it was seen, and the entries that answer it. */
export const RealQuerySchema = z.object({
  q: z.string().min(1),
  source: z.url(),
  expect: z.array(z.string().min(1)).min(1),
});
export const RealQuerySetSchema = z.object({ queries: z.array(RealQuerySchema).min(1) });
export type RealQuery = z.infer<typeof RealQuerySchema>;

/** How a query set fares: share with a right entry first, and in the top three; the misses to read. */
export interface RelevanceReport {
  total: number;
  top1: number;
  top3: number;
  misses: { q: string; expect: string[]; got: string[] }[];
}

const slugOf = (id: string) => id.replace(/^[a-z]+:/, '');

/** Run every query through the engine and count where the first expected entry lands. */
export function evaluateRelevance(engine: SearchEngine, queries: readonly RealQuery[]): RelevanceReport {
  let top1 = 0;
  let top3 = 0;
  const misses: RelevanceReport['misses'] = [];
  for (const { q, expect } of queries) {
    const got = engine.search(q, 3).map((h) => slugOf(h.record.id));
    const rank = got.findIndex((s) => expect.includes(s));
    if (rank === 0) top1++;
    if (rank >= 0) top3++;
    if (rank !== 0) misses.push({ q, expect, got });
  }
  return { total: queries.length, top1, top3, misses };
}
