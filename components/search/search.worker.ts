/// <reference lib="webworker" />
import { SearchEngine } from '@/lib/search/engine';
import type { SearchHit, SearchRecord } from '@/lib/search/search-types';

/** Messages the palette sends to the search worker, and what comes back. */
export type WorkerRequest = { type: 'init'; records: SearchRecord[] } | { type: 'query'; id: number; q: string };
export type WorkerResponse = { type: 'ready' } | { type: 'result'; id: number; hits: SearchHit[] };

// Queries run here, off the main thread, so typing never waits for scoring.
let engine: SearchEngine | null = null;
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    engine = new SearchEngine(msg.records);
    scope.postMessage({ type: 'ready' } satisfies WorkerResponse);
  } else if (engine) {
    scope.postMessage({ type: 'result', id: msg.id, hits: engine.search(msg.q, 30) } satisfies WorkerResponse);
  }
};
