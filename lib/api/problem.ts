import { z } from 'zod';

/**
 * The portal's own API errors: `application/problem+json` (RFC 9457) with a stable `code`.
 * Route handlers throw a ProblemError (or return problemResponse) — never a plain object.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extraHeaders: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'ProblemError';
  }
}

/** Base URI for problem types; each code gets a stable, documented type URI. */
export const PROBLEM_TYPE_BASE = '/codes/api-triage-';

/** The problem+json body every error of the portal's API has; the OpenAPI document is generated from it. */
export const problemSchema = z.strictObject({
  /** `/codes/api-triage-<code>`: the catalog entry that explains this error. */
  type: z.string().min(1),
  title: z.string().min(1),
  status: z.number().int().min(400).max(599),
  /** Stable, snake_case: what clients branch on. */
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  detail: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export function problemResponse(error: ProblemError): Response {
  const body: Problem = {
    type: `${PROBLEM_TYPE_BASE}${error.code.replace(/_/g, '-')}`,
    title: error.title,
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: {
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...error.extraHeaders,
    },
  });
}

/** Wraps a route handler so thrown ProblemErrors become problem+json and anything else a 500. */
export function withProblems<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (e) {
      if (e instanceof ProblemError) return problemResponse(e);
      // Never echo internals (they may hold secrets); log the class of error only.
      console.error('unhandled route error:', e instanceof Error ? e.name : typeof e);
      return problemResponse(
        new ProblemError(500, 'internal_error', 'Internal error', 'The portal failed to handle this request.'),
      );
    }
  };
}
