import type { Page } from '@playwright/test';

/** The first wizard step, found by following the index's first tree link. */
export async function wizardStep(page: Page): Promise<string> {
  await page.goto('/wizard');
  return (await page.locator('main a[href^="/wizard/"]').first().getAttribute('href')) ?? '/wizard';
}

/** The first wizard result, found by following the first answer from the first step. */
export async function wizardResult(page: Page): Promise<string> {
  let url = await wizardStep(page);
  for (let i = 0; i < 10; i++) {
    await page.goto(url);
    if (await page.getByRole('heading', { name: 'How you got here' }).count()) return url;
    const next = await page.locator('a.wizard-answer').first().getAttribute('href');
    if (!next) break;
    url = next;
  }
  return url;
}
