import { describe, expect, test } from 'vitest';
import { parseCurl, parseCurlAll } from '@/lib/request/curl-import';
import { parseHar, parseHarAll } from '@/lib/request/har-import';
import { detectDialect } from '@/lib/request/shell-words';

/**
 * The classes of paste the peer suites (issue #14) showed we got wrong, each written from
 * curl's documentation (docs/cmdline-opts: --data, --data-urlencode, --url-query,
 * --upload-file, --form) or from the format a browser's "Copy as cURL" writes.
 */
const all = (paste: string, readFile?: (path: string) => string | null) =>
  parseCurlAll(paste, readFile ? { readFile } : {}).map((r) => r.request);
const first = (paste: string, readFile?: (path: string) => string | null) => {
  const [r] = all(paste, readFile);
  if (!r) throw new Error('nothing imported');
  return r;
};

describe('a file that cannot be read keeps its @reference in the body, with a note', () => {
  test.each([
    ['curl -d @body.json https://x.example/a', 'POST', 'https://x.example/a', '@body.json'],
    ['curl --data-binary @./img.bin https://x.example/a', 'POST', 'https://x.example/a', '@./img.bin'],
    ['curl --json @req.json https://x.example/a', 'POST', 'https://x.example/a', '@req.json'],
    ['curl -d a=1 -d @rest.txt https://x.example/a', 'POST', 'https://x.example/a', 'a=1&@rest.txt'],
    ['curl --data-urlencode msg@note.txt https://x.example/a', 'POST', 'https://x.example/a', 'msg=@note.txt'],
    ['curl --url-query q@terms.txt https://x.example/a', 'GET', 'https://x.example/a?q=@terms.txt', null],
    // stdin with nothing on it, and stdin redirected from a file: named by that file
    ['curl -d @- https://x.example/a', 'POST', 'https://x.example/a', '@-'],
    ['curl -d @- https://x.example/a < payload.xml', 'POST', 'https://x.example/a', '@payload.xml'],
  ])('%s', (paste, method, url, body) => {
    const r = first(paste, () => null);
    expect({ method: r.method, url: r.url, body: r.body }).toEqual({ method, url, body });
    expect(r.notes.join(' ')).toMatch(/cannot be read here; "[^"]*@[^"]+" was kept/);
  });

  test('a file that can be read is sent, not its name', () => {
    const r = first('curl -d @- https://x.example/a < payload.xml', (p) => (p === 'payload.xml' ? '<a/>' : null));
    expect(r.body).toBe('<a/>');
    expect(r.notes).toEqual([]);
  });
});

describe('-T with -d: curl PUTs the -d data to the -T URL', () => {
  test.each([
    ['curl -T up.txt -d k=v https://x.example/dir/', 'https://x.example/dir/up.txt'],
    ['curl -d k=v https://x.example/put -T up.txt', 'https://x.example/put'],
  ])('%s', (paste, url) => {
    const r = first(paste);
    expect(r).toMatchObject({ method: 'PUT', url, body: 'k=v' });
    expect(r.headers).toContainEqual(['Content-Type', 'application/x-www-form-urlencoded']);
    expect(r.notes.join(' ')).toMatch(/-d data was given too/);
  });
});

describe('shell expansions stay as written, one word, and are named in a note', () => {
  test.each([
    ['curl -H "Authorization: Bearer $TOKEN" https://x.example/a', ['Authorization', 'Bearer $TOKEN'], '$TOKEN'],
    ['curl -H "X-Ts: $(date +%s)" https://x.example/a', ['X-Ts', '$(date +%s)'], '$(date +%s)'],
    ['curl -H "X-Ts: `date +%s`" https://x.example/a', ['X-Ts', '`date +%s`'], '`date +%s`'],
    ['curl -H X-Id:${ID:-none} https://x.example/a', ['X-Id', '${ID:-none}'], '${ID:-none}'],
  ])('%s', (paste, header, named) => {
    const r = first(paste);
    expect(r.url).toBe('https://x.example/a');
    expect(r.headers).toEqual([header]);
    expect(r.notes.join(' ')).toContain(`expand ${named}`);
  });

  test("single quotes are literal: '$X' is text, not an expansion", () => {
    const r = first("curl -H 'X-Price: $5' https://x.example/a");
    expect(r.headers).toEqual([['X-Price', '$5']]);
    expect(r.notes).toEqual([]);
  });

  test('$"…" reads as "…", and a substitution with spaces is one word', () => {
    const r = first('curl https://x.example/a -d @- < $"in"`echo put.json`\n');
    expect(r.body).toBe('@in`echo put.json`');
  });

  test('a backtick closing a substitution at a line end is bash, a backtick after a space is PowerShell', () => {
    expect(detectDialect('curl -d @- https://x.example/a < `ls *.json`\n')).toBe('bash');
    expect(detectDialect('curl.exe https://x.example/a `\n  -H "A: b"')).toBe('powershell');
  });
});

