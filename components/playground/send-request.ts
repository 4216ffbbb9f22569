import { authHeader, type AuthState } from '@/lib/request/auth';
import { draftHeader, setHeader, type RequestDraft } from '@/lib/request/draft';
import {
  PROBE_LIMITS,
  ProbeRequestSchema,
  requestBodyBytes,
  type ProbeRequestInput,
} from '@/lib/request/probe-contract';
import type { BodyMode } from './body-editor';
import { jsonError } from './body-editor';

/** The draft as it will be sent: empty header rows dropped, auth helper and JSON content type applied. */
export function effectiveDraft(draft: RequestDraft, auth: AuthState, mode: BodyMode): RequestDraft {
  let headers = draft.headers.filter(([n]) => n.trim() !== '').map(([n, v]): [string, string] => [n.trim(), v]);
  const extra = authHeader(auth);
  if (extra) headers = setHeader(headers, extra[0], extra[1]);
  if (mode === 'json' && draft.body.trim() && !draftHeader({ headers }, 'content-type'))
    headers = [...headers, ['Content-Type', 'application/json']];
  return { ...draft, url: draft.url.trim(), headers };
}

/** The /api/probe request, or the message to show instead (same schema as the route). */
export function toProbeInput(draft: RequestDraft, mode: BodyMode): { input: ProbeRequestInput } | { error: string } {
  if (mode === 'json') {
    const bad = jsonError(draft.body);
    if (bad) return { error: `The body is not valid JSON (${bad}). Fix it or switch the body to raw text.` };
  }
  if (requestBodyBytes(draft.body, 'utf8') > PROBE_LIMITS.maxRequestBodyBytes)
    return { error: 'The body is larger than 1 MiB, the most the playground sends.' };
  const input: ProbeRequestInput = {
    method: draft.method,
    url: draft.url,
    headers: draft.headers,
    ...(draft.body ? { body: draft.body } : {}),
    ...(draft.timeoutMs ? { timeoutMs: draft.timeoutMs } : {}),
    followRedirects: draft.followRedirects,
  };
  const parsed = ProbeRequestSchema.safeParse(input);
  if (!parsed.success)
    return { error: parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ') };
  return { input };
}
