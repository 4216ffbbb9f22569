import type { WizardAnswer, WizardNode, WizardResult, WizardTree } from 'contentlayer/generated';

/** One answered question on the way through a tree. */
export interface WizardStep {
  node: WizardNode;
  answer: WizardAnswer;
  /** URL of the page where this question is asked (to change the answer). */
  askedAt: string;
}

/** Where a list of answer ids leads in a tree. */
export type WizardPosition =
  | { kind: 'question'; tree: WizardTree; steps: WizardStep[]; node: WizardNode; url: string }
  | { kind: 'result'; tree: WizardTree; steps: WizardStep[]; result: WizardResult; url: string }
  | { kind: 'invalid'; tree: WizardTree; steps: WizardStep[]; url: string };

export const wizardUrl = (tree: WizardTree, answers: readonly string[]) => ['/wizard', tree.id, ...answers].join('/');

const nodeById = (tree: WizardTree, id: string) => tree.nodes.find((n) => n.id === id);

/** Follow `answers` from the tree's start. Unknown answers yield `invalid` (the page 404s). */
export function resolveWizardPath(tree: WizardTree, answers: readonly string[]): WizardPosition {
  const steps: WizardStep[] = [];
  let node = nodeById(tree, tree.start);
  for (let i = 0; i < answers.length; i++) {
    const answer = node?.answers.find((a) => a.id === answers[i]);
    if (!node || !answer) return { kind: 'invalid', tree, steps, url: wizardUrl(tree, answers) };
    steps.push({ node, answer, askedAt: wizardUrl(tree, answers.slice(0, i)) });
    if (answer.result) {
      return i === answers.length - 1
        ? { kind: 'result', tree, steps, result: answer.result, url: wizardUrl(tree, answers) }
        : { kind: 'invalid', tree, steps, url: wizardUrl(tree, answers) };
    }
    node = answer.next ? nodeById(tree, answer.next) : undefined;
  }
  return node
    ? { kind: 'question', tree, steps, node, url: wizardUrl(tree, answers) }
    : { kind: 'invalid', tree, steps, url: wizardUrl(tree, answers) };
}

/** Every answer path of a tree, prefixes included (for static generation and the e2e walk). */
export function allWizardPaths(tree: WizardTree): string[][] {
  const out: string[][] = [[]];
  const walk = (nodeId: string, prefix: string[]) => {
    for (const a of nodeById(tree, nodeId)?.answers ?? []) {
      const path = [...prefix, a.id];
      out.push(path);
      if (a.next) walk(a.next, path);
    }
  };
  walk(tree.start, []);
  return out;
}

/** The facts a diagnosis settles, as "refine with the wizard" receives them. */
export interface WizardFacts {
  category: string | null;
  status: number | null;
  retryAfter: boolean | null;
}

function settles(answer: WizardAnswer, facts: WizardFacts): boolean {
  const w = answer.when;
  if (!w) return false;
  const checks: boolean[] = [];
  if (w.categories?.length) checks.push(facts.category !== null && w.categories.includes(facts.category));
  if (w.statuses?.length) checks.push(facts.status !== null && w.statuses.includes(facts.status));
  if (w.retryAfter !== undefined) checks.push(facts.retryAfter !== null && w.retryAfter === facts.retryAfter);
  return checks.length > 0 && checks.every(Boolean);
}

/**
 * The deepest question a diagnosis already answers: pick the tree that declares the
 * category, then follow answers while exactly one answer is settled by the facts. Stops
 * before a result, so the person still confirms the last step.
 */
export function refineWizard(trees: readonly WizardTree[], facts: WizardFacts): string {
  const tree =
    trees.find((t) => facts.category !== null && (t.categories ?? []).includes(facts.category)) ??
    trees.find((t) => t.id === 'http-error') ??
    trees[0];
  if (!tree) return '/wizard';
  const answers: string[] = [];
  let node = nodeById(tree, tree.start);
  while (node) {
    const settled = node.answers.filter((a) => settles(a, facts));
    const only = settled.length === 1 ? settled[0] : undefined;
    if (!only?.next) break;
    answers.push(only.id);
    node = nodeById(tree, only.next);
  }
  return wizardUrl(tree, answers);
}
