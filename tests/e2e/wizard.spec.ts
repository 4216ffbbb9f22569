import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { z } from 'zod';

/*
 * Generated from content/wizard/*.yaml: every path of every tree is walked with the keyboard
 * only, so a new tree or answer is covered without touching this file.
 */

const When = z.object({
  categories: z.array(z.string()).optional(),
  statuses: z.array(z.number()).optional(),
  retryAfter: z.boolean().optional(),
});
const Result = z.object({
  entry: z.string().optional(),
  guide: z.string().optional(),
  title: z.string(),
  note: z.string(),
  diagnose: z.boolean().optional(),
});
const Answer = z.object({
  id: z.string(),
  label: z.string(),
  when: When.optional(),
  next: z.string().optional(),
  result: Result.optional(),
});
const Node = z.object({ id: z.string(), question: z.string(), answers: z.array(Answer) });
const Tree = z.object({
  id: z.string(),
  title: z.string(),
  categories: z.array(z.string()).optional(),
  start: z.string(),
  nodes: z.array(Node),
});
type Tree = z.infer<typeof Tree>;
type Answer = z.infer<typeof Answer>;

const dir = 'content/wizard';
const trees = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => Tree.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))));

const nodeOf = (tree: Tree, id: string) => {
  const node = tree.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`${tree.id}: no node ${id}`);
  return node;
};
const stepUrl = (tree: Tree, answers: readonly string[]) => ['/wizard', tree.id, ...answers].join('/');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const atPath = (url: string) => new RegExp(`^[^?#]*${escapeRe(url)}(#main)?$`);
const edgeCount = (tree: Tree) => tree.nodes.reduce((n, node) => n + node.answers.length, 0);

/** The longest answer path of a tree (the no-JavaScript walk follows one per tree). */
function deepestPath(tree: Tree, nodeId = tree.start): Answer[] {
  const paths = nodeOf(tree, nodeId).answers.map((a) => [a, ...(a.next ? deepestPath(tree, a.next) : [])]);
  return paths.reduce((best, p) => (p.length > best.length ? p : best), []);
}

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href'));

/** How many Tabs from the start of main reach the link (one page.evaluate instead of one per Tab). */
const tabsInMain = (page: Page, href: string) =>
  page.evaluate((target) => {
    const focusable = [...document.querySelectorAll('main a[href], main summary, main button, main input')];
    return focusable.findIndex((el) => el.getAttribute('href') === target) + 1;
  }, href);

/**
 * Reach the answer link the way a keyboard user does and press Enter: on a freshly loaded page
 * Tab to the skip link and take it; after a client-side step focus already continues in main.
 */
async function pressAnswer(page: Page, href: string) {
  let tabs = await tabsInMain(page, href);
  expect(tabs, `a link to ${href}`).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  if ((await focusedHref(page)) === '#main') await page.keyboard.press('Enter');
  else tabs--;
  for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
  expect(await focusedHref(page), 'focus after tabbing').toBe(href);
  await page.keyboard.press('Enter');
}

/** The "Your answers" breadcrumb: Wizard, the tree, then each answer given so far. */
async function expectTrail(page: Page, tree: Tree, labels: readonly string[]) {
  const items = page.getByRole('navigation', { name: 'Your answers' }).getByRole('listitem');
  await expect(items).toHaveText(['Wizard', tree.title, ...labels.map((l) => new RegExp(`${escapeRe(l)}$`))]);
}

/** Pages fetched for "Read more" checks, once per worker (a guide serves many anchors). */
const fetched = new Map<string, Promise<{ status: number; html: string }>>();
function fetchPage(page: Page, path: string) {
  let pending = fetched.get(path);
  if (!pending) {
    pending = page.request.get(path).then(async (r) => ({ status: r.status(), html: await r.text() }));
    fetched.set(path, pending);
  }
  return pending;
}

/** Every "Read more" link of a result page must lead to a page that exists (anchor included). */
async function expectReadMore(page: Page, answer: Answer) {
  const r = answer.result!;
  const expected = [r.entry && `/codes/${r.entry}`, r.guide && `/guides/${r.guide}`, r.diagnose && '/diagnose'].filter(
    Boolean,
  );
  const links = page.locator('h2:text-is("Read more") + ul').getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs, `Read more of ${answer.id}`).toEqual(expected);
  for (const href of hrefs) {
    const [path = '', anchor] = href.split('#');
    const { status, html } = await fetchPage(page, path);
    expect(status, href).toBe(200);
    if (anchor) expect(html, `${href} has the heading`).toContain(`id="${anchor}"`);
  }
}

async function expectResult(page: Page, tree: Tree, answer: Answer, labels: readonly string[]) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(answer.result!.title);
  await expect(page.getByText(answer.result!.note, { exact: true })).toBeVisible();
  await expectTrail(page, tree, labels);
  await expectReadMore(page, answer);
}

/** Depth-first over one node; the page is already showing it. Siblings start from a fresh goto. */
async function walkNode(page: Page, tree: Tree, nodeId: string, answers: string[], labels: string[]): Promise<number> {
  const node = nodeOf(tree, nodeId);
  const url = stepUrl(tree, answers);
  let paths = 0;
  for (const [i, a] of node.answers.entries()) {
    if (i > 0) await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(node.question);
    if (i === 0) await expectTrail(page, tree, labels);
    const target = `${url}/${a.id}`;
    await pressAnswer(page, target);
    await expect(page).toHaveURL(atPath(target));
    if (a.next) paths += await walkNode(page, tree, a.next, [...answers, a.id], [...labels, a.label]);
    else {
      await expectResult(page, tree, a, [...labels, a.label]);
      paths++;
    }
  }
  return paths;
}

