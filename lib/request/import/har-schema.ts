import { z } from 'zod';

/**
 * The parts of a HAR 1.2 entry the importer reads (http://www.softwareishard.com/blog/har-12-spec/).
 * Lenient on purpose: tools write partial HARs (no `cookies`, numbers as strings, extra
 * fields), and one odd field must not lose the whole entry.
 */
const pair = z.object({ name: z.string(), value: z.coerce.string().catch('') });
const pairs = z
  .array(z.unknown())
  .catch([])
  .transform((list) =>
    list.flatMap((p) => {
      const r = pair.safeParse(p);
      return r.success ? [r.data] : [];
    }),
  );

const param = z.object({
  name: z.string(),
  value: z.coerce.string().optional().catch(undefined),
  fileName: z.string().optional().catch(undefined),
  contentType: z.string().optional().catch(undefined),
});

export const harRequestSchema = z.object({
  method: z.string().catch('GET'),
  url: z.string(),
  headers: pairs,
  queryString: pairs,
  cookies: pairs,
  /** Bytes of body sent; -1 or absent when unknown. */
  bodySize: z.coerce.number().optional().catch(undefined),
  postData: z
    .object({
      mimeType: z.string().optional().catch(undefined),
      text: z.string().optional().catch(undefined),
      /** Not in HAR 1.2, but written by several tools for binary bodies. */
      encoding: z.string().optional().catch(undefined),
      params: z
        .array(z.unknown())
        .catch([])
        .transform((list) =>
          list.flatMap((p) => {
            const r = param.safeParse(p);
            return r.success ? [r.data] : [];
          }),
        )
        .optional(),
    })
    .optional()
    .catch(undefined),
});
export type HarRequest = z.infer<typeof harRequestSchema>;

export const harEntrySchema = z.object({
  request: harRequestSchema,
  response: z
    .object({
      status: z.coerce.number().catch(0),
      _error: z.unknown().optional(),
    })
    .optional()
    .catch(undefined),
  time: z.coerce.number().optional().catch(undefined),
  startedDateTime: z.string().optional().catch(undefined),
});
export type HarEntry = z.infer<typeof harEntrySchema>;
