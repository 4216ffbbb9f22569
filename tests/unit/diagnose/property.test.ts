import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../lib/diagnose';
import { compileRules } from '../../../lib/diagnose/compile-rules';
import { diagnosisSchema } from '../../../lib/diagnose/diagnosis-schema';
import { FIXTURES, fixture, NOW, realRules } from './helpers';

const rules = compileRules(realRules());
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f !== 'manifest.json')
  .map(fixture);

/** Never throws, and every result is a valid Diagnosis. */
function check(input: string): void {
  const results = diagnose(input, rules, { now: NOW });
  expect(results.length).toBeGreaterThan(0);
  for (const d of results) {
    const parsed = diagnosisSchema.safeParse(d);
    if (!parsed.success)
      throw new Error(`invalid Diagnosis for ${JSON.stringify(input.slice(0, 200))}: ${parsed.error.message}`);
  }
}

/** Mutations of real fixtures: cut anywhere, flipped bytes, huge lines, binary, spliced fixtures. */
const mutated = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.nat(),
    fc.nat(),
    fc.integer({ min: 0, max: 5 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  )
  .map(([text, a, b, kind, noise]) => {
    const at = text.length ? a % text.length : 0;
    switch (kind) {
      case 0:
        return text.slice(0, at); // truncated
      case 1:
        return text.slice(0, at) + String.fromCharCode(b % 0x10000) + text.slice(at + 1); // a flipped character
      case 2:
        return text.slice(0, at) + 'A'.repeat(20_000 + (b % 80_000)) + text.slice(at); // a huge line
      case 3:
        return text.slice(0, at) + '\u0000\u00ff\ufffd\u0001' + noise + text.slice(at); // binary
      case 4:
        return text.slice(0, at) + (fixtures[b % fixtures.length] ?? ''); // two pastes spliced
      default:
        return text.replace(/[\r\n]+/g, b % 2 ? '\r\n' : ' '); // line endings changed or lost
    }
  });

describe('property: any input gives a valid Diagnosis', () => {
  test('random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 2000 });
  });
  test('structured-looking random input', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'HTTP/1.1 ',
        'HTTP/2 ',
        '< ',
        '> ',
        '* ',
        ':status: ',
        'Status Code: ',
        '{"error":',
        '"code":',
        '[{"errorCode":',
        '<Error><Code>',
        'curl: (',
        'Error: connect ',
        'eyJ',
        'Retry-After: ',
        'Date: ',
        '\n',
        '\n\n',
        '}',
        ']',
      ),
      fc.string({ maxLength: 30 }),
      fc.integer({ min: 0, max: 2_000_000_000 }).map(String),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }).map((parts) => parts.join('')),
        check,
      ),
      { numRuns: 2000 },
    );
  });
  test('mutated real fixtures', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 1500 });
  });
  test('JSON values of any shape', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), check), { numRuns: 1000 });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => check(JSON.stringify({ status: 429, headers: v, body: v }))),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) =>
        check(JSON.stringify({ log: { entries: [v, { response: v, request: v }] } })),
      ),
      { numRuns: 500 },
    );
  });
});
