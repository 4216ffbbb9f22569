import type { RuleSet } from '@/lib/diagnose/rule-set';

/**
 * The catalog's rules as the static file /rules.json (built once, cached by the browser),
 * fetched the first time the page needs them — never part of the page's JavaScript. The
 * check of the fetched file loads with it, so its schema library stays out of the first load.
 */
export const rulesQuery = {
  queryKey: ['diagnose', 'rules'] as const,
  queryFn: async (): Promise<RuleSet> => {
    const [res, { parseRuleSet }] = await Promise.all([fetch('/rules.json'), import('@/lib/diagnose/rule-set')]);
    if (!res.ok) throw new Error(`rules.json answered ${res.status}`);
    return parseRuleSet(await res.json());
  },
  staleTime: Infinity,
};
