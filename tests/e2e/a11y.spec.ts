import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { wizardResult, wizardStep } from './wizard-pages';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One URL per page type; the wizard ones are found by following the first tree's links. */
const PAGES: { name: string; path: string | ((page: Page) => Promise<string>) }[] = [
  { name: 'home', path: '/' },
  { name: 'catalog list', path: '/codes' },
  { name: 'entry', path: '/codes/http-429' },
  { name: 'guide', path: '/guides/rate-limits' },
  { name: 'wizard index', path: '/wizard' },
  { name: 'wizard step', path: wizardStep },
  { name: 'wizard result', path: wizardResult },
  { name: 'diagnose', path: '/diagnose' },
  { name: 'playground', path: '/playground' },
  { name: 'search', path: '/search?q=token+expired' },
  { name: 'not found', path: '/no-such-page' },
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    // axe checks the contrast of every highlighted token: long guides take a while.
    test.describe.configure({ timeout: 120_000 });
    for (const p of PAGES) {
      test(`${p.name} has no WCAG 2.2 AA violations`, async ({ page }) => {
        const path = typeof p.path === 'string' ? p.path : await p.path(page);
        await page.goto(path);
        await expect(page.locator('main')).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
        expect(summary, `${path} in ${theme}`).toEqual([]);
      });
    }
  });
}

test('every control on the home page is reachable by keyboard with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
      };
    });
    if (!info) continue;
    expect(info.outline, `focus ring on ${info.name}`).toBe(true);
    seen.push(info.name);
  }
  expect(seen).toEqual(expect.arrayContaining(['Skip to content', 'Catalog', 'Search']));
});
