import type { Metadata } from 'next';
import { ProviderNames } from '@/components/diagnosis/provider-names';
import { PROVIDER_NAMES } from '@/lib/content/provider-profiles';
import { PlaygroundClient } from './page.client';

export const metadata: Metadata = {
  title: 'Playground',
  description:
    'Send an HTTP request from the portal, see status, headers, timings and body, and get a diagnosis of what went wrong.',
  alternates: { canonical: '/playground' },
};

export default function PlaygroundPage() {
  return (
    <>
      <h1>Playground</h1>
      <p className="lead">
        Send a request to your API from here and see exactly what comes back — status, headers, timings and body — with
        a diagnosis of any error. Paste a curl command to start from what you already have.
      </p>
      <p className="muted">
        Requests go out from the portal&apos;s server to public hosts only; your browser&apos;s cookies are never sent.
        Credentials you enter are used for this request and never stored.
      </p>
      <ProviderNames names={PROVIDER_NAMES}>
        <PlaygroundClient />
      </ProviderNames>
    </>
  );
}
