import { describe, expect, test } from 'vitest';
import { loadRawContent } from '@/lib/content/load-raw';
import { WizardTreeData } from '@/lib/content/schema/wizard-tree';

/*
 * The promises the product makes about its trees. Their structure (help on every question,
 * 2 to 6 answers, 2 to 4 fixes, depth, refine's categories) is checked by the build's
 * validator (lib/content/validate.ts), through the same schema read here.
 */
const trees = loadRawContent('content')
  .docs.filter((d) => d.type === 'WizardTree')
  .map((d) => WizardTreeData.parse(d.data));

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

  test('search finds the production-only tree by its usual wording', () => {
    expect(trees.find((t) => t.id === 'works-locally')?.title).toMatch(/works locally but not in production/i);
  });
});
