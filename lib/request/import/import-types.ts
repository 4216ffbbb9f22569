import { z } from 'zod';

/**
 * One request found in a paste or file: what the curl command or HAR entry would send.
 * The method is kept as written (the playground maps it onto the methods it can send).
 * This is also the shape of the import CLI's `--json` output.
 */
export const importedRequestSchema = z.object({
  method: z.string().min(1),
  url: z.string(),
  headers: z.array(z.tuple([z.string(), z.string()])),
  /** null when nothing is sent; a multipart body is rendered with its boundary. */
  body: z.string().nullable(),
  /** What was dropped or approximated, in words a person reads. */
  notes: z.array(z.string()),
  /** Extra facts for the HAR entry picker (response status, time in ms, start time). */
  status: z.number().optional(),
  timeMs: z.number().optional(),
  startedAt: z.string().optional(),
  /** curl's -L and -m, which the playground keeps beside the request. */
  followRedirects: z.boolean().optional(),
  timeoutMs: z.number().nullable().optional(),
  /** 'failing' for HAR entries with no response or a 4xx/5xx. */
  failing: z.boolean().optional(),
});
export type ImportedRequest = z.infer<typeof importedRequestSchema>;

/** What one paste or file gave: its requests, or an error when none could be read. */
export const importOutcomeSchema = z.object({
  source: z.enum(['curl', 'har', 'none']),
  requests: z.array(importedRequestSchema),
  error: z.string().nullable(),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;
