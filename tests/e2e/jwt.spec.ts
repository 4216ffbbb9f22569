import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** RFC 7519 §3.1 / RFC 7515 A.1: HS256, exp 2011-03-22, and its key as a JWK. */
const A1 =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

/** Every request the page makes after loading, to prove the token and key never leave it. */
function recordRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  return sent;
}

test('decode, warn and verify the RFC example; nothing leaves the page', async ({ page }) => {
  await page.goto('/jwt');
  const sent = recordRequests(page);
  await page.getByRole('textbox', { name: 'Token', exact: true }).fill(`Bearer ${A1}`);
  await expect(page.getByRole('heading', { name: 'Claims' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /2011-03-22T18:43:00Z/ })).toBeVisible();
  await expect(page.locator('[data-code="expired"]')).toContainText(/Expired \d+ d/);

  await page.getByLabel('Audience (aud)').fill('api://orders');
  await expect(page.locator('[data-code="aud_mismatch"]')).toContainText('no aud');

  await page.getByRole('radio', { name: 'JWK or JWKS' }).check();
  await page
    .getByLabel('JWK or JWKS (JSON)')
    .fill('{"kty":"oct","k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"}');
  await expect(page.getByTestId('signature')).toHaveText(/Signature valid \(HS256\)/);

  await page.getByRole('radio', { name: 'Secret (HS256…)' }).check();
  await page.getByLabel('Secret', { exact: true }).fill('short');
  await expect(page.getByTestId('signature')).toHaveText(/does not match/);
  await expect(page.locator('[data-code="hmac_secret_short"]')).toContainText('5 bytes');

  const secretish = ['AyM1SysPpbyDfgZld3umj1qz', 'short', A1.slice(0, 40)];
  for (const s of secretish) expect(sent.filter((line) => line.includes(s))).toEqual([]);
});

test('a link from /diagnose opens the token; the address bar drops it; share links carry only expectations', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/jwt#token=${A1}&aud=api%3A%2F%2Forders`);
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue(A1);
  await expect(page.getByLabel('Audience (aud)')).toHaveValue('api://orders');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#aud=api%3A%2F%2Forders');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/jwt#aud=api%3A%2F%2Forders$/);
  expect(link).not.toContain('eyJ');
});

test('/diagnose links a JWT it found to /jwt with the token in the fragment', async ({ page }) => {
  await page.goto('/diagnose');
  await page
    .getByLabel('Response')
    .fill(`> GET /v1/orders HTTP/1.1\n> Authorization: Bearer ${A1}\n>\n< HTTP/1.1 401 Unauthorized\n<\n`);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const link = page.getByRole('link', { name: 'Inspect the token in the JWT inspector' });
  await expect(link).toHaveAttribute('href', `/jwt#token=${A1}`);
  await link.click();
  await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue(A1);
});

test('keyboard only: reach the token, pick a key kind with arrows, and read the findings', async ({ page }) => {
  await page.goto('/jwt');
  const token = page.getByRole('textbox', { name: 'Token', exact: true });
  for (let i = 0; i < 30 && !(await token.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(token).toBeFocused();
  await page.keyboard.insertText(A1);
  await expect(page.locator('[data-code="expired"]')).toBeVisible();
  await page.getByRole('radio', { name: 'Decode only' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Secret (HS256…)' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Secret', { exact: true })).toBeFocused();
});

for (const theme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 AA violations with a decoded token (${theme}), no horizontal scroll at 390 px`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/jwt#token=${A1}&aud=api%3A%2F%2Forders&scope=read`);
    await expect(page.locator('[data-code="scope_missing"]')).toBeVisible();
    await page.getByRole('radio', { name: 'JWK or JWKS' }).check();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('a JWKS URL is fetched through the probe, which receives the URL and nothing else', async ({ page }) => {
  const fixture = process.env.FIXTURE_URL ?? 'http://127.0.0.1:4010';
  await page.goto('/jwt');
  const sent = recordRequests(page);
  await page.getByRole('textbox', { name: 'Token', exact: true }).fill(A1);
  await page.getByRole('radio', { name: 'JWKS URL' }).check();
  // The fixture answers JSON that is not a key set: the page must say so after fetching it.
  await page.getByRole('textbox', { name: 'JWKS URL' }).fill(`${fixture}/json`);
  await page.getByRole('button', { name: 'Fetch keys' }).click();
  await expect(page.getByTestId('signature')).toContainText('needs a shared secret');
  const probes = sent.filter((line) => line.startsWith('POST') && line.includes('/api/probe'));
  expect(probes).toHaveLength(1);
  expect(probes[0]).toContain(`${fixture}/json`);
  expect(sent.filter((line) => line.includes(A1.slice(0, 40)))).toEqual([]);
});