describe('-F with a multipart Content-Type of the user', () => {
  test('its boundary separates the parts', () => {
    const r = first(
      'curl -H "Content-Type: multipart/related; boundary=XyZ" -F \'meta={"a":1};type=application/json\' https://x.example/u',
    );
    expect(r.headers).toEqual([['Content-Type', 'multipart/related; boundary=XyZ']]);
    expect(r.body).toBe(
      '--XyZ\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"a":1}\r\n--XyZ--\r\n',
    );
  });

  test('without a boundary, curl adds its own', () => {
    const r = first('curl -H "Content-Type: multipart/form-data" -F a=1 https://x.example/u');
    const type = r.headers.find(([n]) => n === 'Content-Type')?.[1] ?? '';
    const boundary = /boundary=(.+)$/.exec(type)?.[1];
    expect(boundary).toBeTruthy();
    expect(r.body?.startsWith(`--${boundary}\r\n`)).toBe(true);
  });
});

describe('Chrome "Copy as cURL" forms read back (written from its escaping rules)', () => {
  test.each([
    // cmd: every argument in ^"…^", \^" for a quote, ^% before a variable-like name
    ['curl ^"https://x.example/a^" -b ^"sid=^\\^"q^\\^"; n=^%^22x^"', [['Cookie', 'sid="q"; n=%22x']]],
    // bash: ANSI-C quoting with \uXXXX for control characters
    ["curl 'https://x.example/a' -b $'a=1\\u0009b'", [['Cookie', 'a=1\tb']]],
  ])('%s', (paste, headers) => {
    const r = first(paste);
    expect(r.url).toBe('https://x.example/a');
    expect(r.headers).toEqual(headers);
  });
});

const har = (request: object) =>
  JSON.stringify({ log: { entries: [{ request: { headers: [], cookies: [], ...request } }] } });

describe('HAR queryString values that are already URL-encoded are not encoded twice', () => {
  test.each([
    // as some API-docs tools write them: encoded text, several pairs in one value
    [[{ name: 'q', value: 'a%26b%3Dc' }], 'https://x.example/s?q=a%26b%3Dc'],
    [[{ name: 'arr', value: 'x%20y&arr=z' }], 'https://x.example/s?arr=x%20y&arr=z'],
    // decoded text is encoded
    [[{ name: 'q', value: 'a b&c' }], 'https://x.example/s?q=a%20b%26c'],
    [[{ name: 'p', value: '100%' }], 'https://x.example/s?p=100%25'],
  ])('%j', (queryString, url) => {
    const [r] = parseHarAll(har({ method: 'GET', url: 'https://x.example/s', queryString }));
    expect(r?.url).toBe(url);
    expect([...new URL(r!.url).searchParams].length).toBeGreaterThan(0);
  });
});

describe("--data-urlencode and --url-query escape as curl does (curl_easy_escape, then %20 as '+')", () => {
  test.each([
    ['curl --data-urlencode "q=it\'s (a) test!" https://x.example/a', 'q=it%27s+%28a%29+test%21'],
    ['curl --data-urlencode "user name=John Doe" https://x.example/a', 'user name=John+Doe'],
    ['curl --data-urlencode "=a*b~c" https://x.example/a', 'a%2Ab~c'],
  ])('%s', (paste, body) => {
    expect(first(paste).body).toBe(body);
  });

  test('--url-query uses the same escaping', () => {
    expect(first('curl --url-query "q=a b" https://x.example/s').url).toBe('https://x.example/s?q=a+b');
  });
});

