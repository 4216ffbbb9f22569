import { describe, expect, test } from 'vitest';
import { parseCurlAll } from '@/lib/request/curl-import';
import { importText } from '@/lib/request/import';
import { detectDialect, shellCommands } from '@/lib/request/shell-words';

/**
 * Command forms written from curl's documentation (docs/cmdline-opts) and from the formats
 * the browsers' "Copy as cURL" produce. Each row: the paste, and the request curl would send.
 */
interface Expected {
  method: string;
  url: string;
  headers?: [string, string][];
  body?: string | null;
  note?: RegExp;
}

const first = (paste: string) => {
  const [r] = parseCurlAll(paste);
  if (!r) throw new Error('nothing imported');
  return r.request;
};

const JSON_BODY = '{"query":"it\'s a \\"test\\"","tags":["a b"]}';

const browserCopies: [string, string, Expected][] = [
  [
    'Chrome bash: $-quoted body, glob-escaped URL',
    `curl 'https://api.example.com/v1/issues?filter\\[status\\]=open&sort\\{asc\\}' \\
  -H 'accept: application/json' \\
  -H 'authorization: Bearer tok.en' \\
  -H 'content-type: application/json' \\
  --data-raw $'{"query":"it\\'s a \\\\"test\\\\"","tags":["a b"]}'`,
    {
      method: 'POST',
      url: 'https://api.example.com/v1/issues?filter[status]=open&sort{asc}',
      headers: [
        ['accept', 'application/json'],
        ['authorization', 'Bearer tok.en'],
        ['content-type', 'application/json'],
      ],
      body: JSON_BODY,
    },
  ],
  [
    'Chrome/Edge cmd: ^" quoting, ^ escapes, ^ continuations',
    [
      'curl ^"https://api.example.com/v1/issues?filter^[status^]=open^&page=2^" ^',
      '  -H ^"accept: application/json^" ^',
      '  -H ^"authorization: Bearer tok.en^" ^',
      '  -H ^"content-type: application/json^" ^',
      '  --data-raw ^"^{^\\^"query^\\^":^\\^"it\'s a \\\\^\\^"test\\\\^\\^"^\\^",^\\^"tags^\\^":^[^\\^"a b^\\^"^]^}^"',
    ].join('\r\n'),
    {
      method: 'POST',
      url: 'https://api.example.com/v1/issues?filter[status]=open&page=2',
      headers: [
        ['accept', 'application/json'],
        ['authorization', 'Bearer tok.en'],
        ['content-type', 'application/json'],
      ],
      body: JSON_BODY,
    },
  ],
  [
    'Chrome cmd: a literal newline is ^ and two newlines; %^ keeps a percent sign',
    'curl ^"https://x.example/a?p=100%^25^" ^\n  --data-raw ^"line1^\n\nline2^"',
    { method: 'POST', url: 'https://x.example/a?p=100%25', body: 'line1\nline2' },
  ],
  [
    'Firefox: options after the URL, -X before the body',
    `curl 'https://api.example.com/v1/items' --compressed -X POST -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' -H 'Accept: */*' -H 'Content-Type: application/json' -H 'Cookie: sid=abc; theme=dark' --data-raw '{"a":1}'`,
    {
      method: 'POST',
      url: 'https://api.example.com/v1/items',
      headers: [
        ['User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'],
        ['Accept', '*/*'],
        ['Content-Type', 'application/json'],
        ['Cookie', 'sid=abc; theme=dark'],
        ['Accept-Encoding', 'deflate, gzip, br, zstd'],
      ],
      body: '{"a":1}',
    },
  ],
  [
    'Safari: quoted -X value, --data-binary, one option per line',
    `curl 'https://api.example.com/v1/items/7' \\\n-X 'PATCH' \\\n-H 'Content-Type: application/json' \\\n-H 'Accept: application/json' \\\n--data-binary '{"name":"new"}'`,
    {
      method: 'PATCH',
      url: 'https://api.example.com/v1/items/7',
      headers: [
        ['Content-Type', 'application/json'],
        ['Accept', 'application/json'],
      ],
      body: '{"name":"new"}',
    },
  ],
  [
    'PowerShell: curl.exe with backtick continuations and escapes',
    'curl.exe -X POST "https://api.example.com/v1/items" `\n  -H "Authorization: Bearer tok" `\n  -H \'Content-Type: application/json\' `\n  --data-raw \'{"note":"it\'\'s"}\'',
    {
      method: 'POST',
      url: 'https://api.example.com/v1/items',
      headers: [
        ['Authorization', 'Bearer tok'],
        ['Content-Type', 'application/json'],
      ],
      body: '{"note":"it\'s"}',
    },
  ],
  [
    'PowerShell: backtick escapes inside double quotes',
    'curl.exe "https://x.example/p" `\r\n  -d "{`"a`":`"`$HOME`"}"',
    {
      method: 'POST',
      url: 'https://x.example/p',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: '{"a":"$HOME"}',
    },
  ],
  [
    'Firefox on Windows: curl.exe, "" for a quote, "%" for a percent sign, `$ for a dollar',
    'curl.exe "https://api.example.com/v1/pay?x=100"%"25" -X POST -H "Content-Type: application/json" --data-raw "{""price"":""`$5""}"',
    {
      method: 'POST',
      url: 'https://api.example.com/v1/pay?x=100%25',
      headers: [['Content-Type', 'application/json']],
      body: '{"price":"$5"}',
    },
  ],
];

