import { z } from 'zod';

/**
 * content/session-patterns.yaml: which patterns the session analysis looks for, their
 * thresholds, what a finding says and which catalog entries it links. The algorithm for each
 * `kind` lives in lib/session/detectors.ts; everything a person reads or tunes lives here.
 */
const Count = z.number().int().min(1);
export const PATTERN_THRESHOLDS = {
  retry_storm: z.strictObject({ minAttempts: Count.min(2), maxGapSeconds: z.number().positive() }),
  token_refresh_loop: z.strictObject({ minCycles: Count }),
  cors_preflight_failure: z.strictObject({ withinSeconds: z.number().positive() }),
  login_redirect: z.strictObject({ maxHops: Count }),
  mixed_content: z.strictObject({ minCount: Count }),
  root_cause: z.strictObject({
    minFollowing: Count,
    maxGapSeconds: z.number().positive(),
    minFailureShare: z.number().gt(0).max(1),
  }),
  latency_cliff: z.strictObject({ slowFactor: z.number().min(1.5), minTimeouts: Count }),
  non_idempotent_retry: z.strictObject({ minRepeats: Count.min(2) }),
} as const;
export type PatternKind = keyof typeof PATTERN_THRESHOLDS;
export const PATTERN_KINDS = Object.keys(PATTERN_THRESHOLDS) as PatternKind[];

export const PatternConfig = z
  .strictObject({
    kind: z.enum(PATTERN_KINDS as [PatternKind, ...PatternKind[]]),
    title: z.string().min(3),
    summary: z.string().min(10),
    advice: z.string().min(10),
    entries: z.array(z.string()).default([]),
    thresholds: z.record(z.string(), z.number()),
  })
  .superRefine((p, ctx) => {
    const parsed = PATTERN_THRESHOLDS[p.kind]?.safeParse(p.thresholds);
    for (const issue of parsed?.error?.issues ?? [])
      ctx.addIssue({ code: 'custom', path: ['thresholds', ...issue.path], message: issue.message });
  });
export type PatternConfig = z.infer<typeof PatternConfig>;

export const SessionPatterns = z.strictObject({ patterns: z.array(PatternConfig).min(1) }).superRefine((s, ctx) => {
  const seen = new Set<string>();
  s.patterns.forEach((p, i) => {
    if (seen.has(p.kind)) ctx.addIssue({ code: 'custom', path: ['patterns', i, 'kind'], message: `"${p.kind}" twice` });
    seen.add(p.kind);
  });
});
export type SessionPatterns = z.infer<typeof SessionPatterns>;

/** A pattern's thresholds, typed for its detector. */
export const thresholdsOf = <K extends PatternKind>(
  p: PatternConfig,
  kind: K,
): z.infer<(typeof PATTERN_THRESHOLDS)[K]> =>
  PATTERN_THRESHOLDS[kind].parse(p.thresholds) as z.infer<(typeof PATTERN_THRESHOLDS)[K]>;
