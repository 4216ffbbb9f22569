'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { probeResultSchema } from '@/lib/api/openapi/probe-result-schema';
import { problemSchema, type Problem as ApiProblem } from '@/lib/api/problem';
import type { ProbeRequestInput, ProbeResult } from '@/lib/request/probe-contract';

/** An RFC 9457 problem from the portal's own API (its one schema, lib/api/problem.ts), with the stated wait. */
export type Problem = Omit<ApiProblem, 'type'> & { type?: string; retryAfterSeconds: number | null };

/** What the client accepts of a problem body: the same schema, tolerant of missing or extra members. */
const problemBody = problemSchema.partial().loose();

/** Thrown by the mutation when /api/probe answers with a problem instead of a result. */
export class ProbeProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ProbeProblemError';
  }
}

async function postProbe(request: ProbeRequestInput, signal: AbortSignal): Promise<ProbeResult> {
  const res = await fetch('/api/probe', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal,
  });
  if (res.ok) {
    // Validated where it enters the page: a proxy's HTML or a changed contract is a clear error, not a crash later.
    const result = probeResultSchema.safeParse(await res.json().catch(() => null));
    if (result.success) return result.data;
    throw new ProbeProblemError({
      status: 502,
      code: 'invalid_probe_result',
      title: 'The portal answered with something that is not a probe result',
      detail: result.error.issues[0]?.message,
      retryAfterSeconds: null,
    });
  }
  const parsed = problemBody.safeParse(await res.json().catch(() => ({})));
  const body = parsed.success ? parsed.data : {};
  const retry = Number(res.headers.get('retry-after'));
  throw new ProbeProblemError({
    status: res.status,
    code: body.code ?? 'internal_error',
    title: body.title ?? `The portal answered ${res.status}`,
    detail: body.detail,
    type: body.type,
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : null,
  });
}

/** Send a probe through the portal, cancellable: the mutation behind the playground's Send button. */
export function useProbe() {
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationKey: ['probe'],
    mutationFn: (request: ProbeRequestInput) => {
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      return postProbe(request, c.signal);
    },
  });
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...mutation, cancel };
}

/** A one-off probe outside the main mutation (the CORS check's preflight). */
export const probeOnce = (request: ProbeRequestInput, signal?: AbortSignal) =>
  postProbe(request, signal ?? new AbortController().signal);
