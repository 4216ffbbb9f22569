import { describe, expect, test } from 'vitest';
import { authHeader } from '@/lib/request/auth';
import type { RequestDraft } from '@/lib/request/draft';
import { readShareFragment, redactBody, safeDraft, shareFragment } from '@/lib/request/safe-draft';
import { paramsOf, withParams } from '@/lib/request/url-params';

describe('query params ⇄ URL', () => {
  test.each<[string, [string, string][]]>([
    ['https://x.example/a', []],
    ['https://x.example/a?', []],
    [
      'https://x.example/a?q=a+b&n=1#frag',
      [
        ['q', 'a b'],
        ['n', '1'],
      ],
    ],
    [
      'https://x.example/a?flag&x=%E2%9C%93',
      [
        ['flag', ''],
        ['x', '✓'],
      ],
    ],
    [
      'https://x.example/a?a=1&',
      [
        ['a', '1'],
        ['', ''],
      ],
    ],
    ['https://x.example/a?bad=%E2%9', [['bad', '%E2%9']]],
  ])('%s', (url, rows) => {
    expect(paramsOf(url)).toEqual(rows);
  });
  test('rows write back, keeping the fragment', () => {
    expect(
      withParams('https://x.example/a?old=1#f', [
        ['q', 'a b'],
        ['x', '✓'],
        ['flag', ''],
      ]),
    ).toBe('https://x.example/a?q=a+b&x=%E2%9C%93&flag#f');
    expect(withParams('https://x.example/a?old=1', [])).toBe('https://x.example/a');
    expect(
      paramsOf(
        withParams('https://x.example/', [
          ['a', '1'],
          ['', ''],
        ]),
      ),
    ).toEqual([
      ['a', '1'],
      ['', ''],
    ]);
  });
});

describe('auth helpers', () => {
  test.each([
    [{ kind: 'none' as const }, null],
    [{ kind: 'bearer' as const, token: ' abc ' }, ['Authorization', 'Bearer abc']],
    [{ kind: 'bearer' as const, token: '' }, null],
    [
      { kind: 'basic' as const, username: 'ålice', password: 'pw' },
      ['Authorization', `Basic ${Buffer.from('ålice:pw').toString('base64')}`],
    ],
    [{ kind: 'api-key' as const, header: 'X-API-Key', value: 'k' }, ['X-API-Key', 'k']],
  ])('%j', (auth, header) => {
    expect(authHeader(auth)).toEqual(header);
  });
});

describe('history and share links carry no secrets', () => {
  const draft: RequestDraft = {
    method: 'POST',
    url: 'https://api.example.com/oauth/token?access_token=AT&page=2',
    headers: [
      ['Authorization', 'Bearer SECRET1'],
      ['Cookie', 'sid=SECRET2'],
      ['X-Api-Key', 'SECRET3'],
      ['Accept', 'application/json'],
    ],
    body: 'grant_type=refresh_token&refresh_token=SECRET4&client_secret=SECRET5',
    followRedirects: true,
    timeoutMs: 5000,
  };

  test('the safe draft', () => {
    const safe = safeDraft(draft);
    expect(JSON.stringify(safe)).not.toMatch(/SECRET|=AT/);
    expect(safe.headers).toContainEqual(['Accept', 'application/json']);
    expect(safe.body).toBe('grant_type=refresh_token&refresh_token=%5Bredacted%5D&client_secret=%5Bredacted%5D');
  });

  test('JSON bodies', () => {
    expect(redactBody('{"user":"a","password":"SECRET","nested":{"api_key":"SECRET"}}')).toBe(
      '{"user":"a","password":"[redacted]","nested":{"api_key":"[redacted]"}}',
    );
    expect(redactBody('plain text')).toBe('plain text');
  });

  test('the share fragment round-trips without secrets', () => {
    const fragment = shareFragment(draft);
    expect(atob(fragment.slice(2).replace(/-/g, '+').replace(/_/g, '/'))).not.toMatch(/SECRET/);
    const back = readShareFragment(`#${fragment}`);
    expect(back).toEqual(safeDraft(draft));
  });

  test.each(['', '#r=', '#r=!!!', `#r=${btoa('{"a":1}')}`])('ignores a malformed fragment %j', (f) => {
    expect(readShareFragment(f)).toBeNull();
  });
});
