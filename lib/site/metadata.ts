import type { Metadata } from 'next';

/** Public origin of the portal, for canonical URLs, Open Graph and the sitemap. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
export const SITE_NAME = 'API Triage';

/** Per-page metadata: title, description, canonical URL and matching Open Graph / Twitter cards. */
export function pageMetadata({
  title,
  description,
  path,
}: {
  title: string;
  description: string;
  path: string;
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title: `${title} · ${SITE_NAME}`, description, url: path, siteName: SITE_NAME, type: 'website' },
    twitter: { card: 'summary', title: `${title} · ${SITE_NAME}`, description },
  };
}
