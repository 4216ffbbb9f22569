import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { THEME_SCRIPT } from '@/components/layout/theme-script';
import { PALETTE_SHELL_SCRIPT } from '@/components/search/palette-shell';
import { SITE_NAME, SITE_URL } from '@/lib/site/metadata';
import './globals.css';
import './mobile.css';

export const metadata: Metadata = {
  title: { default: 'API Triage — what is wrong with my API call?', template: '%s · API Triage' },
  description:
    'Look up an error code, follow a symptom wizard, or paste a response to find out why an HTTP API call fails and how to fix it.',
  applicationName: SITE_NAME,
  icons: { icon: '/favicon.svg' },
  metadataBase: new URL(SITE_URL),
  alternates: { canonical: '/' },
  openGraph: { siteName: SITE_NAME, type: 'website', title: 'API Triage — what is wrong with my API call?', url: '/' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1115' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: PALETTE_SHELL_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
