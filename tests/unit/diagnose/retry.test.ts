import { describe, expect, test } from 'vitest';
import { analyse } from '../../../lib/diagnose/analysis';
import { makeSnapshot } from '../../../lib/diagnose/header-lines';
import { findRetry, parseDuration, parseReset, parseRetryAfter } from '../../../lib/diagnose/retry';
import type { HeaderPair } from '../../../lib/diagnose/types';
import { NOW } from './helpers';

const DATE = 'Sun, 22 Nov 2026 12:00:00 GMT';
const hint = (status: number | null, headers: HeaderPair[], body = '', rateLimited = status === 429) =>
  findRetry(analyse(makeSnapshot({ source: 'test', status, headers, body }), NOW), rateLimited);

describe('Retry-After', () => {
  test.each([
    ['30', 30],
    [' 0 ', 0],
    ['1.5', 1.5],
    ['Sun, 22 Nov 2026 12:02:00 GMT', 120],
    ['Sun, 22 Nov 2026 11:59:00 GMT', 0], // already past: no wait, not a negative one
    ['soon', null],
  ])('%s → %s', (value, seconds) => {
    expect(parseRetryAfter(value, NOW)).toBe(seconds);
  });
  test('an HTTP-date is measured from the response Date, not from the clock', () => {
    const later = NOW + 3_600_000;
    const a = analyse(
      makeSnapshot({
        source: 't',
        status: 503,
        headers: [
          ['Date', DATE],
          ['Retry-After', 'Sun, 22 Nov 2026 12:00:45 GMT'],
        ],
      }),
      later,
    );
    expect(findRetry(a, false)?.seconds).toBe(45);
  });
  test('without a Date header the clock passed in is used', () => {
    const a = analyse(
      makeSnapshot({ source: 't', status: 503, headers: [['Retry-After', 'Sun, 22 Nov 2026 12:00:45 GMT']] }),
      NOW,
    );
    expect(findRetry(a, false)?.seconds).toBe(45);
  });
  test('Retry-After on a redirect is not a wait', () => {
    expect(hint(301, [['Retry-After', '5']])).toBeNull();
  });
});

describe('rate-limit reset headers', () => {
  test.each([
    ['delta seconds', '17', 17],
    ['epoch seconds', String(NOW / 1000 + 900), 900],
    ['epoch milliseconds', String(NOW + 2500), 2.5],
    ['epoch with fraction (Discord)', String(NOW / 1000 + 64.57), 64.57],
    ['ISO timestamp (Anthropic)', '2026-11-22T12:00:08Z', 8],
    ['Go duration (OpenAI)', '6m0s', 360],
  ])('%s', (_, value, seconds) => {
    expect(parseReset(value, NOW)).toBe(seconds);
  });
  test('X-RateLimit-Reset counts only when that window is exhausted', () => {
    expect(
      hint(429, [
        ['Date', DATE],
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', String(NOW / 1000 + 60)],
      ])?.seconds,
    ).toBe(60);
    expect(
      hint(429, [
        ['Date', DATE],
        ['X-RateLimit-Remaining', '12'],
        ['X-RateLimit-Reset', String(NOW / 1000 + 60)],
      ]),
    ).toBeNull();
  });
  test('GitHub: a 403 with X-RateLimit-Remaining: 0 is about rate limiting', () => {
    expect(
      hint(
        403,
        [
          ['Date', DATE],
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Reset', String(NOW / 1000 + 900)],
        ],
        '',
        false,
      )?.seconds,
    ).toBe(900);
  });
  test.each([
    ['limit=100, remaining=0, reset=12', 12],
    ['"default";r=0;t=7', 7],
  ])('RateLimit: %s', (value, seconds) => {
    expect(hint(429, [['RateLimit', value]])?.seconds).toBe(seconds);
  });
  test('OpenAI: the reset of the exhausted window (requests), not the other one (tokens)', () => {
    const headers: HeaderPair[] = [
      ['x-ratelimit-remaining-requests', '0'],
      ['x-ratelimit-reset-requests', '20s'],
      ['x-ratelimit-remaining-tokens', '149984'],
      ['x-ratelimit-reset-tokens', '6m0s'],
    ];
    expect(hint(429, headers)?.seconds).toBe(20);
  });
  test('a success response with reset headers asks for no wait', () => {
    expect(
      hint(200, [
        ['X-RateLimit-Remaining', '10'],
        ['X-RateLimit-Reset', '30'],
      ]),
    ).toBeNull();
  });
});

describe('body hints', () => {
  test.each([
    ['wait_seconds (Upstream)', '{"error":{"code":"throttled","details":{"wait_seconds":3600}}}', 3600],
    [
      'retry_after float (Discord)',
      '{"message":"You are being rate limited.","retry_after":64.57,"global":false}',
      64.57,
    ],
    ['retryAfter', '{"error":{"retryAfter":12}}', 12],
    [
      'google RetryInfo',
      '{"error":{"code":429,"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"30s"}]}}',
      30,
    ],
    [
      'RetryInfo as Duration object',
      '{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":{"seconds":5,"nanos":500000000}}]}}',
      5.5,
    ],
    ['DRF', '{"detail":"Request was throttled. Expected available in 39 seconds."}', 39],
    ['OpenAI message', '{"error":{"message":"Please try again in 1.5s."}}', 1.5],
  ])('%s', (_, body, seconds) => {
    expect(hint(429, [], body)?.seconds).toBe(seconds);
  });
  test('Retry-After wins over a body hint', () => {
    expect(hint(429, [['Retry-After', '65']], '{"retry_after":64.57}')).toMatchObject({ seconds: 65, from: 'header' });
  });
  test.each([
    ['30s', 30],
    ['1.5s', 1.5],
    ['6m0s', 360],
    ['1h2m3s', 3723],
    ['20ms', 0.02],
    ['12', 12],
    ['', null],
    ['abc', null],
  ])('duration %s', (v, s) => {
    expect(parseDuration(v)).toBe(s);
  });
});

describe('a wait stated in words', () => {
  // https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
  test.each([
    ['{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3"}', 3],
    ['{"message":"Please retry after 20 seconds"}', 20],
    ['{"message":"retry after 5 minutes"}', 300],
    ['{"message":"retry after 2.5.1 upgrade"}', null],
  ])('%s → %s', (body, seconds) => {
    expect(hint(429, [], body)?.seconds ?? null).toBe(seconds);
  });
});
