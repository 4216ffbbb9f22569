import { describe, expect, test } from 'vitest';
import { readLogLine } from '@/lib/session/log-lines';

/** Log lines in the formats real tools write, each from the page that documents it. */
const cases: [source: string, line: string, expected: Record<string, unknown>][] = [
  [
    // https://devcenter.heroku.com/articles/error-codes#h12-request-timeout
    'Heroku router, logfmt',
    '2010-10-06T21:51:37-07:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="204.204.204.204" dyno=web.1 connect= service=30000ms status=503 bytes=0 protocol=https',
    { method: 'GET', url: '/', status: 503, durationMs: 30000, timeMs: Date.parse('2010-10-07T04:51:37Z') },
  ],
  [
    // https://httpd.apache.org/docs/2.4/logs.html#common (the Common Log Format example)
    'Common Log Format',
    '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    { method: 'GET', url: '/apache_pb.gif', status: 200, timeMs: Date.parse('2000-10-10T20:55:36Z') },
  ],
  [
    // Go's log package prefix (https://pkg.go.dev/log#pkg-constants: LstdFlags = Ldate | Ltime)
    'Go log, net/http client error',
    '2009/11/10 23:00:00 Get "https://api.example.com/v1/users": dial tcp: lookup api.example.com: no such host',
    { method: null, status: null, timeMs: Date.parse('2009-11-10T23:00:00Z') },
  ],
  [
    'client line with a duration in parentheses',
    '2026-11-30 10:00:01,250 WARNING POST https://api.example.com/v1/sync 429 (1.5 s)',
    { method: 'POST', url: 'https://api.example.com/v1/sync', status: 429, durationMs: 1500 },
  ],
];

describe('log lines', () => {
  test.each(cases)('%s', (_name, line, expected) => {
    expect(readLogLine(line)).toMatchObject(expected);
  });

  test('a line with no request, status or error is not an exchange', () => {
    expect(readLogLine('2026-11-30T10:00:00Z INFO worker started, 4 threads')).toBeNull();
  });

  test('a megabyte-long line is read in bounded time (only its first 4 KB)', () => {
    const line = `2026-11-30T10:00:00Z GET https://api.example.com/x ${'status= '.repeat(150_000)} 500`;
    expect(readLogLine(line)).toMatchObject({ method: 'GET', url: 'https://api.example.com/x' });
  });
});
