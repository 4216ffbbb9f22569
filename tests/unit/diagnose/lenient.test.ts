import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { diagnose, parseInput } from '../../../lib/diagnose';
import { readLooseJson } from '../../../lib/diagnose/parse/lenient';
import { NOW, realRules } from './helpers';

/** Real pastes (a language's printout of a response body), each with its source and the JSON it stands for. */
interface Paste {
  name: string;
  source: string;
  text: string;
  raw: string;
  expect: { format: string; providerCode: string; truncated?: boolean };
}
const pastes = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/readers/pastes.json', import.meta.url)), 'utf8'),
) as Paste[];

describe('printed bodies read as the JSON they stand for', () => {
  test.each(pastes.map((p) => [p.name, p] as const))('%s', (_, p) => {
    expect(p.source).toMatch(/^https:\/\/\S+\/\S+/);
    const loose = readLooseJson(p.text);
    expect(loose).toMatchObject({ format: p.expect.format, truncated: p.expect.truncated ?? false });
    expect(loose?.value).toEqual(JSON.parse(p.raw));
  });
  test.each(pastes.map((p) => [p.name, p] as const))('%s: the same code as the raw JSON', (_, p) => {
    const [fromPaste] = diagnose(p.text, realRules(), { now: NOW });
    const [fromJson] = diagnose(p.raw, realRules(), { now: NOW });
    expect(fromPaste?.providerCode).toBe(p.expect.providerCode);
    expect(fromPaste).toMatchObject({ category: fromJson?.category, providerCode: fromJson?.providerCode });
  });
});

describe('printouts inside other formats', () => {
  const withTable = { errorSignatures: realRules().errorSignatures };
  test('a Python dict as the body of raw HTTP', () => {
    const [s] = parseInput("HTTP/1.1 200 OK\nContent-Type: text/plain\n\n{'ok': False, 'error': 'not_authed'}");
    expect(s?.body).toBe('{"ok":false,"error":"not_authed"}');
  });
  test('a log line with the response after a timestamp and a level', () => {
    const [d] = diagnose(
      '2024-05-01T12:00:03.120Z ERROR payment sync failed status=402 response={"error":{"type":"card_error","code":"card_declined"}}',
      realRules(),
      { now: NOW },
    );
    expect(d).toMatchObject({ status: 402, providerCode: 'card_declined' });
  });
  test('a bracketed log prefix is a log line, not a JSON array', () => {
    const [s] = parseInput('[2024-05-01 12:00:00] ERROR upstream said {"error": "invalid_token"}', withTable);
    expect(JSON.parse(s?.body ?? 'null')).toEqual({ error: 'invalid_token' });
  });
  test('Node error objects: the response inside is the body', () => {
    const [s] = parseInput(
      "AxiosError: Request failed with status code 401\n    at settle (node_modules/axios/lib/core/settle.js:19:12) {\n  code: 'ERR_BAD_REQUEST',\n  response: {\n    status: 401,\n    data: { error: 'invalid_token', error_description: 'The access token expired' }\n  }\n}",
      withTable,
    );
    expect(s).toMatchObject({ status: 401 });
    expect(JSON.parse(s?.body ?? 'null')).toEqual({
      error: 'invalid_token',
      error_description: 'The access token expired',
    });
  });
  test('a context map in a log line is not taken for the response', () => {
    const [s] = parseInput(
      '2024-05-01 ERROR job failed ctx={"job": 7, "attempt": 2} after connect ECONNREFUSED 10.0.0.5:443',
      withTable,
    );
    expect(s?.error).toMatchObject({ kind: 'refused' });
  });
  test('a pasted "__proto__" key is an own member, as JSON.parse makes it (found by the property test)', () => {
    const got = readLooseJson("{'__proto__': {'polluted': True}}")?.value as Record<string, unknown>;
    expect(Object.keys(got)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test('text that only starts with a brace stays text', () => {
    expect(readLooseJson('{not json} and then prose')).toBeNull();
    expect(readLooseJson("{'a': 1} trailing words")).toBeNull();
  });
});