const fromCurlDocs: [string, string, Expected][] = [
  [
    'an option that takes an argument never becomes the URL',
    'curl --oauth2-bearer T0K --url-query "q=a b" --noproxy "*" --aws-sigv4 aws:amz --capath /etc/ssl https://x.example/s',
    {
      method: 'GET',
      url: 'https://x.example/s?q=a+b', // curl writes an encoded space as + (RFC 1866)
      headers: [['Authorization', 'Bearer T0K']],
      note: /--aws-sigv4 aws:amz: the playground cannot sign requests/,
    },
  ],
  [
    '-F alone POSTs multipart',
    'curl -F name=curl -F "shoe=@sneaker.png;type=image/png" https://x.example/up',
    {
      method: 'POST',
      url: 'https://x.example/up',
      headers: [['Content-Type', 'multipart/form-data; boundary=------------------------apitriageform']],
      note: /shoe=@sneaker.png.*cannot be read/,
    },
  ],
  [
    'a literal -d keeps its newlines',
    "curl -d $'id,name\\n1,widget\\n' -H 'Content-Type: text/csv' https://x.example/csv",
    { method: 'POST', url: 'https://x.example/csv', body: 'id,name\n1,widget\n' },
  ],
  [
    '--data @file POSTs, keeping the file reference in the body, with a note',
    'curl --data @payload.json https://x.example/p',
    { method: 'POST', url: 'https://x.example/p', body: '@payload.json', note: /"@payload.json" was kept in the body/ },
  ],
  [
    '-T PUTs to the URL plus the file name',
    'curl -T report.csv https://x.example/files/',
    { method: 'PUT', url: 'https://x.example/files/report.csv', body: '', note: /report.csv: the file cannot be read/ },
  ],
  [
    '--digest -u is not sent as Basic',
    'curl --digest -u alice:pw https://x.example/d',
    { method: 'GET', url: 'https://x.example/d', headers: [], note: /cannot do digest authentication/ },
  ],
  [
    '\\-newline inside double quotes disappears, as in bash',
    'curl "https://x.example/a\\\nb" -d "x=1\\\n&y=2"',
    { method: 'POST', url: 'https://x.example/ab', body: 'x=1&y=2' },
  ],
  [
    'repeated --json values are concatenated',
    `curl --json '{"drink":' --json '"coffee"}' https://x.example/j`,
    {
      method: 'POST',
      url: 'https://x.example/j',
      headers: [
        ['Content-Type', 'application/json'],
        ['Accept', 'application/json'],
      ],
      body: '{"drink":"coffee"}',
    },
  ],
  [
    '-g keeps brackets as written; a real glob is noted',
    'curl "https://x.example/{a,b}/[1-3]"',
    { method: 'GET', url: 'https://x.example/{a,b}/[1-3]', note: /expand this URL pattern/ },
  ],
  [
    'credentials in the URL become Basic auth',
    'curl https://al%40ice:pw@x.example/me',
    { method: 'GET', url: 'https://x.example/me', headers: [['Authorization', `Basic ${btoa('al@ice:pw')}`]] },
  ],
  [
    '-H "Name:" removes a header curl would add; -H "Name;" sends it empty',
    "curl -d a=1 -H 'Content-Type:' -H 'X-Empty;' https://x.example/",
    { method: 'POST', url: 'https://x.example/', headers: [['X-Empty', '']], body: 'a=1' },
  ],
  [
    '-G moves the data into the query',
    'curl -G --data-urlencode "q=a&b" -d page=2 https://x.example/s?x=1',
    { method: 'GET', url: 'https://x.example/s?x=1&q=a%26b&page=2', body: null },
  ],
  [
    'short options clustered, an unknown option noted, --no- booleans',
    'curl -sSLkXDELETE --frobnicate --no-location https://x.example/i/1',
    { method: 'DELETE', url: 'https://x.example/i/1', note: /--frobnicate is not a curl option/ },
  ],
  [
    'a prompt, env assignment, redirection and pipe around the command',
    '$ HTTPS_PROXY= curl -s https://x.example/v 2>&1 > out.json | jq .',
    { method: 'GET', url: 'https://x.example/v', headers: [] },
  ],
];

