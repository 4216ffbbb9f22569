import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * (`npx playwright install chromium` on a machine with internet access).
 */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 3000);
/** The local API the playground tests call, allow-listed for the probe (tests/fixtures/servers). */
const fixturePort = Number(process.env.FIXTURE_PORT ?? 4010);
process.env.FIXTURE_URL ??= `http://127.0.0.1:${fixturePort}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npx next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        PROBE_ALLOW_HOSTS: process.env.PROBE_ALLOW_HOSTS ?? `127.0.0.1:${fixturePort}`,
      },
    },
    {
      command: `npx tsx tests/fixtures/servers/start.ts ${fixturePort}`,
      port: fixturePort,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
