import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHarAll } from '@/lib/request/har-import';

const entry = (request: object, status = 200, time = 10) => ({
  startedDateTime: '2026-12-01T10:00:00.000Z',
  time,
  request: { headers: [], ...request },
  response: { status },
});

const log = (...entries: object[]) => ({ log: { version: '1.2', entries } });

describe('parseHarAll', () => {
  test('lists every entry, failing ones (no response, 4xx, 5xx) first, with status and time', () => {
    const har = log(
      entry({ method: 'GET', url: 'https://app.example/' }, 200, 120),
      entry({ method: 'GET', url: 'https://app.example/app.js' }, 304, 5),
      entry({ method: 'POST', url: 'https://api.example/v1/orders' }, 422, 48.6),
      entry({ method: 'GET', url: 'https://api.example/v1/me' }, 0, 3000),
    );
    expect(parseHarAll(JSON.stringify(har)).map((r) => [r.method, r.url, r.status, r.timeMs, r.failing])).toEqual([
      ['POST', 'https://api.example/v1/orders', 422, 49, true],
      ['GET', 'https://api.example/v1/me', 0, 3000, true],
      ['GET', 'https://app.example/', 200, 120, false],
      ['GET', 'https://app.example/app.js', 304, 5, false],
    ]);
  });

  test.each([
    ['wrapped: { "har": { "log": … } }', { har: log(entry({ method: 'GET', url: 'https://a.example/' })) }],
    ['a bare entries array', [entry({ method: 'GET', url: 'https://a.example/' })]],
    ['a bare request', { method: 'GET', url: 'https://a.example/', headers: [] }],
    ['nested in an export envelope', { export: { data: log(entry({ method: 'GET', url: 'https://a.example/' })) } }],
  ])('finds the requests of %s', (_, value) => {
    expect(parseHarAll(JSON.stringify(value))[0]?.url).toBe('https://a.example/');
  });

  test.each([
    [
      'queryString pairs the URL lacks are added',
      { method: 'GET', url: 'https://a.example/s', queryString: [{ name: 'q', value: 'a b&c' }] },
      { url: 'https://a.example/s?q=a%20b%26c', body: null },
    ],
    [
      'queryString that repeats the URL changes nothing',
      { method: 'GET', url: 'https://a.example/s?q=a%20b', queryString: [{ name: 'q', value: 'a b' }] },
      { url: 'https://a.example/s?q=a%20b' },
    ],
    [
      'cookies become a Cookie header',
      {
        method: 'GET',
        url: 'https://a.example/',
        cookies: [
          { name: 'sid', value: 'x1' },
          { name: 't', value: '2' },
        ],
      },
      { headers: [['Cookie', 'sid=x1; t=2']] },
    ],
    [
      'urlencoded params become the body',
      {
        method: 'POST',
        url: 'https://a.example/token',
        postData: {
          mimeType: 'application/x-www-form-urlencoded',
          params: [{ name: 'grant_type', value: 'client credentials' }],
        },
      },
      { body: 'grant_type=client+credentials', headers: [['Content-Type', 'application/x-www-form-urlencoded']] },
    ],
    [
      'a base64 body that is UTF-8 is decoded',
      {
        method: 'POST',
        url: 'https://a.example/',
        postData: { mimeType: 'text/plain', text: 'aMOpbGxv', encoding: 'base64' }, // "héllo" in UTF-8
      },
      { body: 'héllo', notes: [] },
    ],
  ])('%s', (_, request, expected) => {
    const [r] = parseHarAll(JSON.stringify(log(entry(request))));
    expect(r).toMatchObject(expected);
  });

  test('multipart params become a multipart body with the declared boundary', () => {
    const [r] = parseHarAll(
      JSON.stringify(
        log(
          entry({
            method: 'POST',
            url: 'https://a.example/up',
            headers: [{ name: 'Content-Type', value: 'multipart/form-data' }],
            postData: {
              mimeType: 'multipart/form-data',
              params: [
                { name: 'title', value: 'Report' },
                { name: 'file', fileName: 'C:\\data\\r.csv', contentType: 'text/csv', value: 'a,b' },
              ],
            },
          }),
        ),
      ),
    );
    const boundary = /boundary=(\S+)/.exec(r?.headers[0]?.[1] ?? '')?.[1];
    expect(boundary).toBeTruthy();
    expect(r?.body).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nReport\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n` +
        `--${boundary}--\r\n`,
    );
  });

  test('a base64 body that is not UTF-8 is kept as base64 with a warning', () => {
    const binary = btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe));
    const [r] = parseHarAll(
      JSON.stringify(
        log(
          entry({
            method: 'PUT',
            url: 'https://a.example/img',
            postData: { mimeType: 'image/png', text: binary, encoding: 'base64' },
          }),
        ),
      ),
    );
    expect(r?.body).toBe(binary);
    expect(r?.notes.join(' ')).toMatch(/binary/);
  });

  test('an entry with an odd field keeps the others', () => {
    const har = log(entry({ method: 'GET', url: 'https://a.example/', headers: 'oops', cookies: [{ name: 1 }] }));
    expect(parseHarAll(JSON.stringify(har))[0]).toMatchObject({ url: 'https://a.example/', headers: [] });
  });
});

describe('npm run import', () => {
  test('--json prints exactly one line per file, in the documented shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const curl = join(dir, 'two.sh');
    const har = join(dir, 'one.har');
    writeFileSync(curl, "curl https://a.example/1 -H 'x: 1' ;\ncurl -d a=1 https://b.example/2\n");
    writeFileSync(har, JSON.stringify(log(entry({ method: 'DELETE', url: 'https://c.example/3' }, 500))));
    const bad = join(dir, 'missing.txt');
    let out = '';
    try {
      execFileSync('npx', ['tsx', 'lib/cli/import.ts', '--json', curl, har, bad], { encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // exit 1: one file could not be imported
    }
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        file: curl,
        requests: [
          { method: 'GET', url: 'https://a.example/1', headers: [['x', '1']], body: null, notes: [] },
          {
            method: 'POST',
            url: 'https://b.example/2',
            headers: [['Content-Type', 'application/x-www-form-urlencoded']],
            body: 'a=1',
            notes: [],
          },
        ],
        error: null,
      },
      {
        file: har,
        requests: [{ method: 'DELETE', url: 'https://c.example/3', headers: [], body: null, notes: [] }],
        error: null,
      },
      { file: bad, requests: [], error: expect.stringMatching(/cannot read/) },
    ]);
  }, 30_000);
});

describe('queryString written raw, as browsers do', () => {
  test('a URL whose pairs are all listed raw is kept as it is', () => {
    const [r] = parseHarAll(
      JSON.stringify(
        log(
          entry({
            method: 'GET',
            url: 'https://a.example/s?q=a%20b&tag=x%2By&q=2',
            queryString: [
              { name: 'q', value: 'a%20b' },
              { name: 'tag', value: 'x%2By' },
              { name: 'q', value: '2' },
            ],
          }),
        ),
      ),
    );
    expect(r?.url).toBe('https://a.example/s?q=a%20b&tag=x%2By&q=2');
  });
});
