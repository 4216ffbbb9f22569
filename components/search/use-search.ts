'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchIndexFile } from '@/lib/search/search-types';
import type { WorkerRequest, WorkerResponse } from './search.worker';

/** The static index, fetched once, the first time the palette opens. */
export function useSearchIndex(enabled: boolean) {
  return useQuery({
    queryKey: ['search-index'],
    enabled,
    queryFn: async (): Promise<SearchIndexFile> => {
      const res = await fetch('/search-index.json');
      if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
      return res.json() as Promise<SearchIndexFile>;
    },
  });
}

/** Results for `query`, computed in a Web Worker; the latest query wins. */
export function useWorkerSearch(index: SearchIndexFile | undefined, query: string) {
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const [ready, setReady] = useState(false);
  const [result, setResult] = useState<{ q: string; hits: SearchHit[] }>({ q: '', hits: [] });
  const pending = useRef(new Map<number, string>());

  useEffect(() => {
    if (!index) return;
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      if (e.data.type === 'ready') setReady(true);
      else if (e.data.id === seq.current) setResult({ q: pending.current.get(e.data.id) ?? '', hits: e.data.hits });
    };
    w.postMessage({ type: 'init', records: index.records } satisfies WorkerRequest);
    return () => {
      w.terminate();
      worker.current = null;
      setReady(false);
    };
  }, [index]);

  useEffect(() => {
    if (!ready || !worker.current) return;
    const id = ++seq.current;
    pending.current = new Map([[id, query]]);
    worker.current.postMessage({ type: 'query', id, q: query } satisfies WorkerRequest);
  }, [query, ready]);

  return { ready, hits: query.trim() && result.q === query ? result.hits : [], settled: result.q === query };
}
