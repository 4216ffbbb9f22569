import { expect, test } from '@playwright/test';

test('Ctrl+K opens the palette; typing 429 and Enter lands on the 429 entry', async ({ page }) => {
  await page.goto('/guides');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search codes, guides and symptoms' });
  await expect(box).toBeFocused();
  await box.fill('429');
  await expect(page.getByRole('option').first()).toContainText('429 Too Many Requests');
  await expect(page.getByRole('group', { name: 'Codes' })).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/codes\/http-429$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('429 Too Many Requests');
});

test('the palette moves with the arrow keys, remembers searches and closes with Escape', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search codes, guides and symptoms' });
  await box.fill('invlid_grant');
  const options = page.getByRole('option');
  await expect(options.first()).toContainText('invalid_grant');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/codes\/oauth-invalid-grant$/);

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('group', { name: 'Recent searches' })).toContainText('invlid_grant');
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
});

test('a pasted response in the palette offers "Diagnose this"', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page
    .getByRole('combobox', { name: 'Search codes, guides and symptoms' })
    .fill('HTTP/1.1 429 Too Many Requests\nRetry-After: 30');
  await page.getByRole('option', { name: /Diagnose this/ }).click();
  await expect(page).toHaveURL(/\/diagnose#r=/);
  await expect(
    page.getByRole('region', { name: 'Diagnosis' }).getByRole('heading', { level: 2, name: 'Rate limited' }),
  ).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/search?q= renders grouped results on the server, and the header field submits to it', async ({ page }) => {
    await page.goto('/search?q=ECONNRESET');
    await expect(page.getByRole('heading', { name: 'Codes' })).toBeVisible();
    await expect(page.getByRole('link', { name: /ECONNRESET/ }).first()).toHaveAttribute(
      'href',
      '/codes/net-econnreset',
    );
    await expect(page.locator('mark').first()).toHaveText(/econnreset/i);

    await page.goto('/');
    const field = page.getByRole('searchbox', { name: 'Search', exact: true });
    await field.fill('HTTP 429');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=HTTP\+429/);
    await expect(page.getByRole('link', { name: '429 Too Many Requests' }).first()).toBeVisible();
    await expect(page.getByText('exact code').first()).toBeVisible();
  });
});

test('on a freshly loaded page, Ctrl+K then a code typed at machine speed and Enter lands on its entry', async ({
  page,
}) => {
  // No wait for hydration: the shortcut must work from the first paint.
  await page.goto('/guides/rate-limits', { waitUntil: 'domcontentloaded' });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('invalid_grant');
  await page.keyboard.press('Enter');
  // Generous: on a loaded machine the index may take seconds to arrive; the Enter waits for it.
  await expect(page).toHaveURL(/\/codes\/oauth-invalid-grant$/, { timeout: 30_000 });
});

test('spaces typed right after Ctrl+K go into the search, not into scrolling the page', async ({ page }) => {
  await page.goto('/guides/rate-limits', { waitUntil: 'domcontentloaded' });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('socket hang up');
  const box = page.getByRole('combobox', { name: 'Search codes, guides and symptoms' });
  await expect(box).toHaveValue('socket hang up', { timeout: 15_000 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('option').first()).toContainText('ECONNRESET', { timeout: 15_000 });
});

test('the header box shows results as you type', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('searchbox', { name: 'Search', exact: true }).pressSequentially('403 RequestTimeTooSkewed');
  const box = page.getByRole('combobox', { name: 'Search codes, guides and symptoms' });
  await expect(box).toHaveValue('403 RequestTimeTooSkewed');
  await expect(page.getByRole('option').first()).toContainText('RequestTimeTooSkewed', { timeout: 15_000 });
});

test('codes and titles load first; a symptom query is answered once the full text has followed', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search codes, guides and symptoms' });
  // not every word is in a title: the answer waits for the full text (symptoms, summaries), fetched after
  await box.fill('webhook signature mismatch');
  await expect(page.getByRole('option').first()).toContainText(/signature/i);
  expect(fetched).toContain('/search-index.json');
  expect(fetched.some((p) => p.startsWith('/search-text/'))).toBe(true);
});

test('before the full text has arrived, codes and titles are answered; a message waits for the text', async ({
  page,
}) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search-text/**', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search codes, guides and symptoms' });
  const first = page.getByRole('option').first();
  await box.fill('ERR_CONNECTION_RESET');
  await expect(first).toContainText('ECONNRESET / socket hang up');
  await box.fill('Slack: already_in_channel');
  await expect(first).toContainText('Slack: already_in_channel');
  // a code of several words travels with the full text
  await box.fill('Connection reset by peer');
  await expect(page.getByText('Searching the full text…')).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(0);
  release();
  await expect(first).toContainText('ECONNRESET / socket hang up');
});
