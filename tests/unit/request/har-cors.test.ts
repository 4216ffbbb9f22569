import { describe, expect, test } from 'vitest';
import { analyzeCors, type CorsInput } from '@/lib/request/cors-analysis';
import { parseHar } from '@/lib/request/har-import';

describe('parseHar', () => {
  const entry = {
    request: {
      method: 'POST',
      url: 'https://api.example.com/v1/items',
      headers: [
        { name: ':authority', value: 'api.example.com' },
        { name: 'content-type', value: 'application/json' },
        { name: 'content-length', value: '12' },
        { name: 'authorization', value: 'Bearer x' },
      ],
      postData: { mimeType: 'application/json', text: '{"a":1}' },
    },
    response: { status: 500 },
  };

  test('a single entry', () => {
    expect(parseHar(JSON.stringify(entry))).toEqual({
      draft: {
        method: 'POST',
        url: 'https://api.example.com/v1/items',
        headers: [
          ['content-type', 'application/json'],
          ['authorization', 'Bearer x'],
        ],
        body: '{"a":1}',
        followRedirects: false,
        timeoutMs: null,
      },
      notes: [],
    });
  });

  test('a whole log: the first entry, with a note', () => {
    const { draft, notes } = parseHar(JSON.stringify({ log: { entries: [entry, entry] } }));
    expect(draft.url).toBe('https://api.example.com/v1/items');
    expect(notes).toEqual(['The HAR holds 2 requests; pick another one from the list.']);
  });

  test('form params become a urlencoded body', () => {
    const har = {
      request: {
        method: 'POST',
        url: 'https://x.example/',
        headers: [],
        postData: {
          params: [
            { name: 'a', value: '1 2' },
            { name: 'b', value: '&' },
          ],
        },
      },
    };
    expect(parseHar(JSON.stringify(har)).draft.body).toBe('a=1+2&b=%26');
  });

  test.each(['not json', '{}', '{"log":{"entries":[]}}'])('refuses %s', (text) => {
    expect(() => parseHar(text)).toThrow();
  });
});

describe('analyzeCors', () => {
  const base: CorsInput = {
    origin: 'https://app.example.com',
    method: 'GET',
    url: 'https://api.example.com/v1/items',
    requestHeaders: [],
    credentials: false,
    preflight: null,
    actual: { status: 200, headers: [['access-control-allow-origin', 'https://app.example.com']] },
  };
  const problemHeaders = (input: Partial<CorsInput>) =>
    analyzeCors({ ...base, ...input }).problems.map((p) => p.header);

  test('a simple request with the right origin passes', () => {
    expect(analyzeCors(base)).toEqual({ needsPreflight: false, unsafeHeaders: [], problems: [] });
  });

  test.each<[string, [string, string][], string[]]>([
    ['missing', [], ['Access-Control-Allow-Origin']],
    ['another origin', [['access-control-allow-origin', 'https://other.example.com']], ['Access-Control-Allow-Origin']],
    [
      'a trailing slash',
      [['access-control-allow-origin', 'https://app.example.com/']],
      ['Access-Control-Allow-Origin'],
    ],
    [
      'two values',
      [['access-control-allow-origin', 'https://app.example.com, https://b.example']],
      ['Access-Control-Allow-Origin'],
    ],
    [
      'duplicated',
      [
        ['access-control-allow-origin', '*'],
        ['access-control-allow-origin', '*'],
      ],
      ['Access-Control-Allow-Origin'],
    ],
    ['wildcard', [['access-control-allow-origin', '*']], []],
  ])('Allow-Origin %s', (_name, headers, expected) => {
    expect(problemHeaders({ actual: { status: 200, headers } })).toEqual(expected);
  });

  test('credentials need an exact origin and Allow-Credentials', () => {
    expect(
      problemHeaders({ credentials: true, actual: { status: 200, headers: [['access-control-allow-origin', '*']] } }),
    ).toEqual(['Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials']);
  });

  test('which headers make a preflight necessary', () => {
    const report = analyzeCors({
      ...base,
      method: 'POST',
      requestHeaders: [
        ['Content-Type', 'application/json'],
        ['Accept', 'application/json'],
        ['Authorization', 'Bearer x'],
        ['Cookie', 'a=1'],
      ],
    });
    expect(report).toMatchObject({ needsPreflight: true, unsafeHeaders: ['content-type', 'authorization'] });
    expect(
      analyzeCors({ ...base, method: 'POST', requestHeaders: [['Content-Type', 'text/plain;charset=UTF-8']] })
        .needsPreflight,
    ).toBe(false);
    expect(analyzeCors({ ...base, method: 'PUT' }).needsPreflight).toBe(true);
  });

  test('a preflight that misses the method and a header says exactly which', () => {
    const report = analyzeCors({
      ...base,
      method: 'DELETE',
      requestHeaders: [
        ['Authorization', 'Bearer x'],
        ['X-Trace', '1'],
      ],
      preflight: {
        status: 204,
        headers: [
          ['access-control-allow-origin', '*'],
          ['access-control-allow-methods', 'GET, POST'],
          ['access-control-allow-headers', '*'],
        ],
      },
    });
    expect(report.problems).toEqual([
      expect.objectContaining({ header: 'Access-Control-Allow-Methods', problem: 'Lists GET, POST but not DELETE.' }),
      // `*` covers X-Trace but never Authorization
      expect.objectContaining({
        header: 'Access-Control-Allow-Headers',
        problem: 'Does not allow authorization.',
        fix: 'Send `Access-Control-Allow-Headers: authorization`.',
      }),
    ]);
  });

  test('a preflight answered with 401 or a redirect', () => {
    const headers: [string, string][] = [
      ['access-control-allow-origin', '*'],
      ['access-control-allow-methods', 'PUT'],
    ];
    expect(problemHeaders({ method: 'PUT', preflight: { status: 401, headers } })).toEqual(['status']);
    expect(analyzeCors({ ...base, method: 'PUT', preflight: { status: 302, headers } }).problems[0]?.problem).toMatch(
      /must not redirect/,
    );
  });

  test('mixed content', () => {
    expect(problemHeaders({ url: 'http://api.example.com/' })).toEqual(['mixed-content']);
  });
});
