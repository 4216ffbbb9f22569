import { describe, expect, test } from 'vitest';
import { regexProblem, repeatsOf, unsafeRegexProblems } from '@/lib/content/regex-safety';

const doc = (body: string[], header?: string) => ({
  path: 'codes/x/fx.mdx',
  type: 'Entry' as const,
  data: { match: { body, headers: header ? [{ name: 'www-authenticate', pattern: header }] : [] } },
});

describe('rule regex safety', () => {
  test.each([
    ['"code":\\s*"x"', { unbounded: true, nested: false }],
    ['10001.{0,40}param', { unbounded: false, nested: false }],
    ['(a+)+b', { unbounded: true, nested: true }],
    ['lookup [^ ]+( on [^ ]+)?: no such host', { unbounded: true, nested: false }],
    ['(ab{1,3}){2,5}', { unbounded: false, nested: true }],
  ])('%s', (source, expected) => expect(repeatsOf(source)).toMatchObject(expected));

  test('syntax and nesting are reported synchronously', () => {
    expect(regexProblem('(unclosed')).toMatch(/invalid regex/);
    expect(regexProblem('(a+)+b')).toMatch(/catastrophic/);
    expect(regexProblem('invalid_token.*expired')).toBeNull(); // needs the analyser
  });

  test('recheck rejects a quadratic header rule, naming file and field; bounded rewrites pass', async () => {
    const problems = await unsafeRegexProblems([
      doc(['"type":\\s*"api_error"', 'n.{0,40}m'], 'invalid_token.*expired'),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'codes/x/fx.mdx',
        field: 'match.headers[0].pattern',
        message: expect.stringMatching(/super-linear/),
      }),
    ]);
    expect(await unsafeRegexProblems([doc([], 'invalid_token.{0,500}expired')])).toEqual([]);
  }, 60_000);
});
