import { expect, test } from '@playwright/test';

/** A token that expired at 2026-11-22T12:00:00Z; the response below is dated 15:12:00Z. */
const EXPIRED_JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiYXV0aDB8NjRmMWMyIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJpYXQiOjE3OTUzNDUyMDAsImV4cCI6MTc5NTM0ODgwMCwic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMifQ.c2lnbmF0dXJlLW5vdC1jaGVja2Vk';

/** GitHub's secondary rate limit, as its docs describe it (403 + retry-after). */
const RATE_LIMITED = `HTTP/2 429
date: Sun, 22 Nov 2026 12:00:00 GMT
content-type: application/json; charset=utf-8
retry-after: 45
x-ratelimit-limit: 5000
x-ratelimit-remaining: 0
x-github-request-id: 8A2C:1B3D:4E5F60:718293:6740A1D4

{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits","status":"429"}`;

const EXPIRED_401 = `*   Trying 93.184.215.14:443...
* Connected to api.example.com (93.184.215.14) port 443
> GET /v1/orders?limit=10 HTTP/2
> Host: api.example.com
> Authorization: Bearer ${EXPIRED_JWT}
>
< HTTP/2 401
< date: Sun, 22 Nov 2026 15:12:00 GMT
< content-type: application/json
< www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
< x-request-id: 7d0c2b8e-1f6a-4c3d-9b5e-0a1f2e3d4c5b
<
{"error":"invalid_token","error_description":"The access token expired"}`;

test.describe('paste a response on /diagnose', () => {
  test('a 429: headline, the wait with a countdown, the entry link, the request id', async ({ page }) => {
    await page.goto('/diagnose');
    const input = page.getByRole('textbox', { name: 'Response' });
    await input.fill(RATE_LIMITED);
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    const results = page.getByRole('region', { name: 'Diagnosis' });
    await expect(results.getByRole('heading', { level: 2, name: 'Rate limited' })).toBeVisible();
    await expect(results.getByText(/Wait 45 s before retrying/)).toBeVisible();
    await expect(results.getByRole('timer')).toContainText(/retry in \d+ s/);
    await expect(results.getByRole('link', { name: /GitHub: secondary rate limit/i })).toHaveAttribute(
      'href',
      '/codes/github-secondary-rate-limit',
    );
    await expect(results.getByText('8A2C:1B3D:4E5F60:718293:6740A1D4').first()).toBeVisible();
  });

  test('an expired-token 401 from curl -v, diagnosed with Ctrl+Enter, shareable without the token', async ({
    page,
  }) => {
    await page.goto('/diagnose');
    const input = page.getByRole('textbox', { name: 'Response' });
    await input.fill(EXPIRED_401);
    await input.press('Control+Enter');
    const results = page.getByRole('region', { name: 'Diagnosis' });
    await expect(results.getByRole('heading', { level: 2, name: 'Credentials expired' })).toBeVisible();
    await expect(
      results
        .getByRole('listitem')
        .filter({ hasText: 'token expired 3 h 12 min before the response (2026-11-22 12:00 UTC)' }),
    ).toBeVisible();
    await expect(results.getByText(/Do not retry the same request/)).toBeVisible();
    await expect(results.getByRole('link', { name: /expired/i }).first()).toHaveAttribute(
      'href',
      /^\/codes\/oauth-expired-token$/,
    );
    // The curl for support carries a variable, never the token.
    await expect(results.locator('pre')).toContainText('-H "Authorization: Bearer $TOKEN"');
    await expect(results.getByText(/Removed from the link before sharing: Authorization header/)).toBeVisible();

    // The link restores and diagnoses the (redacted) input: the expiry survives redaction.
    const url = page.url();
    expect(url).toContain('#r=');
    expect(url).not.toContain(EXPIRED_JWT.slice(0, 40));
    const second = await page.context().newPage();
    await second.goto(url);
    await expect(
      second.getByRole('region', { name: 'Diagnosis' }).getByRole('heading', { level: 2, name: 'Credentials expired' }),
    ).toBeVisible();
    await expect(second.getByRole('textbox', { name: 'Response' })).not.toHaveValue(new RegExp(EXPIRED_JWT.slice(-20)));
  });

  test('a HAR example gives one diagnosis per entry', async ({ page }) => {
    await page.goto('/diagnose');
    await page.getByRole('button', { name: 'HAR file' }).click();
    const results = page.getByRole('region', { name: 'Diagnosis' });
    await expect(results.getByRole('heading', { level: 2, name: '2 requests: 1 with a problem' })).toBeVisible();
    await expect(results.getByRole('heading', { level: 3, name: 'Success' })).toBeVisible();
    await expect(results.getByRole('heading', { level: 3, name: 'Service unavailable' })).toBeVisible();
  });
});

test.describe('results in sight and files on /diagnose', () => {
  test('the result heading takes focus and is scrolled into view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/diagnose');
    await expect(page.getByRole('textbox', { name: 'Response' })).toHaveAttribute('placeholder', /Paste the response/);
    await page.getByRole('textbox', { name: 'Response' }).fill(RATE_LIMITED);
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    const heading = page.getByRole('region', { name: 'Diagnosis' }).getByRole('heading', { level: 2 }).first();
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  test('a .har file picked from disk is read locally and diagnosed', async ({ page }) => {
    await page.goto('/diagnose');
    await page.getByLabel('Open a file…').setInputFiles('tests/fixtures/responses/chrome-export.har');
    await expect(page.getByRole('status').filter({ hasText: 'chrome-export.har' })).toContainText(
      'nothing was uploaded',
    );
    await expect(page.getByRole('textbox', { name: 'Response' })).toHaveValue(/"log"/);
    await expect(
      page.getByRole('region', { name: 'Diagnosis' }).getByRole('heading', { level: 2 }).first(),
    ).toBeVisible();
  });

  test('a file over the size cap is refused with a clear message', async ({ page }) => {
    await page.goto('/diagnose');
    await page.getByLabel('Open a file…').setInputFiles({
      name: 'huge.log',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(6 * 1024 * 1024, 'a'),
    });
    await expect(page.getByRole('status').filter({ hasText: 'huge.log' })).toContainText('the limit is 5.0 MB');
    await expect(page.getByRole('textbox', { name: 'Response' })).toHaveValue('');
  });
});