describe.each([
  ['browser copies', browserCopies],
  ['forms from curl docs', fromCurlDocs],
])('%s', (_, rows) => {
  test.each(rows)('%s', (_, paste, expected) => {
    const r = first(paste);
    expect(r.method).toBe(expected.method);
    expect(r.url).toBe(expected.url);
    if (expected.headers) expect(r.headers).toEqual(expected.headers);
    if (expected.body !== undefined) expect(r.body).toBe(expected.body);
    if (expected.note) expect(r.notes.join('\n')).toMatch(expected.note);
    else expect(r.notes).toEqual([]);
  });
});

describe('several commands in one paste', () => {
  test.each([
    [
      'Chrome "Copy all as cURL (bash)"',
      "curl 'https://a.example/1' -H 'x-a: 1' ;\ncurl 'https://b.example/2' -H 'authorization: Bearer B'",
      'bash',
    ],
    [
      'Chrome "Copy all as cURL (cmd)"',
      'curl ^"https://a.example/1^" -H ^"x-a: 1^" &\r\ncurl ^"https://b.example/2^" -H ^"authorization: Bearer B^"',
      'cmd',
    ],
    [
      'two commands on separate lines',
      "curl https://a.example/1 -H 'x-a: 1'\ncurl https://b.example/2 -H 'authorization: Bearer B'",
      'bash',
    ],
  ])('%s gives one request per command, headers kept apart', (_, paste, dialect) => {
    expect(detectDialect(paste)).toBe(dialect);
    const requests = parseCurlAll(paste).map((r) => r.request);
    expect(requests.map((r) => [r.url, r.headers])).toEqual([
      ['https://a.example/1', [['x-a', '1']]],
      ['https://b.example/2', [['authorization', 'Bearer B']]],
    ]);
  });

  test('--next starts a new set of options; several URLs share them', () => {
    const requests = parseCurlAll(
      'curl -H "A: 1" https://a.example/ https://b.example/ --next -d x=1 https://c.example/',
    ).map((r) => r.request);
    expect(requests.map((r) => [r.method, r.url, r.headers.length])).toEqual([
      ['GET', 'https://a.example/', 1],
      ['GET', 'https://b.example/', 1],
      ['POST', 'https://c.example/', 1],
    ]);
  });
});

