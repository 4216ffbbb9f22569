import { expect, test, type Page } from '@playwright/test';
import { wizardResult, wizardStep } from './wizard-pages';

/**
 * No page scrolls sideways on a phone: every page type at 360, 390 and 430 px, light and dark.
 * Long codes, class names and URLs must wrap; code and wide widgets scroll inside their own box.
 */
const PAGES: { name: string; path: string | ((page: Page) => Promise<string>) }[] = [
  { name: 'home', path: '/' },
  { name: 'catalog', path: '/codes' },
  { name: 'catalog filtered', path: '/codes?q=exception' },
  { name: 'entry', path: '/codes/http-429' },
  { name: 'entry with long names', path: '/codes/spring-http-media-type-not-supported' },
  { name: 'guides', path: '/guides' },
  { name: 'guide', path: '/guides/rate-limits' },
  { name: 'wizard', path: '/wizard' },
  { name: 'wizard step', path: wizardStep },
  { name: 'wizard result', path: wizardResult },
  { name: 'search', path: '/search?q=token+expired' },
  { name: 'diagnose', path: '/diagnose' },
  { name: 'playground', path: '/playground' },
  { name: 'not found', path: '/no-such-page' },
  { name: 'jwt', path: '/jwt' },
  { name: 'api', path: '/api' },
];

const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.closest('pre, .wizard-diagram-scroll, .site-nav, table, dialog'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const { name, path } of PAGES) {
      test(`${name} fits 360, 390 and 430 px`, async ({ page }) => {
        const url = typeof path === 'string' ? path : await path(page);
        for (const width of [360, 390, 430]) {
          await page.setViewportSize({ width, height: 800 });
          const res = await page.goto(url);
          // /jwt and /api exist only once their issues land; a 404 page is checked above.
          if (res?.status() === 404 && (url === '/jwt' || url === '/api')) test.skip();
          const m = await overflow(page);
          expect(m.scrollWidth, `${url} at ${width}px: ${m.wide.join(', ')}`).toBeLessThanOrEqual(m.width);
        }
      });
    }
  });
}

test('on a phone the sticky header is compact and shows no keyboard hint on touch', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/codes/http-429');
  const header = page.getByRole('banner');
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(110);
  await expect(page.getByRole('button', { name: 'Open quick search' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open quick search' }).locator('kbd:visible')).toHaveCount(0);
  await context.close();
});

test('an entry puts what to do first, lists its sections, and shows code in remembered language tabs', async ({
  page,
}) => {
  await page.goto('/codes/http-429');
  const todo = page.getByRole('region', { name: 'What to do' });
  await expect(todo.getByRole('listitem').first()).toContainText('Retry-After');
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'How to fix' }),
  ).toHaveAttribute('href', '#how-to-fix');
  const tabs = page.getByRole('tablist', { name: 'Language' }).first();
  // The tabs appear once hydrated (before, every sample shows one after another).
  await expect(tabs.getByRole('tab', { name: 'TypeScript' })).toHaveAttribute('aria-selected', 'true', {
    timeout: 15_000,
  });
  await tabs.getByRole('tab', { name: 'TypeScript' }).focus();
  await page.keyboard.press('ArrowRight');
  const python = tabs.getByRole('tab', { name: 'Python' });
  await expect(python).toBeFocused();
  await expect(python).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Python' }).first()).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'TypeScript' }).first()).toBeHidden();

  // The choice follows the reader to the next entry.
  await page.goto('/codes/http-503');
  const next = page.getByRole('tablist', { name: 'Language' }).first();
  await expect(next.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
});

test('the Copy button never covers the end of a code line', async ({ page }) => {
  await page.goto('/codes/http-429');
  const block = page.locator('.code-block').first();
  const button = (await block.getByRole('button', { name: 'Copy' }).boundingBox())!;
  const pre = (await block.locator('pre').boundingBox())!;
  expect(button.y + button.height).toBeLessThanOrEqual(pre.y + 1);
});
