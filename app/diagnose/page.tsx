import type { Metadata } from 'next';
import Link from 'next/link';
import { DiagnoseClient } from './page.client';

export const metadata: Metadata = {
  title: 'Diagnose a response',
  description:
    'Paste a failing HTTP response, curl output, a HAR file or an error message: get the category, the cause, retry advice and the fixes. Runs in your browser.',
};

export default function DiagnosePage() {
  return (
    <>
      <h1>Diagnose a response</h1>
      <p className="lead">
        Paste what you have — a raw response, <code>curl -i</code> or <code>curl -v</code> output, a HAR file, a JSON
        body, headers copied from devtools, an error message or just a code. The diagnosis runs in your browser: nothing
        you paste is sent anywhere.
      </p>
      <p>
        Many requests at once — a whole HAR file or a log? <Link href="/session">Analyse the session</Link> for patterns
        across them (retry storms, refresh loops, the first failure).
      </p>
      <DiagnoseClient />
    </>
  );
}
