import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * The deployable artefact itself: `node .next/standalone/server.js`, as the Dockerfile runs it.
 * Runs after `npm run build`; required in CI, skipped locally when there is no standalone build.
 */
const root = process.cwd();
const standalone = join(root, '.next/standalone');
const built = existsSync(join(standalone, 'server.js'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

test.describe.configure({ mode: 'serial' });
test.skip(!built && !process.env.CI, 'no .next/standalone: run `npm run build` first');

let server: ChildProcess | undefined;
let base = '';
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  expect(built, 'npm run build must produce .next/standalone/server.js (output: standalone)').toBe(true);
  // The standalone output leaves these out on purpose (a CDN may serve them); the server needs them beside it.
  cpSync(join(root, 'public'), join(standalone, 'public'), { recursive: true });
  cpSync(join(root, '.next/static'), join(standalone, '.next/static'), { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(standalone, 'server.js')], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`standalone server did not become healthy:\n${log}`);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('GET /api/health answers ok with the version and content build', async () => {
  const res = await fetch(`${base}/api/health`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toContain('no-store');
  expect(await res.json()).toEqual({
    status: 'ok',
    version: pkg.version,
    contentVersion: expect.stringMatching(/^[0-9a-f]{16}$/),
  });
});

test('a catalog page renders with its static assets', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(base) && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${base}/codes/http-429`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('429');
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /\/_next\/static\//);
  // Styles applied means .next/static was served.
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  expect(failed).toEqual([]);
});

test('the API reference (no horizontal scroll at 390 px, axe 0) and its OpenAPI document are served', async ({
  page,
}) => {
  const doc = await (await fetch(`${base}/api/openapi.json`)).json();
  expect(doc).toMatchObject({ openapi: '3.1.0', paths: { '/api/diagnose': {}, '/api/probe': {}, '/api/health': {} } });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/api`);
  await expect(page.getByRole('heading', { name: 'POST /api/diagnose' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      theme,
    ).toEqual([]);
  }
});
