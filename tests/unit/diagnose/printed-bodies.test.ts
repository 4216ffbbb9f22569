import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../lib/diagnose';
import { realRules } from './helpers';

/**
 * Error bodies printed among other output (issue 11's log-line and node-inspect styles): the
 * printed value is the body, whatever comes before or after it.
 */
const cases = [
  {
    name: 'an az --debug log whose lines read like headers, with the body among them',
    source: 'https://github.com/Azure/azure-cli/issues/29802',
    paste: [
      "cli.azure.cli.core.sdk.policies:     'Date': 'Wed, 28 Aug 2024 20:04:06 GMT'",
      'cli.azure.cli.core.sdk.policies: Response content:',
      'cli.azure.cli.core.sdk.policies: {"error":{"code":"AuthorizationFailed","message":"The client does not have authorization to perform action over scope or the scope is invalid."}}',
    ].join('\n'),
    category: 'forbidden',
    code: 'AuthorizationFailed',
  },
  {
    name: "a Node console.log of the body followed by the REPL's undefined",
    source: 'https://github.com/dzt/easy-proxy/issues/2',
    paste: "{ id: 'unauthorized', message: 'Unable to authenticate you.' }\nundefined",
    category: 'auth_invalid',
    code: 'unauthorized',
  },
  {
    name: 'a sentence quoting a body whose members are capitalised (Postmark)',
    source: 'https://github.com/PipedreamHQ/pipedream/issues/10254',
    paste: 'Getting a 401 with "{"ErrorCode": 10, "Message": "Request does not contain a valid Server token."}"',
    category: 'auth_invalid',
    code: '10',
  },
  {
    name: "Faraday's debug log quoting Salesforce's list body as a JSON string",
    source: 'https://github.com/restforce/restforce/issues/284',
    paste:
      'D, [2017-02-04T12:49:52.011590 #55889] DEBUG -- response:\n  status: "401"\n  body: "[{\\"message\\":\\"Session expired or invalid\\",\\"errorCode\\":\\"INVALID_SESSION_ID\\"}]"',
    category: 'auth_expired', // the catalog's entry for INVALID_SESSION_ID
    code: 'INVALID_SESSION_ID',
  },
];

describe('bodies printed among other output', () => {
  const rules = realRules();
  test.each(cases)('$name', ({ source, paste, category, code }) => {
    expect(source).toMatch(/^https:\/\//);
    const d = diagnose(paste, rules)[0];
    expect(d?.providerCode).toBe(code);
    expect(d?.category).toBe(category);
  });

  test('header lines followed by their own body keep that body', () => {
    const paste = 'content-type: application/json\nretry-after: 30\n\n{"error":{"code":"rate_limit_exceeded"}}';
    const d = diagnose(paste, rules)[0];
    expect(d?.providerCode).toBe('rate_limit_exceeded');
    expect(d?.retryAfterSeconds).toBe(30);
  });
});
