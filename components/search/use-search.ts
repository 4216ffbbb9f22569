'use client';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isCurrentHead, mergeRecords } from '@/lib/search/split';
import type { SearchHeadFile, SearchHit, SearchTextFile } from '@/lib/search/search-types';
import type { WorkerRequest, WorkerResponse } from './search.worker';

async function getJson<T>(url: string, cache: RequestCache = 'default'): Promise<T> {
  const res = await fetch(url, { cache });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json() as Promise<T>;
}

/** The head, fetched again past the browser's cache when the cached copy is of another format (from before a deploy). */
async function getHead(): Promise<SearchHeadFile> {
  for (const cache of ['default', 'no-cache'] as const) {
    const head = await getJson<{ version?: unknown }>('/search-index.json', cache);
    if (isCurrentHead(head)) return head;
  }
  throw new Error('/search-index.json: another version of the index');
}

/**
 * The static index, in two parts. The head (codes, titles, categories, providers) is fetched the
 * first time the palette opens; the full text it names is fetched when the browser is next idle,
 * or at once when a query needs it.
 */
export function useSearchIndex(enabled: boolean) {
  const head = useQuery({
    queryKey: ['search-index'],
    enabled,
    queryFn: getHead,
  });
  const [wantText, setWantText] = useState(false);
  useEffect(() => {
    if (!head.data || wantText) return;
    const go = () => setWantText(true);
    if (typeof requestIdleCallback === 'function') {
      const h = requestIdleCallback(go, { timeout: 2000 });
      return () => cancelIdleCallback(h);
    }
    const t = setTimeout(go, 300);
    return () => clearTimeout(t);
  }, [head.data, wantText]);
  const needText = useCallback(() => setWantText(true), []);
  const textUrl = head.data?.text;
  const text = useQuery({
    queryKey: ['search-text', textUrl],
    enabled: wantText && textUrl !== undefined,
    queryFn: () => getJson<SearchTextFile>(textUrl!),
  });
  return {
    head: head.data,
    text: text.data,
    isError: head.isError,
    /** the full text could not be had: the head's answers are all there will be */
    textFailed: text.isError,
    needText,
  };
}

/**
 * Results for `query`, computed in a Web Worker; the latest query wins. A result the head alone
 * cannot answer (anything but a code or title query before the text has arrived) is not shown:
 * the query stays unsettled until the full-text answer comes, so results never change under the
 * user for the same query. Results already shown only gain their summary line when the text arrives.
 */
export function useWorkerSearch(index: ReturnType<typeof useSearchIndex>, query: string) {
  const { head, text, textFailed, needText } = index;
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const [ready, setReady] = useState(false);
  const [result, setResult] = useState<{ q: string; hits: SearchHit[]; final: boolean }>({
    q: '',
    hits: [],
    final: true,
  });
  const pending = useRef(new Map<number, string>());

  useEffect(() => {
    if (!head) return;
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      if (e.data.type === 'ready') setReady(true);
      else if (e.data.type === 'result' && e.data.id === seq.current)
        setResult({ q: pending.current.get(e.data.id) ?? '', hits: e.data.hits, final: e.data.final });
    };
    w.postMessage({ type: 'head', head } satisfies WorkerRequest);
    return () => {
      w.terminate();
      worker.current = null;
      setReady(false);
    };
  }, [head]);

  useEffect(() => {
    if (ready && text) worker.current?.postMessage({ type: 'text', text } satisfies WorkerRequest);
  }, [ready, text]);

  useEffect(() => {
    if (!ready || !worker.current) return;
    const id = ++seq.current;
    pending.current = new Map([[id, query]]);
    worker.current.postMessage({ type: 'query', id, q: query } satisfies WorkerRequest);
  }, [query, ready]);

  const waiting = result.q === query && !result.final && !textFailed;
  useEffect(() => {
    if (waiting) needText();
  }, [waiting, needText]);

  // Summaries come with the text part: shown results gain them in place, in the same order.
  const summaries = useMemo(() => {
    const records = head && text ? mergeRecords(head, text) : null;
    return records && new Map(records.map((r) => [r.id, r.summary]));
  }, [head, text]);
  const settled = result.q === query && !waiting;
  const hits = useMemo(
    () =>
      query.trim() && settled
        ? result.hits.map((h) =>
            h.record.summary || !summaries?.get(h.record.id)
              ? h
              : { ...h, record: { ...h.record, summary: summaries.get(h.record.id)! } },
          )
        : [],
    [query, settled, result.hits, summaries],
  );
  return { ready, hits, settled, waiting };
}
