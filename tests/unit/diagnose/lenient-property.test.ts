import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseInput } from '../../../lib/diagnose/parse';
import { findEmbedded, readLenient, readLooseJson } from '../../../lib/diagnose/parse/lenient';

/** Printer-ish noise: the characters the readers branch on, so the fuzzing reaches every branch. */
const noise = fc.string({
  unit: fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    "'",
    '"',
    '`',
    '\\',
    ':',
    '=>',
    ',',
    ' ',
    '\n',
    'a',
    'True',
    'nil',
    '...',
    '<ref *1>',
    '/*',
    '//',
    '0',
    '-',
  ),
  maxLength: 400,
});

describe('the lenient readers never throw', () => {
  test('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), noise), (text) => {
        readLooseJson(text);
        findEmbedded(text);
        for (let i = 0; i < Math.min(text.length, 8); i++) readLenient(text, i);
        expect(Array.isArray(parseInput(text))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  test('any JSON value, printed as JSON, reads back as itself', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const text = JSON.stringify(v);
        if (text.startsWith('{') || text.startsWith('[')) expect(readLenient(text, 0)?.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
  test('any prefix of a JSON object reads without throwing, keeping only complete members', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), fc.nat(), (o, cut) => {
        const text = JSON.stringify(o);
        const prefix = text.slice(0, 1 + (cut % text.length));
        const got = readLenient(prefix, 0)?.value as Record<string, string> | undefined;
        for (const [k, v] of Object.entries(got ?? {})) expect(o[k]).toBe(v);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Linear time, by operation counts (never by the clock): the steps a reader takes on 1 MB
 * stay within a fixed multiple of its steps on 100 KB, for inputs built to make a careless
 * reader backtrack or rescan.
 */
const ADVERSARIAL: [string, (n: number) => string][] = [
  ['deep nesting', (n) => '['.repeat(n)],
  ['an unterminated string', (n) => "{'a': '" + 'x'.repeat(n)],
  ['many small members', (n) => '{' + "'k': 1, ".repeat(Math.floor(n / 8))],
  ['braces that never parse', (n) => '{a'.repeat(Math.floor(n / 2))],
  ['a long comment', (n) => '{/*' + '*'.repeat(n)],
  ['Node string concatenations', (n) => "{a: 'x' +\n".repeat(Math.floor(n / 10))],
];

/** Steps a reader takes on a text, found or not. */
const stepsOf = (read: (cost: { steps: number }) => unknown): number => {
  const cost = { steps: 0 };
  read(cost);
  return cost.steps;
};

describe('the lenient readers stay linear on 1 MB', () => {
  test.each(ADVERSARIAL)('%s: readLenient', (_, make) => {
    const small = stepsOf((cost) => readLenient(make(100_000), 0, undefined, cost));
    const big = stepsOf((cost) => readLenient(make(1_000_000), 0, undefined, cost));
    // Ten times the input may cost at most about ten times the steps (plus slack), never a hundred.
    expect(big).toBeLessThanOrEqual(small * 12 + 1000);
    expect(big).toBeLessThanOrEqual(4 * 1_000_000 + 1000);
  });
  test.each(ADVERSARIAL)('%s: findEmbedded in a log line', (_, make) => {
    const small = stepsOf((cost) => findEmbedded('ERROR upstream said ' + make(100_000), cost));
    const big = stepsOf((cost) => findEmbedded('ERROR upstream said ' + make(1_000_000), cost));
    expect(big).toBeLessThanOrEqual(small * 12 + 1000);
    expect(big).toBeLessThanOrEqual(8 * 1_000_000 + 1000);
  });
  test('whole pastes of 1 MB parse', () => {
    for (const [, make] of ADVERSARIAL) expect(parseInput(make(1_000_000)).length).toBeGreaterThan(0);
  });
});
