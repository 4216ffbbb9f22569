import { check } from 'recheck';
import { describe, expect, test } from 'vitest';
import { realRules } from './helpers';

/**
 * Every pattern of content/error-signatures.yaml runs on pasted text, so each must be linear:
 * recheck (the checker the build uses for catalog regexes) must call it safe.
 */
describe('the error-signature table is linear', () => {
  const table = realRules().errorSignatures!;
  const patterns: [string, string, string][] = [
    ...(['apiCodes', 'codes', 'reasons', 'statuses'] as const).flatMap((list) =>
      table[list].map((p): [string, string, string] => [`${list}.${p.id}`, p.pattern, p.ignoreCase ? 'im' : 'm']),
    ),
    ...table.phrases.map((p, i): [string, string, string] => [`phrases[${i}]`, p.pattern, 'm']),
    ['errorish', table.errorish, 'm'],
  ];
  test.each(patterns)(
    '%s',
    async (_, source, flags) => {
      const result = await check(source, flags, { timeout: 20_000 });
      expect(result.status).toBe('safe');
    },
    60_000,
  );
});
