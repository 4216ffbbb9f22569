import { describe, expect, test } from 'vitest';
import { parseCurl } from '@/lib/request/curl-import';
import type { RequestDraft } from '@/lib/request/draft';
import { renderSnippet, toCurl, toFetch, toPython } from '@/lib/request/export';

const draft: RequestDraft = {
  method: 'POST',
  url: 'https://api.example.com/v1/items',
  headers: [
    ['Content-Type', 'application/json'],
    ['Authorization', 'Bearer t'],
    ['X-Note', "it's"],
  ],
  body: '{"name":"O\'Brien"}',
  followRedirects: true,
  timeoutMs: 5000,
};

describe('exporters', () => {
  test('curl round-trips through the curl importer', () => {
    const { draft: back } = parseCurl(toCurl(draft));
    expect(back).toEqual(draft);
  });

  test.each<[RequestDraft['method'], string]>([
    ['GET', ''],
    ['HEAD', '--head'],
    ['DELETE', '-X DELETE'],
  ])('curl %s', (method, flag) => {
    const out = toCurl({ ...draft, method, body: '' });
    if (flag) expect(out).toContain(flag);
    else expect(out).not.toContain('-X');
    expect(parseCurl(out).draft.method).toBe(method);
  });

  test('fetch', () => {
    expect(toFetch(draft)).toBe(`const response = await fetch("https://api.example.com/v1/items", {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "Authorization": "Bearer t",
    "X-Note": "it's",
  },
  body: JSON.stringify({
    "name": "O'Brien"
  }),
  redirect: "follow",
  signal: AbortSignal.timeout(5000),
});
console.log(response.status, await response.text());`);
  });

  test('Python requests', () => {
    expect(toPython({ ...draft, body: 'a=1\n' })).toBe(`import requests

response = requests.post(
    "https://api.example.com/v1/items",
    headers={
        "Content-Type": "application/json",
        "Authorization": "Bearer t",
        "X-Note": "it's",
    },
    data="a=1\\n",
    allow_redirects=True,
    timeout=5,
)
print(response.status_code, response.text)`);
  });
});

describe('generated exports (httpsnippet-lite)', () => {
  const draft = {
    method: 'POST' as const,
    url: 'https://api.example.com/v1/items?limit=2',
    headers: [
      ['Authorization', 'Bearer tok'],
      ['Content-Type', 'application/json'],
    ] as [string, string][],
    body: '{"name":"widget"}',
    followRedirects: false,
    timeoutMs: null,
  };
  test.each([
    ['go', /http\.NewRequest\("POST", url, payload\)/],
    ['java', /\.method\("POST", HttpRequest\.BodyPublishers\.ofString\("\{\\"name\\":\\"widget\\"\}"\)\)/],
    ['csharp', /Method = HttpMethod\.Post/],
    ['axios', /method: 'POST'/],
    ['httpie', /http POST 'https:\/\/api\.example\.com\/v1\/items\?limit=2'/],
    ['powershell', /Invoke-WebRequest -Uri 'https:\/\/api\.example\.com\/v1\/items\?limit=2' -Method POST/],
  ] as const)('%s', async (id, pattern) => {
    const code = await renderSnippet(draft, id);
    expect(code).toMatch(pattern);
    expect(code).toContain('Bearer tok'); // the user's own request: credentials stay in
  });
});
