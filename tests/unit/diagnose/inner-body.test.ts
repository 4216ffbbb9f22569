import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../lib/diagnose';
import { parseInput } from '../../../lib/diagnose/parse';
import { realRules } from './helpers';

/** Real wrappers that quote the API's own answer inside a string (issue 11, "double-encoded"). */
const cases = [
  {
    name: "Claude Code's log line quoting Anthropic's 429 body after the status",
    source: 'https://github.com/anthropics/claude-code/issues/40621',
    paste:
      '[{"error":"Error: 429 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"message\\":\\"Rate limited\\"}}\\n    at generate (cli.js:11:50937)","timestamp":"2026-03-29T15:23:55.485Z"}]',
    status: 429,
    category: 'rate_limited',
    code: 'rate_limit_error',
  },
  {
    name: "Firebase's auth/internal-error whose message is Google's 400 body",
    source: 'https://github.com/firebase/quickstart-js/issues/98',
    paste:
      '{"code":"auth/internal-error","message":"{\\"error\\":{\\"code\\":400,\\"message\\":\\"INVALID_REQUEST_URI\\"}}"}',
    status: null,
    category: 'validation',
    code: 'INVALID_REQUEST_URI',
  },
  {
    name: "Guzzle's message: the status before the quoted body is the status",
    source: 'https://github.com/JubaerHossain/zoom-laravel/issues/15',
    paste:
      '{"status":false,"message":"Client error: `GET https:\\/\\/api.zoom.us\\/v2\\/users` resulted in a `400 Bad Request` response:\\n{\\"code\\":4711,\\"message\\":\\"Invalid access token, does not contain scopes:[user:read:list_users:admin].\\"}\\n"}',
    status: 400,
    category: 'forbidden',
    code: '4711',
  },
  {
    name: 'a JSON string quoted in a line of text',
    source: 'https://github.com/scala-vienna/scala-vienna-web/issues/35',
    paste: 'body: "{\\"id\\":\\"unauthorized\\",\\"error\\":\\"Invalid credentials provided.\\"}" (wrong API key?)',
    status: null,
    category: 'auth_invalid',
    code: 'unauthorized',
  },
];

describe('a response quoted inside a wrapper is read as the body (parse/inner-body.ts)', () => {
  const rules = realRules();
  test.each(cases)('$name', ({ source, paste, status, category, code }) => {
    expect(source).toMatch(/^https:\/\//);
    const snap = parseInput(paste, { errorSignatures: rules.errorSignatures })[0];
    expect(snap?.status).toBe(status);
    const d = diagnose(paste, rules)[0];
    expect(d?.category).toBe(category);
    expect(d?.providerCode).toBe(code);
  });

  test('a message that merely mentions braces is left alone', () => {
    const paste = '{"error":"bad_request","message":"expected {name} in the template"}';
    const snap = parseInput(paste, { errorSignatures: realRules().errorSignatures })[0];
    expect(JSON.parse(snap?.body ?? '{}')).toEqual({
      error: 'bad_request',
      message: 'expected {name} in the template',
    });
  });
});