test('a word that is no plausible URL is still a URL to curl, with a note', () => {
  const requests = all("curl https://x.example/a 'accept: application/json'");
  expect(requests.map((r) => r.url)).toEqual(['https://x.example/a', 'http://accept: application/json']);
  expect(requests[0]?.notes).toEqual([]);
  expect(requests[1]?.notes.join(' ')).toMatch(/was read as a URL/);
});

describe('a HAR entry keeps every header it sent; only HTTP/2 pseudo-headers are not headers', () => {
  const headers = [
    { name: ':authority', value: 'x.example' },
    { name: ':method', value: 'POST' },
    { name: 'Host', value: 'x.example' },
    { name: 'Accept-Encoding', value: 'gzip, deflate, br' },
    { name: 'Connection', value: 'keep-alive' },
    { name: 'Content-Length', value: '3' },
    { name: 'Content-Type', value: 'text/plain' },
  ];
  const paste = har({
    method: 'POST',
    url: 'https://x.example/a',
    headers,
    postData: { mimeType: 'text/plain', text: 'abc' },
  });

  test('the imported request has them all, as written', () => {
    const [r] = parseHarAll(paste);
    expect(r?.headers).toEqual(headers.slice(2).map((h) => [h.name, h.value]));
  });

  test('the playground draft leaves out what it recomputes (Content-Length, a Host equal to the URL host)', () => {
    const { draft } = parseHar(paste);
    expect(draft.headers.map(([n]) => n)).toEqual(['Accept-Encoding', 'Connection', 'Content-Type']);
  });

  test("a Host naming another host than the URL's stays in the draft", () => {
    const { draft } = parseCurl("curl -H 'Host: api.example' http://127.0.0.1:8080/");
    expect(draft.headers).toEqual([['Host', 'api.example']]);
  });
});

