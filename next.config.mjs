/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Type checking and linting run as their own steps (`npm run typecheck`, `npm run lint`).
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
