'use client';
import { useState } from 'react';
import { analyzeCors, type CorsReport } from '@/lib/request/cors-analysis';
import type { RequestDraft } from '@/lib/request/draft';
import type { ProbeHttpResponse } from '@/lib/request/probe-contract';
import { probeOnce } from './use-probe';
import styles from './playground.module.css';

type State =
  | { step: 'idle' }
  | { step: 'running' }
  | { step: 'ok' }
  | { step: 'blocked'; report: CorsReport; notes: string[] }
  | { step: 'error'; message: string };

/** Run `work`, noting whether the page's own Content-Security-Policy blocked a connection meanwhile. */
async function watchingCsp<T>(work: () => Promise<T>): Promise<{ value: T | Error; cspBlocked: boolean }> {
  let cspBlocked = false;
  const onViolation = (e: SecurityPolicyViolationEvent) => {
    if (e.effectiveDirective === 'connect-src') cspBlocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    return { value: await work(), cspBlocked };
  } catch (e) {
    return { value: e instanceof Error ? e : new Error(String(e)), cspBlocked };
  } finally {
    // Violation events are queued as tasks: give them one turn to arrive before unsubscribing.
    await new Promise((r) => setTimeout(r, 0));
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

const SAFE_TO_REPEAT = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Repeat the request from this browser; if it is blocked while the server answered, find out which CORS header is at fault. */
async function runCheck(draft: RequestDraft, serverResponse: ProbeHttpResponse): Promise<State> {
  const origin = window.location.origin;
  const attempt = await watchingCsp(() =>
    fetch(draft.url, {
      method: draft.method,
      headers: draft.headers,
      body: draft.method === 'GET' || draft.method === 'HEAD' ? undefined : draft.body || undefined,
      mode: 'cors',
      credentials: 'omit',
      redirect: draft.followRedirects ? 'follow' : 'manual',
      signal: AbortSignal.timeout(draft.timeoutMs ?? 15_000),
    }),
  );
  if (!(attempt.value instanceof Error)) return { step: 'ok' };
  if (attempt.cspBlocked)
    return {
      step: 'error',
      message:
        'This portal’s own Content-Security-Policy stopped the browser request, so CORS could not be tested from here.',
    };
  // A TypeError without detail is all a page learns about a CORS failure; ask the server side.
  const base = analyzeCors({
    origin,
    method: draft.method,
    url: draft.url,
    requestHeaders: draft.headers,
    credentials: false,
    preflight: null,
    actual: null,
  });
  const notes: string[] = [];
  let preflight: { status: number; headers: [string, string][] } | null = null;
  if (base.needsPreflight) {
    const requestHeaders: [string, string][] = [
      ['Origin', origin],
      ['Access-Control-Request-Method', draft.method],
    ];
    if (base.unsafeHeaders.length)
      requestHeaders.push(['Access-Control-Request-Headers', base.unsafeHeaders.join(',')]);
    const result = await probeOnce({ method: 'OPTIONS', url: draft.url, headers: requestHeaders });
    if (result.outcome === 'response') preflight = { status: result.response.status, headers: result.response.headers };
    else notes.push(`The preflight (OPTIONS) got no response: ${result.error.message}`);
  }
  let actual = { status: serverResponse.status, headers: serverResponse.headers };
  if (SAFE_TO_REPEAT.has(draft.method)) {
    // Servers often add CORS headers only when an Origin header is present, as a browser sends it.
    const result = await probeOnce({
      method: draft.method,
      url: draft.url,
      headers: [...draft.headers, ['Origin', origin]],
      followRedirects: draft.followRedirects,
    });
    if (result.outcome === 'response') actual = { status: result.response.status, headers: result.response.headers };
  } else {
    notes.push(
      `${draft.method} is not repeated with an Origin header (it may change data); the response checked is the one the probe received without Origin.`,
    );
  }
  const report = analyzeCors({
    origin,
    method: draft.method,
    url: draft.url,
    requestHeaders: draft.headers,
    credentials: false,
    preflight,
    actual,
  });
  if (report.problems.length === 0)
    notes.push(
      'The CORS headers look right, yet the browser refused: check for a redirect to another origin, a browser extension, or a server that varies its answer by something else.',
    );
  return { step: 'blocked', report, notes };
}

export function CorsCheck({ draft, response }: { draft: RequestDraft; response: ProbeHttpResponse }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  return (
    <section className={styles.section} aria-labelledby="cors-heading">
      <h3 id="cors-heading">CORS: can a web page call this?</h3>
      <p className={styles.hint}>
        Repeats the request from this browser, from{' '}
        {typeof window === 'undefined' ? 'this page' : window.location.origin}. It is sent again — mind requests that
        change data.
      </p>
      <button
        type="button"
        className="button secondary"
        disabled={state.step === 'running'}
        onClick={async () => {
          setState({ step: 'running' });
          setState(
            await runCheck(draft, response).catch((e: unknown) => ({
              step: 'error' as const,
              message: e instanceof Error ? e.message : 'The check failed.',
            })),
          );
        }}
      >
        {state.step === 'running' ? 'Checking…' : 'Check from this browser'}
      </button>
      <div aria-live="polite">
        {state.step === 'ok' && (
          <p className={styles.ok}>The browser could read the response: CORS allows this origin.</p>
        )}
        {state.step === 'error' && <p className={styles.error}>{state.message}</p>}
        {state.step === 'blocked' && (
          <>
            <p className={styles.bad}>
              The server answered, but a browser would block the response
              {state.report.needsPreflight ? ' (this request needs a preflight)' : ''}.
            </p>
            <ul>
              {state.report.problems.map((p) => (
                <li key={p.header + p.problem}>
                  <strong>
                    <code>{p.header}</code>
                  </strong>
                  : {p.problem} <em>Fix:</em> {p.fix}
                </li>
              ))}
            </ul>
            {state.notes.map((n) => (
              <p key={n} className={styles.hint}>
                {n}
              </p>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
