import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The "may import" table of ARCHITECTURE.md, enforced. Each block names the folder, what it
 * may not import, and why; tests/unit/architecture/boundaries.test.ts proves each one fires.
 */
const APP_AND_COMPONENTS = ['@/app/*', '@/components/*', '**/app/*', '**/components/*'];
const SERVER_ONLY = ['@/lib/probe/*', '**/lib/probe/*', '**/probe/*', 'server-only'];
const boundary = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.contentlayer/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'tests/fixtures/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  boundary(['lib/**'], APP_AND_COMPONENTS, 'lib/ is logic only: it never imports app/ or components/.'),
  boundary(
    ['lib/diagnose/**'],
    [
      ...APP_AND_COMPONENTS,
      'next',
      'next/*',
      'react',
      'react-dom',
      'react/*',
      'node:*',
      'undici',
      'server-only',
      'contentlayer/generated',
      '@/lib/content/*',
      '**/content/*',
      '@/lib/probe/*',
      '**/probe/*',
      '@/lib/request/*',
      '**/request/*',
    ],
    'lib/diagnose is the pure engine: no next, React, node:* or fetch client, and no content loader — knowledge reaches it as data.',
  ),
  boundary(
    ['lib/request/**'],
    [...APP_AND_COMPONENTS, ...SERVER_ONLY, 'node:*', 'undici', 'next/server'],
    'lib/request is the client-safe request model: it runs in the browser, so no server-only code.',
  ),
  boundary(
    ['components/**'],
    [...SERVER_ONLY, '@/app/*', '**/app/*', 'undici', 'node:*'],
    'Components run in the browser or render on the server: they never import server-only modules (lib/probe) or app/.',
  ),
];

export default config;
