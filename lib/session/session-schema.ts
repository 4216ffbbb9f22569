import { z } from 'zod';
import { diagnosisSchema } from '../diagnose/diagnosis-schema';
import { CATEGORIES } from '../diagnose/categories';
import { PATTERN_KINDS, type PatternKind } from './pattern-schema';

/** One exchange of a session as the timeline draws it (times in ms from the first request). */
export const ExchangeSummary = z.object({
  index: z.number().int(),
  method: z.string().nullable(),
  url: z.string().nullable(),
  status: z.number().int().nullable(),
  startMs: z.number().nullable(),
  durationMs: z.number().nullable(),
  failed: z.boolean(),
});

export const SessionGroup = z.object({
  category: z.enum(CATEGORIES),
  providerCode: z.string().nullable(),
  count: z.number().int(),
  entries: z.array(z.number().int()).meta({ description: 'indices into exchanges' }),
});

export const SessionPattern = z.object({
  kind: z.enum(PATTERN_KINDS as [PatternKind, ...PatternKind[]]),
  title: z.string(),
  summary: z.string(),
  advice: z.string(),
  entries: z.array(z.number().int()).meta({ description: 'indices into exchanges' }),
  evidence: z.array(z.string()),
  links: z.array(z.string()).meta({ description: 'catalog entry slugs' }),
});

/** The answer of POST /api/session and `api-triage session`. */
export const SessionAnalysis = z.object({
  source: z.enum(['har', 'log']),
  exchanges: z.array(diagnosisSchema),
  timeline: z.array(ExchangeSummary),
  groups: z.array(SessionGroup),
  patterns: z.array(SessionPattern),
  warnings: z.array(z.string()),
});
export type SessionAnalysis = z.infer<typeof SessionAnalysis>;
export type SessionGroup = z.infer<typeof SessionGroup>;
export type SessionPatternFinding = z.infer<typeof SessionPattern>;
export type ExchangeSummary = z.infer<typeof ExchangeSummary>;
