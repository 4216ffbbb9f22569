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
  // A self-contained server (`node .next/standalone/server.js`) with only the files it needs: the Docker image's runtime.
  output: 'standalone',
  reactStrictMode: true,
  experimental: {
    // No source maps for the production server bundles: they were a fifth of the build output
    // (two 60 MB maps of the chunks that hold the catalog at 5,000 entries) and a share of the
    // build time, and nothing serves or reads them. `next dev` keeps them.
    turbopackSourceMaps: process.env.NODE_ENV !== 'production',
  },
  poweredByHeader: false,
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
      // The API answers with data, never a document: a CSP that allows nothing, and never cached.
      // Last, so it overrides the page CSP above for the same key.
      {
        source: '/api/:path+',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; sandbox" },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Cache-Control', value: 'no-store' },
        ],
      },
    ];
  },
};

export default nextConfig;
