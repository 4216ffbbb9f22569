/// <reference lib="webworker" />
import { parseRuleSet, type RuleSet } from '@/lib/diagnose/rule-set';
import { analyseSession } from '@/lib/session/analyse';
import { SessionPatterns } from '@/lib/session/pattern-schema';
import type { SessionAnalysis } from '@/lib/session/session-schema';

/** Messages between the session page and its worker: the analysis never blocks the page. */
export type SessionWorkerRequest = { id: number; text: string };
export type SessionWorkerResponse =
  { id: number; ok: true; result: SessionAnalysis; ms: number } | { id: number; ok: false; error: string };

let knowledge: Promise<{ rules: RuleSet; patterns: SessionPatterns }> | null = null;

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  return res.json();
}

function load() {
  knowledge ??= Promise.all([fetchJson('/rules.json'), fetchJson('/session-patterns.json')]).then(([rules, p]) => {
    return { rules: parseRuleSet(rules), patterns: SessionPatterns.parse(p) };
  });
  knowledge.catch(() => (knowledge = null)); // a failed download can be retried
  return knowledge;
}

self.onmessage = async (e: MessageEvent<SessionWorkerRequest>) => {
  const { id, text } = e.data;
  try {
    const { rules, patterns } = await load();
    const t0 = performance.now();
    const result = analyseSession(text, rules, patterns);
    self.postMessage({ id, ok: true, result, ms: performance.now() - t0 } satisfies SessionWorkerResponse);
  } catch (err) {
    self.postMessage({ id, ok: false, error: (err as Error).message } satisfies SessionWorkerResponse);
  }
};
