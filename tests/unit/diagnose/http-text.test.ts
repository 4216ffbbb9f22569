import { describe, expect, test } from 'vitest';
import { dechunk, parseHttpText } from '@/lib/diagnose/parse/http-text';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

describe('chunked bodies', () => {
  test.each([
    ['chunk extensions are skipped', '5;ext=1\r\nhello\r\n6;a="b c"\r\n world\r\n0\r\n\r\n', 'hello world'],
    ['an empty chunked body is empty', '0\r\n\r\n', ''],
    ['a lone 0 (trailing newlines lost in the paste) is empty', '0', ''],
    ['sizes count UTF-8 bytes', '6\r\nhéllo\r\n0\r\n\r\n', 'héllo'],
    ['LF-only line ends from a paste', '3\nabc\n0\n', 'abc'],
    ['trailers after the last chunk are dropped', '2\r\nok\r\n0\r\nX-Trailer: 1\r\n\r\n', 'ok'],
    ['a body that is not chunked is kept', '{"a":1}', '{"a":1}'],
  ])('%s', (_, body, expected) => {
    expect(dechunk(body)).toBe(expected);
  });

  test.each([
    ['chunked', 'hi'],
    ['gzip, chunked', 'hi'],
    ['Chunked', 'hi'],
    ['x-notchunked', '2\r\nhi\r\n0\r\n\r\n'],
  ])('Transfer-Encoding: %s is matched as tokens', (te, body) => {
    const s = parseHttpText(
      crlf(`HTTP/1.1 500 Internal Server Error\nTransfer-Encoding: ${te}\n\n`) + '2\r\nhi\r\n0\r\n\r\n',
    );
    expect(s.body).toBe(body);
  });
});

describe('several messages in one paste', () => {
  test('1xx responses are skipped', () => {
    const s = parseHttpText(
      'HTTP/1.1 100 Continue\n\nHTTP/1.1 103 Early Hints\nLink: </a.css>\n\nHTTP/1.1 429 Too Many Requests\nRetry-After: 3\n\n{"e":1}',
    );
    expect(s).toMatchObject({ status: 429, body: '{"e":1}' });
    expect(s.headers).toEqual([['Retry-After', '3']]);
  });

  test('a later final response does not replace an earlier one, and the body stops at it', () => {
    const s = parseHttpText(
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"invalid_token"}\n\nHTTP/1.1 200 OK\n\n{"ok":true}',
    );
    expect(s).toMatchObject({ status: 401, body: '{"error":"invalid_token"}' });
  });

  test('a final response without a body is not replaced by the next one', () => {
    const s = parseHttpText('HTTP/1.1 204 No Content\nX-A: 1\n\nHTTP/1.1 500 Internal Server Error\n\noops');
    expect(s).toMatchObject({ status: 204, body: '' });
  });

  test('a request, its body, then the response', () => {
    const s = parseHttpText(
      'POST /v1/items HTTP/1.1\nHost: api.example.com\n\n{"name":"x"}\n\nHTTP/1.1 422 Unprocessable Entity\n\n{"error":"bad"}\n\nGET /next HTTP/1.1\nHost: a\n',
    );
    expect(s).toMatchObject({ status: 422, body: '{"error":"bad"}' });
    expect(s.request?.method).toBe('POST');
  });

  test('a curl -i -L redirect chain still ends at the last response', () => {
    const s = parseHttpText(
      'HTTP/1.1 302 Found\nLocation: /b\n\n<a href="/b">moved</a>\nHTTP/1.1 404 Not Found\n\nnope',
    );
    expect(s).toMatchObject({ status: 404, body: 'nope' });
  });

  test('a message past the first 500 lines still ends the body before it', () => {
    const rows = Array.from({ length: 700 }, (_, i) => `{"row":${i}}`).join('\n');
    const s = parseHttpText(`HTTP/1.1 500 Internal Server Error\n\n${rows}\nHTTP/1.1 200 OK\n\n{"ok":true}`);
    expect(s.status).toBe(500);
    expect(s.body.endsWith('{"row":699}')).toBe(true);
  });

  test('CRLF line ends and a lower-case line that only looks like a status line', () => {
    const s = parseHttpText(
      crlf(
        'HTTP/1.1 503 Service Unavailable\nRetry-After: 5\n\nhttp/1.1 200 is not a status line\nHTTP/1.1 200 OK\n\nok',
      ),
    );
    expect(s).toMatchObject({ status: 503, body: 'http/1.1 200 is not a status line' });
  });
});
