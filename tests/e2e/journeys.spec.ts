import { expect, test, type Page } from '@playwright/test';

/** The journeys a user takes, end to end in a real browser, each leaving a screenshot for review. */
const FIXTURE = process.env.FIXTURE_URL ?? 'http://127.0.0.1:4010';
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/journeys/${name}.png`, fullPage: true });

test('1. search an error code from the home page and land on its entry', async ({ page }) => {
  await page.goto('/');
  // The home box is the palette's: typing in it shows results as you type, Enter opens the first.
  await page.getByRole('searchbox', { name: 'Search error codes' }).pressSequentially('invalid_grant');
  const box = page.getByRole('combobox', { name: 'Search codes, guides and symptoms' });
  await expect(box).toHaveValue('invalid_grant');
  await expect(page.getByRole('option').first()).toContainText('invalid_grant', { timeout: 15_000 });
  await box.press('Enter');
  await expect(page).toHaveURL(/\/codes\/oauth-invalid-grant$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('invalid_grant');
  await expect(page.getByRole('heading', { name: 'How to fix' })).toBeVisible();
  await shot(page, '1-search-entry');
});

test('2. follow a wizard tree to a result', async ({ page }) => {
  await page.goto('/wizard');
  await page
    .getByRole('link', { name: /Authentication/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/wizard\/auth$/);
  // Keep taking the first answer until a result page.
  for (let i = 0; i < 8 && (await page.getByRole('heading', { name: 'How you got here' }).count()) === 0; i++) {
    const answer = page.locator('a.wizard-answer').first();
    const next = (await answer.getAttribute('href'))!;
    await answer.click();
    await expect(page).toHaveURL(new RegExp(`${next}$`));
    await expect(page.getByRole('navigation', { name: 'Your answers' })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'How you got here' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Read more' })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Decision tree diagram with/ })).toBeVisible();
  await shot(page, '2-wizard-result');
});

test('3. paste a response and read the diagnosis', async ({ page }) => {
  await page.goto('/diagnose');
  await page
    .getByRole('textbox', { name: 'Response' })
    .fill(
      'HTTP/1.1 503 Service Unavailable\nDate: Sun, 22 Nov 2026 12:00:00 GMT\nRetry-After: 120\nContent-Type: text/html\n\n<html><body>Service Unavailable</body></html>',
    );
  await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
  const results = page.getByRole('region', { name: 'Diagnosis' });
  await expect(results.getByRole('heading', { level: 2, name: 'Service unavailable' })).toBeVisible();
  await expect(results.getByText(/Wait 120 s|2 min/).first()).toBeVisible();
  await expect(results.getByRole('link', { name: /503 Service Unavailable/ }).first()).toHaveAttribute(
    'href',
    '/codes/http-503',
  );
  await shot(page, '3-diagnose');
});

test('4. send a request through the playground to a local fixture', async ({ page }) => {
  await page.goto('/playground');
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill(`${FIXTURE}/rate-limited`);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diagnosis' })).toContainText('429');
  await expect(page.getByRole('heading', { name: 'Timings' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Diagnosis' }).getByRole('heading', { level: 3, name: 'Rate limited' }),
  ).toBeVisible();
  await shot(page, '4-playground');
});
