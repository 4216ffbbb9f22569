import { beforeAll, describe, expect, test } from 'vitest';
import { SearchEngine } from '@/lib/search/engine';
import { searchRecordsFromDisk } from '@/lib/search/from-disk';
import { codeCandidates, looksLikeResponse } from '@/lib/search/query';

let engine: SearchEngine;
beforeAll(() => {
  engine = new SearchEngine(searchRecordsFromDisk());
});

const urls = (q: string, n: number) => engine.search(q, n).map((h) => h.record.url);

describe('exact codes rank first', () => {
  test.each([
    ['429', '/codes/http-429'],
    ['HTTP 429', '/codes/http-429'],
    ['error 401', '/codes/http-401'],
    ['"invalid_grant"', '/codes/oauth-invalid-grant'],
    ['INVALID_GRANT', '/codes/oauth-invalid-grant'],
    ['AADSTS50058', '/codes/microsoft-aadsts50058'],
    ['ECONNRESET', '/codes/net-econnreset'],
    ['SignatureDoesNotMatch', '/codes/aws-signature-does-not-match'],
    ['20003', '/codes/twilio-20003'],
    ['  throttled ', '/codes/upstream-throttled'],
  ])('%s → %s', (q, url) => {
    const [first] = engine.search(q, 5);
    expect(first?.record.url).toBe(url);
    expect(first?.via).toBe('exact');
  });
});

describe('typos still find the entry in the top three', () => {
  test.each([
    ['invlid_grant', '/codes/oauth-invalid-grant'],
    ['too many reqests', '/codes/http-429'],
    ['certifcate expired', '/codes/tls-cert-has-expired'],
    ['ECONNRESTE', '/codes/net-econnreset'],
  ])('%s', (q, url) => {
    expect(urls(q, 3)).toContain(url);
  });
});

describe('symptom phrases find the right entry or guide section in the top three', () => {
  test.each([
    ['token expired', /\/codes\/(oauth-expired-token|oauth-invalid-token)|\/guides\/authentication/],
    [
      'works locally but not in production',
      /\/wizard\/works-locally|\/guides\/authentication#.*(environment|production)/,
    ],
    ['webhook signature mismatch', /\/guides\/webhooks#.*signature|\/codes\/stripe-webhook-signature/],
  ])('%s', (q, pattern) => {
    expect(
      urls(q, 3).some((u) => pattern.test(u)),
      urls(q, 3).join(', '),
    ).toBe(true);
  });
});

describe('query helpers', () => {
  test('code prefixes are stripped', () => {
    expect(codeCandidates('HTTP 429')).toContain('429');
    expect(codeCandidates('status code 503')).toContain('503');
    expect(codeCandidates("'ECONNRESET'")).toEqual(['econnreset']);
  });
  test.each([
    ['HTTP/1.1 429 Too Many Requests\nRetry-After: 3', true],
    ['{"error": {"code": "rate_limit", "message": "slow down"}}', true],
    ['Content-Type: application/json\nX-Request-Id: abc', true],
    ['too many requests', false],
    ['429', false],
  ])('looksLikeResponse(%j) = %s', (q, expected) => {
    expect(looksLikeResponse(q)).toBe(expected);
  });
  test('an empty or blank query has no results', () => {
    expect(engine.search('   ')).toEqual([]);
  });
});