// A few thousand keyboard steps: DOM snapshots and screenshots in the trace would cost more CPU
// than the walk itself, so failures keep the action log only.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false } });

// Next prefetches every link in view (about 20 RSC requests per step). They are not what this
// spec tests, and walking a few hundred steps on 2 cores they would double the server's work.
test.beforeEach(({ page }) =>
  page.route(
    (url) => url.searchParams.has('_rsc'),
    (route) => (route.request().headers()['next-router-prefetch'] ? route.abort() : route.fallback()),
  ),
);

test('every tree is listed on /wizard', async ({ page }) => {
  await page.goto('/wizard');
  for (const tree of trees)
    await expect(page.getByRole('link', { name: tree.title, exact: true })).toHaveAttribute(
      'href',
      `/wizard/${tree.id}`,
    );
});

for (const tree of trees) {
  test(`keyboard walk through every path of "${tree.id}"`, async ({ page }) => {
    test.setTimeout(30_000 + edgeCount(tree) * 4_000);
    await page.goto(stepUrl(tree, []));
    const leaves = tree.nodes.flatMap((n) => n.answers).filter((a) => a.result).length;
    expect(await walkNode(page, tree, tree.start, [], [])).toBe(leaves);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('one full path of each tree works with plain links', async ({ page }) => {
    test.setTimeout(15_000 + trees.length * 5_000);
    for (const tree of trees) {
      const path = deepestPath(tree);
      await page.goto(stepUrl(tree, []));
      for (let i = 0; i < path.length; i++) {
        const target = stepUrl(
          tree,
          path.slice(0, i + 1).map((p) => p.id),
        );
        await pressAnswer(page, target);
        await expect(page).toHaveURL(atPath(target));
        await page.waitForLoadState();
      }
      const last = path.at(-1)!;
      await expectResult(
        page,
        tree,
        last,
        path.map((p) => p.label),
      );
    }
  });
});

/** The answer path a diagnosis settles, read from the `when` facts (one settled answer per step). */
function settledPath(tree: Tree, facts: { category: string; status: number }) {
  const path: Answer[] = [];
  for (let node = nodeOf(tree, tree.start); ;) {
    const settled = node.answers.filter(
      ({ when: w }) =>
        w &&
        (w.categories || w.statuses) &&
        (!w.categories || w.categories.includes(facts.category)) &&
        (!w.statuses || w.statuses.includes(facts.status)) &&
        w.retryAfter === undefined,
    );
    if (settled.length !== 1 || !settled[0]?.next) return path;
    path.push(settled[0]);
    node = nodeOf(tree, settled[0].next);
  }
}

test('refine: an expired-token 401 lands past the settled questions of the auth tree', async ({ page }) => {
  const tree = trees.find((t) => t.categories?.includes('auth_expired'));
  expect(tree?.id).toBe('auth');
  const path = settledPath(tree!, { category: 'auth_expired', status: 401 });
  expect(path.map((a) => a.id)).toEqual(['401', 'expired']);
  await page.goto('/wizard/refine?category=auth_expired&status=401');
  await expect(page).toHaveURL(
    atPath(
      stepUrl(
        tree!,
        path.map((a) => a.id),
      ),
    ),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nodeOf(tree!, path.at(-1)!.next!).question);
  await expectTrail(
    page,
    tree!,
    path.map((a) => a.label),
  );
});

test('a result page draws the tree with the path taken highlighted', async ({ page }) => {
  const tree = trees.find((t) => t.id === 'auth')!;
  const path = deepestPath(tree);
  await page.goto(
    stepUrl(
      tree,
      path.map((a) => a.id),
    ),
  );
  const diagram = page.getByRole('group', { name: /^Decision tree diagram with/ });
  await expect(diagram).toBeVisible();
  await expect(diagram).toHaveAccessibleName(new RegExp(`your path has ${path.length} answers`));
  // Questions on the path plus the leaf are hot, and one edge per answer joins them.
  await expect(diagram.locator('g.hot')).toHaveCount(path.length + 1);
  await expect(diagram.locator('line.hot')).toHaveCount(path.length);
  await expect(diagram.locator('g.leaf.hot title')).toHaveText(path.at(-1)!.result!.title);
  // Every dot is a link to its question or result; the highlighted result links to this page.
  await expect(diagram.getByRole('link', { name: `Result: ${path.at(-1)!.result!.title}` })).toHaveAttribute(
    'href',
    stepUrl(
      tree,
      path.map((a) => a.id),
    ),
  );
  // Labels sit right of every dot, so none covers one.
  const overlap = await diagram.evaluate((svg) => {
    const dots = [...svg.querySelectorAll('circle, rect')].map((d) => d.getBoundingClientRect());
    return [...svg.querySelectorAll('text')].some((t) => {
      const r = t.getBoundingClientRect();
      return dots.some((d) => d.right > r.left && d.left < r.right && d.bottom > r.top && d.top < r.bottom);
    });
  });
  expect(overlap).toBe(false);
});

test('on a phone the tree map scrolls inside its own box', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const tree = trees.find((t) => t.id === 'auth')!;
  const path = deepestPath(tree);
  await page.goto(
    stepUrl(
      tree,
      path.map((a) => a.id),
    ),
  );
  const box = page.getByRole('group', { name: 'Decision tree diagram (scrolls sideways)' });
  await expect(box).toBeVisible();
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
