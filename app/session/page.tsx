import type { Metadata } from 'next';
import { SessionClient } from './page.client';

export const metadata: Metadata = {
  title: 'Analyse a session',
  description:
    'Drop a HAR file or paste log lines: every exchange diagnosed, failures grouped, and the patterns across requests — retry storms, refresh loops, the first failure — on a timeline. Runs in your browser.',
};

export default function SessionPage() {
  return (
    <>
      <h1>Analyse a session</h1>
      <p className="lead">
        A browser&apos;s &ldquo;Save all as HAR&rdquo; or a log file holds many exchanges, and the failure that matters
        is often a pattern across them. Drop the file or paste the lines: each exchange is diagnosed, failures are
        grouped, and cross-request patterns are named. It runs in your browser; nothing is uploaded.
      </p>
      <SessionClient />
    </>
  );
}
