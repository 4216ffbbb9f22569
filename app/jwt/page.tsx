import type { Metadata } from 'next';
import { JwtInspector } from '@/components/jwt/jwt-inspector';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Inspect a JWT',
  description:
    'Decode a JSON Web Token, see why an API answers 401 (expired, wrong audience or issuer, missing scope, clock skew) and verify its signature — in your browser.',
  path: '/jwt',
});

export default function JwtPage() {
  return (
    <>
      <h1>Inspect a JWT</h1>
      <p className="lead">
        Paste the access token an API refused. Decoding and signature checks run in your browser: the token and any key
        stay in this page, and share links never contain them.
      </p>
      <JwtInspector />
    </>
  );
}
