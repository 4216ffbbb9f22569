'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionAnalysis } from '@/lib/session/session-schema';
import type { SessionWorkerRequest, SessionWorkerResponse } from './session.worker';

export type SessionState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: SessionAnalysis; ms: number }
  | { status: 'error'; error: string };

/** Runs the analysis in a Web Worker, so a 50 MB HAR never freezes the tab; the latest run wins. */
export function useSessionAnalysis() {
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const [state, setState] = useState<SessionState>({ status: 'idle' });

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const run = useCallback((text: string) => {
    if (!worker.current) {
      worker.current = new Worker(new URL('./session.worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (e: MessageEvent<SessionWorkerResponse>) => {
        if (e.data.id !== seq.current) return;
        setState(
          e.data.ok
            ? { status: 'done', result: e.data.result, ms: e.data.ms }
            : { status: 'error', error: e.data.error },
        );
      };
      worker.current.onerror = () => setState({ status: 'error', error: 'The analysis stopped unexpectedly.' });
    }
    const id = ++seq.current;
    setState({ status: 'running' });
    worker.current.postMessage({ id, text } satisfies SessionWorkerRequest);
  }, []);

  return { state, run };
}
