/**
 * Headers printed as a map instead of as header lines: Node's `console.log(res.headers)`
 * (util.inspect, https://nodejs.org/api/util.html#utilinspectobject-options), Python's
 * `print(resp.headers)` (a dict repr), Ruby's `p response.headers` in Faraday's debug log
 * (https://lostisland.github.io/faraday/#/middleware/included/logging). They are read as
 * headers (Retry-After, rate-limit and provider headers count), and a body printed next to
 * them is still the body. Samples follow pastes in public issues: a Shopify 429's headers
 * (https://github.com/MONEI/Shopify-api-node/issues/135), a OneDrive throttling response
 * (https://github.com/OneDrive/onedrive-api-docs/issues/177), a Salesforce 401 in Faraday's log.
 */
import { describe, expect, test } from 'vitest';
import { diagnose, parseInput } from '../../../lib/diagnose';
import { headerPairs } from '../../../lib/diagnose/parse/header-map';
import { NOW, realRules } from './helpers';

const one = (text: string) => {
  const [d] = diagnose(text, realRules(), { now: NOW });
  if (!d) throw new Error('no diagnosis');
  return d;
};

describe('printed header maps', () => {
  test("a Node inspect fragment without its braces is the response's headers", () => {
    const text = [
      "     'content-type': 'application/json; charset=utf-8',",
      "     'transfer-encoding': 'chunked',",
      "     connection: 'close',",
      "     'x-sorting-hat-podid': '3, 3',",
      "     'x-shopid': '19567057',",
      "     'retry-after': '2.0',",
      "     'strict-transport-security': 'max-age=7776000',",
    ].join('\n');
    const [snap] = parseInput(text);
    expect(snap?.headers).toContainEqual(['retry-after', '2.0']);
    expect(snap?.body).toBe('');
    const d = one(text);
    expect(d).toMatchObject({ category: 'rate_limited', retryable: true, retryAfterSeconds: 2, provider: 'shopify' });
  });

  test('a Python dict after a label, with an error-code header, gives the code and the category', () => {
    const text =
      "resp.headers: {'content-length': '0', 'x-clienterror': 'ThrottledRequest', 'date': 'Tue, 04 Aug 2015 10:47:51 GMT', 'server': 'Microsoft-HTTPAPI/2.0'}";
    const d = one(text);
    expect(d.providerCode).toBe('ThrottledRequest');
    expect(d.category).toBe('rate_limited');
    expect(d.evidence.map((e) => e.detail).join('\n')).toContain('x-clienterror');
  });

  test("Faraday's log: the Ruby header hash is the headers, and the escaped body after it is still the body", () => {
    const text = [
      'D, [2017-02-04T12:49:52.011590 #55889] DEBUG -- response:',
      '  status: "401"',
      '  headers: {"date"=>"Sat, 04 Feb 2017 17:49:48 GMT", "www-authenticate"=>"Token", "content-type"=>"application/json;charset=UTF-8", "connection"=>"close"}',
      '  body: "[{\\"message\\":\\"Session expired or invalid\\",\\"errorCode\\":\\"INVALID_SESSION_ID\\"}]"',
    ].join('\n');
    const [snap] = parseInput(text);
    expect(snap?.headers).toContainEqual(['www-authenticate', 'Token']);
    expect(JSON.parse(snap?.body ?? '')).toEqual([
      { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
    ]);
    expect(one(text)).toMatchObject({ provider: 'salesforce', providerCode: 'INVALID_SESSION_ID' });
  });

  test('strict JSON of a header map pasted alone is headers, not a body', () => {
    const text = JSON.stringify({
      'Content-Type': 'application/json',
      Date: 'Sun, 22 Nov 2026 12:00:00 GMT',
      'X-RateLimit-Remaining': '0',
      'Set-Cookie': ['a=1', 'b=2'],
    });
    const [snap] = parseInput(text);
    expect(snap?.headers).toContainEqual(['Set-Cookie', 'b=2']);
    expect(one(text).category).toBe('rate_limited');
  });

  test("an error body's members copied without braces are the body (Adyen's error fields)", () => {
    // https://docs.adyen.com/development-resources/response-handling/ (status, errorCode, message, errorType)
    const text =
      '     "status": 403,\n    "errorCode": "010",\n    "message": "Not allowed",\n    "errorType": "security"';
    const [snap] = parseInput(text);
    expect(JSON.parse(snap?.body ?? '')).toEqual({
      status: 403,
      errorCode: '010',
      message: 'Not allowed',
      errorType: 'security',
    });
    expect(one(text)).toMatchObject({ category: 'forbidden', providerCode: '010', status: 403 });
  });

  test.each([
    ['an error body', { code: 'rate_limited', message: 'Slow down', status: 429 }],
    ['a context map with one header-like name', { 'content-type': 'json', user: 'a', id: 5 }],
    ['a map with nested values', { 'content-type': 'x', date: 'y', meta: { a: 1 } }],
    ['keys that are not header names', { 'content-type': 'x', date: 'y', 'two words': 'z' }],
  ])('%s is not a header map', (_, value) => {
    expect(headerPairs(value)).toBeNull();
  });
});

describe('an error-code header', () => {
  test("Azure Storage's x-ms-error-code is the provider code when the body has none", () => {
    // https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes
    const d = one(
      'HTTP/1.1 403 Server failed to authenticate the request.\nx-ms-error-code: AuthenticationFailed\nx-ms-request-id: 1\nContent-Length: 0\n\n',
    );
    expect(d.providerCode).toBe('AuthenticationFailed');
  });

  test('a sentence in such a header is not a code', () => {
    const d = one('HTTP/1.1 500 Internal Server Error\nx-error: something went wrong here\n\n');
    expect(d.providerCode).toBeNull();
  });
});
