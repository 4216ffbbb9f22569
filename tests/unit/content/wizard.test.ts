import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { CATEGORIES } from '@/lib/content/taxonomy';

/*
 * House rules for the wizard trees that the build validator does not enforce (it checks the
 * graph; these check that every step helps a person and that "refine" can find its way).
 */

const When = z.object({
  categories: z.array(z.string()).optional(),
  statuses: z.array(z.number()).optional(),
  retryAfter: z.boolean().optional(),
});
const Result = z.object({ title: z.string(), note: z.string().min(20), fixes: z.array(z.string()) });
const Answer = z.object({
  id: z.string(),
  label: z.string(),
  when: When.optional(),
  next: z.string().optional(),
  result: Result.optional(),
});
const Node = z.object({ id: z.string(), question: z.string(), help: z.string().optional(), answers: z.array(Answer) });
const Tree = z.object({
  id: z.string(),
  title: z.string(),
  categories: z.array(z.string()).default([]),
  start: z.string(),
  nodes: z.array(Node),
});
type Tree = z.infer<typeof Tree>;

const dir = 'content/wizard';
const trees = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => Tree.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))));
const cases = trees.map((t) => [t.id, t] as const);

/** Deepest number of questions on any path from the start. */
const depth = (tree: Tree, id = tree.start): number =>
  1 +
  Math.max(0, ...(tree.nodes.find((n) => n.id === id)?.answers ?? []).map((a) => (a.next ? depth(tree, a.next) : 0)));

describe('wizard trees', () => {
  test('the trees the symptom wizard promises exist', () => {
    expect(trees.map((t) => t.id).sort()).toEqual(
      expect.arrayContaining([
        'auth',
        'bad-response',
        'connection',
        'http-error',
        'integration-flow',
        'oauth',
        'permission-denied',
        'rate-limited',
        'websocket',
        'webhooks',
        'works-locally',
      ]),
    );
  });

  test('every diagnosis category is refined by exactly one tree', () => {
    // refine picks the first tree that lists the category, so a category in two trees hides one of them.
    for (const category of CATEGORIES) {
      expect(
        trees.filter((t) => t.categories.includes(category)).map((t) => t.id),
        category,
      ).toHaveLength(1);
    }
  });

  test('search finds the production-only tree by its usual wording', () => {
    expect(trees.find((t) => t.id === 'works-locally')?.title).toMatch(/works locally but not in production/i);
  });

  test.each(cases)('%s: every question explains how to check it and offers 2 to 6 answers', (_id, tree) => {
    for (const node of tree.nodes) {
      expect(node.help, node.id).toBeTruthy();
      expect(node.answers.length, node.id).toBeGreaterThanOrEqual(2);
      expect(node.answers.length, node.id).toBeLessThanOrEqual(6);
      expect(new Set(node.answers.map((a) => a.label)).size, `${node.id} labels`).toBe(node.answers.length);
    }
  });

  test.each(cases)('%s: is 2 to 4 questions deep', (_id, tree) => {
    expect(depth(tree)).toBeGreaterThanOrEqual(2);
    expect(depth(tree)).toBeLessThanOrEqual(4);
  });

  test.each(cases)('%s: every result says why and gives 2 to 4 concrete fixes', (_id, tree) => {
    for (const a of tree.nodes.flatMap((n) => n.answers)) {
      if (!a.result) continue;
      expect(a.result.fixes.length, a.id).toBeGreaterThanOrEqual(2);
      expect(a.result.fixes.length, a.id).toBeLessThanOrEqual(4);
    }
  });

  test.each(cases)('%s: when-facts can be reached by refine and never settle two answers at once', (_id, tree) => {
    for (const node of tree.nodes) {
      const statuses = node.answers.flatMap((a) => a.when?.statuses ?? []);
      const categories = node.answers.flatMap((a) => a.when?.categories ?? []);
      expect(new Set(statuses).size, `${node.id} statuses`).toBe(statuses.length);
      expect(new Set(categories).size, `${node.id} categories`).toBe(categories.length);
      // refine only enters a tree through its own categories.
      for (const c of categories) expect(tree.categories, `${node.id}: ${c}`).toContain(c);
    }
  });
});
