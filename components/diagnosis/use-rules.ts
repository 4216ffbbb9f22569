import { parseRuleSet, type RuleSet } from '@/lib/diagnose/rule-set';

/**
 * The catalog's rules as the static file /rules.json (built once, cached by the browser),
 * fetched the first time the page needs them — never part of the page's JavaScript.
 */
export const rulesQuery = {
  queryKey: ['diagnose', 'rules'] as const,
  queryFn: async (): Promise<RuleSet> => {
    const res = await fetch('/rules.json');
    if (!res.ok) throw new Error(`rules.json answered ${res.status}`);
    return parseRuleSet(await res.json());
  },
  staleTime: Infinity,
};
