'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { ProbeRequestInput, ProbeResult } from '@/lib/request/probe-contract';

/** An RFC 9457 problem from the portal's own API (destination_not_allowed, rate_limited, ...). */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  type?: string;
  retryAfterSeconds: number | null;
}

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
  if (res.ok) return res.json();
  const body: Partial<Problem> = await res.json().catch(() => ({}));
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
