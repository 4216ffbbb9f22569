import { describe, expect, test } from 'vitest';
import { parseCurl } from '@/lib/request/curl-import';
import { shellWords } from '@/lib/request/shell-words';

describe('shellWords', () => {
  test.each([
    [`curl 'a b' "c \\"d\\"" e\\ f`, ['curl', 'a b', 'c "d"', 'e f']],
    ["curl $'line1\\nline2\\t\\'q\\''", ['curl', "line1\nline2\t'q'"]],
    ['curl \\\n  -H x:1 \\\r\n  url', ['curl', '-H', 'x:1', 'url']],
    ['curl ^\n  url', ['curl', 'url']],
    [`curl -d '{"a":"it'\\''s"}'`, ['curl', '-d', `{"a":"it's"}`]],
    ['curl ""', ['curl', '']],
  ])('%j', (input, words) => {
    expect(shellWords(input)).toEqual(words);
  });
});

describe('parseCurl', () => {
  test('a Chrome "Copy as cURL" command', () => {
    const cmd = `curl 'https://api.example.com/v1/items?limit=2' \\
  -H 'accept: application/json' \\
  -H 'authorization: Bearer abc.def' \\
  --data-raw '{"name":"widget"}' \\
  --compressed`;
    const { draft, notes } = parseCurl(cmd);
    expect(draft).toMatchObject({
      method: 'POST',
      url: 'https://api.example.com/v1/items?limit=2',
      body: '{"name":"widget"}',
      followRedirects: false,
    });
    expect(draft.headers).toEqual([
      ['accept', 'application/json'],
      ['authorization', 'Bearer abc.def'],
      ['Accept-Encoding', 'deflate, gzip, br, zstd'],
      ['Content-Type', 'application/x-www-form-urlencoded'],
    ]);
    expect(notes).toEqual([]);
  });

  test.each([
    ['curl -X DELETE https://x.example/a', { method: 'DELETE' }],
    ['curl -XPUT https://x.example/a -d a=1', { method: 'PUT', body: 'a=1' }],
    ['curl -I https://x.example/', { method: 'HEAD' }],
    ['curl -sSL https://x.example/', { method: 'GET', followRedirects: true }],
    ['curl x.example/path', { url: 'http://x.example/path' }],
    ['curl -d a=1 -d b=2 https://x.example/', { method: 'POST', body: 'a=1&b=2' }],
    ['curl --data-urlencode "q=a b&c" --data-urlencode =x/y https://x.example/', { body: 'q=a+b%26c&x%2Fy' }],
    ['curl -G -d q=1 https://x.example/s', { method: 'GET', url: 'https://x.example/s?q=1', body: '' }],
    ['curl -m 2.5 https://x.example/', { timeoutMs: 2500 }],
    ['curl --url https://x.example/u', { url: 'https://x.example/u' }],
  ])('%s', (cmd, expected) => {
    expect(parseCurl(cmd).draft).toMatchObject(expected);
  });

  test('--json sets the body and JSON headers', () => {
    const { draft } = parseCurl(`curl --json '{"a":1}' https://x.example/`);
    expect(draft).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(draft.headers).toEqual([
      ['Content-Type', 'application/json'],
      ['Accept', 'application/json'],
    ]);
  });

  test('-u becomes a Basic Authorization header', () => {
    expect(parseCurl('curl -u alice:s3cret https://x.example/').draft.headers).toEqual([
      ['Authorization', `Basic ${btoa('alice:s3cret')}`],
    ]);
  });

  test('-k is reported, not honoured; unreadable files and unsupported options are reported', () => {
    const { notes } = parseCurl('curl -k -d @body.json --proxy http://p:8080 https://x.example/');
    expect(notes.join('\n')).toMatch(/-k\/--insecure is not honoured/);
    expect(notes.join('\n')).toMatch(/@body.json: the file cannot be read here/);
    expect(notes.join('\n')).toMatch(/proxy/);
  });

  test('an explicit content-type wins over the form default', () => {
    const { draft } = parseCurl(`curl https://x.example/ -H 'Content-Type: application/json' -d '{}'`);
    expect(draft.headers).toEqual([['Content-Type', 'application/json']]);
  });

  test.each(['wget https://x.example', 'curl -s', 'curl -H'])('refuses %s', (cmd) => {
    expect(() => parseCurl(cmd)).toThrow();
  });
});
