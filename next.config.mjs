import { existsSync, readFileSync } from 'node:fs';

/**
 * `/codes/429` and `/codes/invalid_grant` deep-link to their entries: every URL-safe code
 * an entry claims becomes a permanent redirect to the entry's slug. Read from the content
 * build (which `npm run build` runs first), so the list never drifts from the catalog.
 */
function codeRedirects() {
  const index = '.contentlayer/generated/Entry/_index.json';
  if (!existsSync(index)) return [];
  /** @type {{ slug: string; codes: string[] }[]} */
  const entries = JSON.parse(readFileSync(index, 'utf8'));
  const slugs = new Set(entries.map((e) => e.slug));
  const seen = new Set();
  return entries.flatMap((e) =>
    e.codes
      .filter((c) => /^[A-Za-z0-9_.-]+$/.test(c) && !slugs.has(c) && !seen.has(c) && seen.add(c))
      .map((c) => ({ source: `/codes/${c}`, destination: `/codes/${e.slug}`, permanent: true })),
  );
}

/**
 * Security headers for every page. Static pages cannot carry per-request nonces, and Next
 * inlines its RSC payload as scripts, so scripts are 'self' + inline — but never eval.
 * The playground may call any origin from the browser (its CORS check), so only it widens connect-src.
 */
function csp({ connect }) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Type checking and linting run as their own steps (`npm run typecheck`, `npm run lint`).
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...securityHeaders, { key: 'Content-Security-Policy', value: csp({ connect: "'self'" }) }],
      },
      {
        source: '/playground',
        headers: [{ key: 'Content-Security-Policy', value: csp({ connect: "'self' http: https:" }) }],
      },
    ];
  },
  async redirects() {
    return codeRedirects();
  },
};

export default nextConfig;
