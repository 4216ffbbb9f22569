import { expect, test } from '@playwright/test';

test('home → catalog → entry shows a highlighted code sample', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('API call failed');
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
  await expect(page).toHaveURL(/\/codes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Error code catalog' })).toBeVisible();

  await page.getByRole('link', { name: '429 Too Many Requests' }).first().click();
  await expect(page).toHaveURL(/\/codes\/http-429$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('429 Too Many Requests');
  await expect(page.getByRole('heading', { name: 'How to fix' })).toBeVisible();

  // shiki ran at build time: a <pre class="shiki"> with coloured token spans, no client highlighter.
  const block = page.locator('pre.shiki').first();
  await expect(block).toBeVisible();
  expect(await block.locator('span[style*="--shiki-light"]').count()).toBeGreaterThan(5);
  await expect(page.getByRole('button', { name: 'Copy' }).first()).toBeVisible();
});

test('the theme toggle switches to dark and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/codes/http-429');
  const toggle = page.getByRole('button', { name: /Switch to dark theme/ });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 17, 21)');
});

test('an unknown page gets the friendly 404 with a way out', async ({ page }) => {
  const response = await page.goto('/codes/this-code-does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('404');
  await expect(page.getByRole('link', { name: 'Browse the catalog' })).toBeVisible();
});

test('entries deep-link by code, and pages carry the security headers', async ({ page, request }) => {
  for (const [code, slug] of [
    ['429', 'http-429'],
    ['invalid_grant', 'oauth-invalid-grant'],
  ] as const) {
    const response = await page.goto(`/codes/${code}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`/codes/${slug}$`));
  }
  const headers = (await request.get('/codes/http-429')).headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/codes\/oauth-invalid-grant$/);
  expect((await request.get('/sitemap.xml')).status()).toBe(200);
});

test('the catalog filters by text as a plain GET form, groups provider codes, and stays short', async ({ page }) => {
  await page.goto('/codes');
  // Collapsed groups with counts: far from a flat list of every entry.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(9000);
  await page.getByRole('searchbox', { name: 'Filter' }).fill('scope');
  await expect(page).toHaveURL(/\/codes\?q=scope$/);
  await expect(page.getByRole('link', { name: 'Slack: missing_scope' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Slack/, level: 3 })).toBeVisible();
  await expect(page.getByRole('link', { name: '429 Too Many Requests' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the catalog filter still works (server-filtered)', async ({ page }) => {
    await page.goto('/codes');
    await page.getByRole('searchbox', { name: 'Filter' }).fill('RequestTimeTooSkewed');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/\/codes\?.*q=RequestTimeTooSkewed/);
    await expect(page.getByRole('status')).toHaveText(/^1 of \d+ entries$/);
    await expect(page.getByRole('link', { name: /RequestTimeTooSkewed/ })).toBeVisible();
  });
});