describe('shell readers', () => {
  test.each([
    ['bash', `curl 'a b' "c \\"d\\"" e\\ f # comment`, [['curl', 'a b', 'c "d"', 'e f']]],
    ['bash', "curl $'\\x41\\u00e9\\101\\n'", [['curl', 'Aé A\n'.replace(' ', '')]]],
    ['cmd', 'curl "a ^ b" ^"c^&d^" x^\ny', [['curl', 'a ^ b', 'c&d', 'xy']]],
    ['cmd', 'curl "a \\"q\\" b" "x""y"', [['curl', 'a "q" b', 'x"y']]],
    ['powershell', "curl.exe 'it''s' \"a`tb\" `\n -H x", [['curl.exe', "it's", 'a\tb', '-H', 'x']]],
  ] as const)('%s: %j', (dialect, text, words) => {
    expect(shellCommands(text, dialect)).toEqual(words);
  });
});

describe('importText', () => {
  test('says why nothing could be imported', () => {
    expect(importText('wget https://x.example/')).toMatchObject({ requests: [], error: expect.stringMatching(/curl/) });
    expect(importText('{"nope": 1}')).toMatchObject({ requests: [], error: expect.stringMatching(/No request/) });
  });
});

describe('files named in a command (read only when a reader is given, as the CLI does)', () => {
  const files: Record<string, string> = {
    'body.csv': 'a,b\r\n1,2\r\n',
    'h.txt': 'X-One: 1\nX-Two: 2\n',
    'up.bin': 'RAW\n',
  };
  const readFile = (path: string) => files[path] ?? null;
  test.each([
    ['curl -d @body.csv https://x.example/', { body: 'a,b1,2' }],
    ['curl --data-binary @body.csv https://x.example/', { body: 'a,b\r\n1,2\r\n' }],
    ['curl --data-urlencode csv@body.csv https://x.example/', { body: 'csv=a%2Cb%0D%0A1%2C2%0D%0A' }],
    [
      'curl -T up.bin https://x.example/files/',
      { method: 'PUT', url: 'https://x.example/files/up.bin', body: 'RAW\n' },
    ],
    [
      'curl -H @h.txt https://x.example/',
      {
        headers: [
          ['X-One', '1'],
          ['X-Two', '2'],
        ],
      },
    ],
  ])('%s', (cmd, expected) => {
    const [r] = parseCurlAll(cmd, { readFile });
    expect(r?.request).toMatchObject({ ...expected, notes: [] });
  });

  test('a missing file is noted and the request keeps its shape', () => {
    const [r] = parseCurlAll('curl -d @missing.json https://x.example/', { readFile });
    expect(r?.request).toMatchObject({ method: 'POST', body: '@missing.json' });
    expect(r?.request.notes.join(' ')).toMatch(/@missing.json: the file cannot be read here/);
  });
});

describe('pipelines', () => {
  test.each([
    ['echo \'{"a":1}\' | curl -d @- https://x.example/in', 'https://x.example/in'],
    ['curl -s https://x.example/out | jq .items', 'https://x.example/out'],
  ])('%s: the curl side is imported, the other side is not reported', (paste, url) => {
    const requests = parseCurlAll(paste).map((r) => r.request);
    expect(requests.map((r) => r.url)).toEqual([url]);
    expect(requests[0]?.notes.join(' ')).not.toMatch(/not curl commands/);
  });
});

describe('stdin for @- and -T -', () => {
  test.each([
    [
      "curl -H 'Content-Type: application/json' --data-binary @- https://x.example/h <<'DATA'\n{\"a\": 1}\nDATA\n",
      '{"a": 1}\n',
    ],
    ['curl --data-binary @- https://x.example/h <<-EOF\n\tline\n\tEOF', 'line\n'],
    ['curl --json @- https://x.example/h <<< \'{"b":2}\'', '{"b":2}\n'],
    ['curl -d @- https://x.example/h < form.txt', 'a=1&b=2'],
  ])('%j', (paste, body) => {
    const [r] = parseCurlAll(paste, { readFile: (p) => (p === 'form.txt' ? 'a=1&\nb=2\n' : null) });
    expect(r?.request).toMatchObject({ method: 'POST', url: 'https://x.example/h', body, notes: [] });
  });

  test('a heredoc body is not read as further commands', () => {
    const all = parseCurlAll(
      'curl -d @- https://x.example/a <<END\ncurl https://evil.example/\nEND\ncurl https://x.example/b',
    );
    expect(all.map((r) => r.request.url)).toEqual(['https://x.example/a', 'https://x.example/b']);
  });
});
