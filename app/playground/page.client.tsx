'use client';
import dynamic from 'next/dynamic';
import { Providers } from '@/components/query-provider';

// Client-only: the playground reads the share fragment and localStorage as it starts.
const Playground = dynamic(() => import('@/components/playground/playground').then((m) => m.Playground), {
  ssr: false,
  loading: () => <p className="muted">Loading the playground…</p>,
});

export function PlaygroundClient() {
  return (
    <Providers>
      <Playground />
    </Providers>
  );
}
