import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { diagnoseInput } from '../../../lib/diagnose';
import { readErrorText } from '../../../lib/diagnose/parse/error-text';
import { NOW, realRules } from './helpers';

/** Real error texts (stack traces, CLI output, SDK exceptions), each with the page it was copied from. */
interface Case {
  name: string;
  source: string;
  text: string;
  expect: { category: string; providerCode?: string; retryable: boolean; status?: number };
  /** only the reading is checked (the ranking of catalog entries is another step's job; see `note`) */
  parseOnly?: boolean;
}
const cases = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/readers/error-texts.json', import.meta.url)), 'utf8'),
) as Case[];

describe('real error texts, read by the signature table from content', () => {
  test.each(cases.filter((c) => c.parseOnly).map((c) => [c.name, c] as const))(
    '%s: the stated status, no network failure',
    (_, c) => {
      const [r] = diagnoseInput(c.text, realRules(), { now: NOW });
      expect(r!.snapshot).toMatchObject({ status: c.expect.status, error: null });
    },
  );
  test.each(cases.filter((c) => !c.parseOnly).map((c) => [c.name, c] as const))('%s', (_, c) => {
    const [r] = diagnoseInput(c.text, realRules(), { now: NOW });
    const d = r!.diagnosis;
    expect(c.source).toMatch(/^https:\/\/\S+\/\S+/);
    expect({ category: d.category, retryable: d.retryable }).toEqual({
      category: c.expect.category,
      retryable: c.expect.retryable,
    });
    if (c.expect.providerCode) expect(d.providerCode).toBe(c.expect.providerCode);
    if (c.expect.status) expect(d.status).toBe(c.expect.status);
  });
});

describe('what the reader keeps from a wrapped failure', () => {
  const table = () => realRules().errorSignatures;
  test('the root cause decides; the wrappers go into the message the evidence quotes', () => {
    const text = cases.find((c) => c.name.startsWith('RemoteDisconnected'))!.text;
    const reading = readErrorText(text, table());
    expect(reading?.error).toMatchObject({ kind: 'reset', code: 'RemoteDisconnected' });
    expect(reading?.error?.message).toMatch(/inside .*ProtocolError/);
    const [r] = diagnoseInput(text, realRules(), { now: NOW });
    expect(
      r!.diagnosis.evidence.some((e) => /RemoteDisconnected/.test(e.detail) && /ProtocolError/.test(e.detail)),
    ).toBe(true);
  });
  test("the API's code inside an SDK exception wins over the exception class", () => {
    const reading = readErrorText(
      'botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the Invoke operation (reached max retries: 4): Rate exceeded',
      table(),
    );
    expect(reading).toMatchObject({ code: 'ThrottlingException', error: null });
  });
  test('a TLS failure stays TLS, and not retryable, behind a reset and a wrapper', () => {
    const [r] = diagnoseInput(
      'System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n ---> System.IO.IOException: Received an unexpected EOF or 0 bytes from the transport stream.',
      realRules(),
    );
    expect(r!.diagnosis).toMatchObject({ category: 'tls', retryable: false });
  });
  test('a DNS failure is not retryable, a temporary resolver failure is', () => {
    const retryable = (text: string) => diagnoseInput(text, realRules())[0]!.diagnosis.retryable;
    expect(retryable('Error: getaddrinfo ENOTFOUND api.example.test')).toBe(false);
    expect(retryable('Error: getaddrinfo EAI_AGAIN api.example.test')).toBe(true);
  });
  test('without the table the text is still read, just without codes', () => {
    expect(readErrorText('curl: (28) Operation timed out', null)).toBeNull();
    expect(diagnoseInput('ECONNRESET', { ...realRules(), errorSignatures: undefined })[0]!.diagnosis.category).toBe(
      'network',
    );
  });
});

describe('the table is content: a bad one fails the build naming the file and the field', () => {
  test('a pattern that misses its own example, and one that backtracks', async () => {
    const { loadRawContent } = await import('../../../lib/content/load-raw');
    const { validateContent } = await import('../../../lib/content/validate');
    const { docs } = loadRawContent(fileURLToPath(new URL('../../../content', import.meta.url)));
    const table = docs.find((d) => d.type === 'ErrorSignatureTable')!;
    const data = structuredClone(table.data) as { codes: { pattern: string }[]; statuses: { pattern: string }[] };
    data.codes[0]!.pattern = '\\bnever matches\\b';
    data.statuses[0]!.pattern = '(a+)+b';
    const problems = validateContent([...docs.filter((d) => d !== table), { ...table, data }]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'error-signatures.yaml', field: 'codes[0].examples[0]' }),
        expect.objectContaining({ file: 'error-signatures.yaml', field: 'statuses[0].pattern' }),
      ]),
    );
  });
});
