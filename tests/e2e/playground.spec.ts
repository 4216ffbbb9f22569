import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** The fixture API (tests/fixtures/servers), allow-listed through PROBE_ALLOW_HOSTS. */
const FIXTURE = process.env.FIXTURE_URL ?? 'http://127.0.0.1:4010';

test('import a curl command, send it to the fixture, see status, timings and diagnosis', async ({ page }) => {
  test.slow(); // includes an axe scan of the filled-in page
  await page.goto('/playground');
  await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  await expect(page.getByText('No request sent yet.')).toBeVisible();

  await page.getByText('Import a curl command or HAR entry').click();
  await page
    .getByRole('textbox', { name: 'curl command or HAR' })
    .fill(`curl -sS '${FIXTURE}/rate-limited?page=2' \\\n  -H 'Accept: application/json' -k`);
  await page.getByRole('button', { name: 'Import' }).click();

  await expect(page.getByRole('textbox', { name: 'URL', exact: true })).toHaveValue(`${FIXTURE}/rate-limited?page=2`);
  await expect(page.getByRole('textbox', { name: 'Query parameters 1 Name' })).toHaveValue('page');
  await expect(page.getByRole('textbox', { name: 'Headers 1 Value' })).toHaveValue('application/json');
  await expect(page.getByRole('list', { name: 'Import notes' })).toContainText('-k/--insecure is not honoured');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Diagnosis' });
  await expect(status).toContainText('429 Too Many Requests');
  await expect(status).toContainText('Diagnosis: Rate limited');

  await expect(page.getByRole('heading', { name: 'Timings' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Timings: total/ })).toContainText('Connect');
  const diagnosis = page.getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis.getByRole('heading', { level: 3, name: 'Rate limited' })).toBeVisible();
  await expect(diagnosis).toContainText('Retry-After: 7');
  await expect(diagnosis.getByRole('link', { name: '429 Too Many Requests' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'retry-after' })).toBeVisible();

  // The request went into history without secrets, and the export reflects it.
  await page.getByText(/^History \(1\)/).click();
  await expect(page.getByRole('button', { name: `GET ${FIXTURE}/rate-limited?page=2` })).toBeVisible();
  await page.getByText('Export as code').click();
  await expect(page.getByRole('tabpanel')).toContainText(`curl '${FIXTURE}/rate-limited?page=2'`);

  const a11y = await new AxeBuilder({ page }).include('main').analyze();
  expect(a11y.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('a private destination is refused with an explanation of the allow-list', async ({ page }) => {
  await page.goto('/playground');
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill('http://169.254.169.254/latest/meta-data/');
  await page.getByRole('textbox', { name: 'URL', exact: true }).press('Control+Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'Destination not allowed' });
  await expect(alert).toContainText('PROBE_ALLOW_HOSTS');
  await expect(alert.getByRole('link', { name: 'What this error means and how to fix it' })).toHaveAttribute(
    'href',
    '/codes/api-triage-destination-not-allowed',
  );
  // The portal's refusal, not the API's answer; an address-based reason stays generic.
  await expect(alert).toContainText('nothing was sent');
  await expect(alert).not.toContainText('Rule:');
  await expect(alert.getByRole('button', { name: 'Copy curl command' })).toBeVisible();
});

test('a refusal that needs no DNS names its rule', async ({ page }) => {
  await page.goto('/playground');
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill('https://api.service.invalid/v1/items');
  await page.getByRole('textbox', { name: 'URL', exact: true }).press('Control+Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'Destination not allowed' });
  await expect(alert).toContainText('Rule: api.service.invalid cannot be a public host');
});

test('"Copy all as cURL" lists every request and the user picks one', async ({ page }) => {
  await page.goto('/playground');
  await page.getByText('Import a curl command or HAR entry').click();
  await page
    .getByRole('textbox', { name: 'curl command or HAR' })
    .fill(
      `curl ^"${FIXTURE}/json^" -H ^"accept: */*^" &\r\ncurl ^"${FIXTURE}/unauthorized^" -H ^"authorization: Bearer t0k^"`,
    );
  await page.getByRole('button', { name: 'Import' }).click();
  const found = page.getByRole('list', { name: 'Requests found' });
  await expect(found.getByRole('button')).toHaveCount(2);
  await found.getByRole('button', { name: `GET ${FIXTURE}/unauthorized` }).click();
  await expect(page.getByRole('textbox', { name: 'URL', exact: true })).toHaveValue(`${FIXTURE}/unauthorized`);
  await expect(page.getByRole('textbox', { name: 'Headers 1 Value' })).toHaveValue('Bearer t0k');
});

test('a JSON body opens as a collapsible tree; exports come in more languages', async ({ page }) => {
  await page.goto('/playground');
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill(`${FIXTURE}/json`);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const tree = page.getByRole('group', { name: 'Response body as a tree' });
  await expect(tree).toContainText('items: [3 items]');
  await tree.getByText('items: [3 items]').click();
  await expect(tree.getByText('0: 1')).toBeHidden();
  await page.getByText('Export as code').click();
  await page.getByRole('tab', { name: 'Go' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('http.NewRequest("GET"');
  await page.getByRole('tab', { name: 'HTTPie' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(`http GET ${FIXTURE}/json`);
});

test('the CORS check names the missing Access-Control-Allow-Origin header', async ({ page }) => {
  await page.goto('/playground');
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill(`${FIXTURE}/cors`);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diagnosis' })).toContainText('200 OK');
  await page.getByRole('button', { name: 'Check from this browser' }).click();
  await expect(page.getByText('a browser would block the response')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Access-Control-Allow-Origin' })).toContainText(
    'Missing on the response',
  );
});

test('a slow request shows its elapsed time and can be cancelled', async ({ page }) => {
  await page.goto('/playground');
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill(`${FIXTURE}/slow-headers`);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(/Sending… \d+\.\d s/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('Cancelled.');
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
});

test('on a phone, the result comes into view with focus once it arrives', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/playground');
  await page.getByRole('textbox', { name: 'URL', exact: true }).fill(`${FIXTURE}/rate-limited`);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diagnosis' })).toContainText('429');
  const heading = page.getByRole('heading', { level: 2, name: 'Result' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});
