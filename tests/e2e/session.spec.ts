import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A log of a client hammering a rate-limited endpoint, then a cascade of 5xx: two patterns. */
const LOG = [
  ...Array.from(
    { length: 6 },
    (_, i) => `2026-11-30T10:00:0${i}.000Z WARN POST https://api.example.com/v1/sync 429 (8 ms)`,
  ),
  '2026-11-30T10:00:07.000Z ERROR GET https://api.example.com/v1/items 500 (20 ms)',
  '2026-11-30T10:00:08.000Z ERROR GET https://api.example.com/v1/orders 502 (20 ms)',
].join('\n');

function har(): string {
  const entry = (i: number, status: number) => ({
    startedDateTime: new Date(Date.parse('2026-11-30T10:00:00Z') + i * 150).toISOString(),
    time: 30,
    request: {
      method: 'GET',
      url: `https://api.example.com/v1/charges`,
      httpVersion: 'HTTP/2',
      headers: [],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText: '',
      httpVersion: 'HTTP/2',
      headers: status === 429 ? [{ name: 'Retry-After', value: '20' }] : [],
      cookies: [],
      content: { size: 2, mimeType: 'application/json', text: '{}' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 30, receive: 0 },
  });
  return JSON.stringify({
    log: { version: '1.2', creator: { name: 'e2e', version: '1' }, entries: [0, 1, 2, 3, 4].map((i) => entry(i, 429)) },
  });
}

test.describe('session analysis', () => {
  test('pasted log lines: patterns named, failures grouped, focus on the result', async ({ page }) => {
    await page.goto('/session');
    await page.getByLabel('HAR file or log lines').fill(LOG);
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    const heading = page.getByRole('heading', { name: /pattern\(s\) across requests/ });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('heading', { name: /Retry storm/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /The first failure/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Timeline: 8 exchanges, 8 failed/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Rate limited' })).toBeVisible();
    const highlight = page.getByRole('button', { name: /Highlight its 6 exchange/ });
    await highlight.click();
    await expect(highlight).toHaveAttribute('aria-pressed', 'true');
  });

  test('a HAR file picked from disk is analysed locally', async ({ page }) => {
    await page.goto('/session');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'session.har', mimeType: 'application/json', buffer: Buffer.from(har()) });
    await expect(page.getByText(/Loaded session\.har/)).toBeVisible();
    await expect(page.getByRole('heading', { name: /Retry storm/ })).toBeVisible();
    await expect(page.getByText(/although the responses asked to wait 20 s/)).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no axe violations with a result, ${colorScheme}, and no sideways scroll on a phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/session');
      await page.getByLabel('HAR file or log lines').fill(LOG);
      await page.getByRole('button', { name: 'Analyse', exact: true }).click();
      await expect(page.getByRole('heading', { name: /Retry storm/ })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }
});