describe('a HAR entry whose body the exporter left out says so', () => {
  test.each([
    [{ method: 'POST', url: 'https://x.example/u', bodySize: 2048 }],
    [
      {
        method: 'POST',
        url: 'https://x.example/u',
        bodySize: 2048,
        postData: { mimeType: 'application/octet-stream' },
      },
    ],
  ])('%j', (request) => {
    const [r] = parseHarAll(har(request));
    expect(r?.notes.join(' ')).toMatch(/does not hold this request's body \(2048 bytes/);
  });

  test('an entry that sent no body has no such note', () => {
    const [r] = parseHarAll(har({ method: 'GET', url: 'https://x.example/u', bodySize: 0 }));
    expect(r?.notes).toEqual([]);
  });
});

describe('options curl maps onto headers, and old option names it still accepts (docs/cmdline-opts)', () => {
  test.each([
    ['curl --include https://x.example/a', [], ''],
    ['curl --no-include https://x.example/a', [], ''],
    ['curl -z "1 Jan 2020" https://x.example/a', [['If-Modified-Since', 'Wed, 01 Jan 2020 00:00:00 GMT']], ''],
    [
      'curl -z "-1 Jan 2020 12:00 GMT" https://x.example/a',
      [['If-Unmodified-Since', 'Wed, 01 Jan 2020 12:00:00 GMT']],
      '',
    ],
    ['curl -C 100 https://x.example/a', [['Range', 'bytes=100-']], ''],
    ['curl -z stamp.txt https://x.example/a', [], '-z stamp.txt'],
    ['curl -C - https://x.example/a', [], '-C -'],
    ['curl --aws-sigv4 aws:amz:eu-west-1:s3 -u AKID:SECRET https://x.example/a', [], 'cannot sign requests'],
    ['curl --krb4 private https://x.example/a', [], '--krb4 private'],
  ])('%s', (paste, headers, note) => {
    const requests = all(paste);
    expect(requests.map((r) => r.url)).toEqual(['https://x.example/a']);
    expect(requests[0]?.headers).toEqual(headers);
    if (note) expect(requests[0]?.notes.join(' ')).toContain(note);
    else expect(requests[0]?.notes).toEqual([]);
  });
});

describe('a curl command copied from Markdown', () => {
  test.each([
    ['```bash\ncurl https://x.example/a -H "A: b"\n```'],
    ['~~~sh\ncurl https://x.example/a -H "A: b"\n~~~\n'],
    ['`curl https://x.example/a -H "A: b"`'],
  ])('%j imports the command inside', (paste) => {
    expect(all(paste).map((r) => [r.url, r.headers, r.notes])).toEqual([['https://x.example/a', [['A', 'b']], []]]);
  });

  test('an unclosed backtick is a character, not the start of a command substitution', () => {
    expect(first('curl https://x.example/a -H "X-Quote: it`s"').headers).toEqual([['X-Quote', 'it`s']]);
  });
});

describe('cmd and PowerShell variables stay as written, with a note; escaped ones are text', () => {
  test.each([
    [
      'curl ^"https://x.example/a^" -H ^"Authorization: Bearer %API_KEY%^"',
      ['Authorization', 'Bearer %API_KEY%'],
      '%API_KEY%',
    ],
    ['curl ^"https://x.example/a^" -H ^"X-Rate: 100^%^"', ['X-Rate', '100%'], null],
    [
      'curl.exe "https://x.example/a" -H "Authorization: Bearer $env:TOKEN"',
      ['Authorization', 'Bearer $env:TOKEN'],
      '$env:TOKEN',
    ],
    ['curl.exe "https://x.example/a" -H "X-Price: `$5"', ['X-Price', '$5'], null],
  ])('%s', (paste, header, named) => {
    const r = first(paste);
    expect(r.headers).toEqual([header]);
    if (named) expect(r.notes.join(' ')).toContain(`expand ${named}`);
    else expect(r.notes).toEqual([]);
  });
});

test('-F part headers and encoders that are not applied are named in a note', () => {
  const r = first('curl -F "meta=x;headers=X-Part: 1;encoder=base64" https://x.example/u');
  expect(r.body).toContain('name="meta"\r\n\r\nx\r\n');
  expect(r.notes.join(' ')).toMatch(/headers=X-Part: 1 was not applied.*encoder=base64 was not applied/);
});

describe('-b with a cookie file (read when a reader is given, as the CLI does)', () => {
  // The Netscape format curl's own -c writes, and Set-Cookie lines; written from curl's docs.
  const jar = [
    '# Netscape HTTP Cookie File',
    '.x.example\tTRUE\t/\tFALSE\t0\tsid\tabc',
    '#HttpOnly_api.x.example\tFALSE\t/v1\tTRUE\t0\ttok\tt1',
    'other.example\tFALSE\t/\tFALSE\t0\tnope\t1',
    'x.example\tFALSE\t/\tFALSE\t1\told\tgone',
    'Set-Cookie: pref=dark; Path=/',
  ].join('\n');
  const read = (path: string) => (path === 'jar.txt' ? jar : null);

  test.each([
    ['curl -b jar.txt https://api.x.example/v1/items', 'tok=t1; sid=abc; pref=dark'],
    ['curl -b jar.txt http://api.x.example/v1/items', 'sid=abc; pref=dark'],
    ['curl -b jar.txt -b lang=en https://x.example/', 'sid=abc; pref=dark; lang=en'],
  ])('%s', (paste, cookie) => {
    const r = first(paste, read);
    expect(r.headers).toEqual([['Cookie', cookie]]);
    expect(r.notes).toEqual([]);
  });

  test('a Cookie header of the user wins, as in curl', () => {
    expect(first('curl -H "Cookie: mine=1" -b jar.txt https://x.example/', read).headers).toEqual([
      ['Cookie', 'mine=1'],
    ]);
  });

  test('without a reader the file is noted', () => {
    expect(first('curl -b jar.txt https://x.example/').notes.join(' ')).toMatch(/cookie files cannot be read here/);
  });
});

describe('stdin from a command piped into curl, when the paste spells it out', () => {
  test.each([
    // -d strips newlines (from files and stdin alike); --data-binary keeps them
    [`echo '{"a":1}' | curl -d @- https://x.example/a`, '{"a":1}'],
    [`echo '{"a":1}' | curl --data-binary @- https://x.example/a`, '{"a":1}\n'],
    [`echo -n 'a b' | curl --data-binary @- https://x.example/a`, 'a b'],
    [`cat body.json | curl -d @- https://x.example/a`, '@body.json'],
    [`jq -c . in.json | curl -d @- https://x.example/a`, '@-'],
  ])('%s', (paste, body) => {
    expect(first(paste).body).toBe(body);
  });

  test('cat names the file curl reads through stdin', () => {
    expect(
      first('cat body.json | curl -d @- https://x.example/a', (p) => (p === 'body.json' ? '{"b":2}\n' : null)).body,
    ).toBe('{"b":2}');
  });
});
