/// <reference lib="webworker" />
import { SearchEngine } from '@/lib/search/engine';
import { headSuffices } from '@/lib/search/head-suffices';
import { headRecords, leftToText, mergeRecords } from '@/lib/search/split';
import type { SearchHeadFile, SearchHit, SearchTextFile } from '@/lib/search/search-types';

/** Messages the palette sends to the search worker, and what comes back. */
export type WorkerRequest =
  | { type: 'head'; head: SearchHeadFile }
  | { type: 'text'; text: SearchTextFile }
  | { type: 'query'; id: number; q: string };
export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'text-ready'; merged: boolean }
  /** `final: false`: computed from the head alone for a query it cannot answer; the full-text answer follows */
  | { type: 'result'; id: number; hits: SearchHit[]; final: boolean };

// Queries run here, off the main thread, so typing never waits for scoring.
// First the head (codes and titles) is indexed; when the text part arrives the index is rebuilt
// from the merged records, so it ranks exactly like the server's /search.
let head: SearchHeadFile | null = null;
let inText: (query: string) => boolean = () => true;
let engine: SearchEngine | null = null;
let complete = false;
/** the latest query answered with `final: false`: answered again once the text has been merged */
let waiting: { id: number; q: string } | null = null;
const scope = self as unknown as DedicatedWorkerGlobalScope;

function answer(id: number, q: string) {
  const hits = engine!.search(q, 30);
  const final = complete || headSuffices(q, hits, inText);
  waiting = final ? null : { id, q };
  scope.postMessage({ type: 'result', id, hits, final } satisfies WorkerResponse);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'head') {
    head = msg.head;
    inText = leftToText(msg.head);
    engine = new SearchEngine(headRecords(msg.head));
    complete = false;
    scope.postMessage({ type: 'ready' } satisfies WorkerResponse);
  } else if (msg.type === 'text') {
    const records = head && mergeRecords(head, msg.text);
    // A text part of another build (a cached head, a new deploy) is not merged: the head's answers stand.
    if (records) engine = new SearchEngine(records);
    complete = true;
    scope.postMessage({ type: 'text-ready', merged: records !== null } satisfies WorkerResponse);
    if (waiting) answer(waiting.id, waiting.q);
  } else if (engine) {
    answer(msg.id, msg.q);
  }
};
