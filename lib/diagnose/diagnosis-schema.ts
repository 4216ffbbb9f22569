import { z } from 'zod';
import { CATEGORIES } from './categories';

/** The Diagnosis contract (ARCHITECTURE.md) as a zod schema: tests validate engine output with it, clients can too. */
export const diagnosisSchema = z.strictObject({
  category: z.enum(CATEGORIES),
  confidence: z.number().min(0).max(1),
  status: z.number().int().min(100).max(999).nullable(),
  provider: z.string().min(1).nullable(),
  providerCode: z.string().min(1).nullable(),
  retryable: z.boolean(),
  retryAfterSeconds: z.number().min(0).nullable(),
  requestId: z.string().min(1).nullable(),
  summary: z.string().min(1),
  causes: z.array(z.string()),
  fixes: z.array(z.string()),
  evidence: z.array(z.strictObject({ from: z.enum(['status', 'header', 'body', 'token']), detail: z.string() })),
  entries: z
    .array(z.strictObject({ slug: z.string().min(1), title: z.string(), score: z.number().min(0).max(1) }))
    .max(5),
});

/** `POST /api/diagnose` JSON body. */
export const diagnoseRequestSchema = z.strictObject({
  input: z.string(),
});

/** What `POST /api/diagnose` answers: one Diagnosis, or an array for a multi-entry HAR. */
export const diagnoseResponseSchema = z.union([diagnosisSchema, z.array(diagnosisSchema)]);
