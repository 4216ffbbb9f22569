import { describe, expect, test } from 'vitest';
import { readEnvelope, unwrapEnvelope } from '../../../lib/diagnose/envelope';

/** Real error bodies, one per row of the precedence table; `code` is the expected providerCode. */
const cases: { name: string; source: string; body: unknown; code: string | null; others?: string[] }[] = [
  {
    name: 'OAuth error wins over the AADSTS sub-code in the description',
    source: 'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow#error-response-1',
    body: {
      error: 'invalid_scope',
      error_description: 'AADSTS70011: The provided value for the input parameter scope is not valid.',
      error_codes: [70011],
    },
    code: 'invalid_scope',
  },
  {
    name: 'google.rpc status wins over the legacy errors[].reason',
    source: 'https://cloud.google.com/apis/design/errors#http_mapping',
    body: {
      error: {
        code: 403,
        message: 'Daily Limit Exceeded',
        errors: [{ domain: 'usageLimits', reason: 'dailyLimitExceeded', message: 'Daily Limit Exceeded' }],
        status: 'PERMISSION_DENIED',
      },
    },
    code: '403', // extract.ts then drops it: it only restates the HTTP status
    others: ['PERMISSION_DENIED', 'dailyLimitExceeded'],
  },
  {
    name: 'error.code before the class in error.type',
    source: 'https://platform.openai.com/docs/guides/error-codes',
    body: {
      error: {
        message: 'Incorrect API key provided',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    },
    code: 'invalid_api_key',
    others: ['invalid_request_error'],
  },
  {
    name: 'a string error member that is a code',
    source: 'https://api.slack.com/web#evaluating_responses',
    body: { ok: false, error: 'invalid_auth' },
    code: 'invalid_auth',
  },
  {
    name: 'GraphQL extensions.code',
    source: 'https://shopify.dev/docs/api/usage/rate-limits#graphql-admin-api-rate-limits',
    body: { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }] },
    code: 'THROTTLED',
  },
  {
    name: 'JSON:API errors[].code',
    source: 'https://jsonapi.org/format/#error-objects',
    body: { errors: [{ status: '422', code: 'invalid_first_name', title: 'Invalid Attribute' }] },
    code: 'invalid_first_name',
  },
  {
    name: 'an array-wrapped envelope',
    source: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm',
    body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }],
    code: 'INVALID_SESSION_ID',
  },
  {
    name: 'a nested error.error envelope (a gateway wrapping the upstream error)',
    source: 'https://github.com/Helicone/ai-gateway/pull/170',
    body: { error: { error: { code: 'rate_limit_exceeded', message: 'Rate limit reached' } } },
    code: 'rate_limit_exceeded',
  },
  {
    name: 'a status enum in a 200 body',
    source: 'https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes',
    body: { error_message: 'The provided API key is invalid.', results: [], status: 'REQUEST_DENIED' },
    code: 'REQUEST_DENIED',
  },
  {
    name: 'a snake_case id, never a UUID',
    source: 'https://devcenter.heroku.com/articles/platform-api-reference#errors',
    body: { id: 'unauthorized', message: 'Invalid credentials provided.' },
    code: 'unauthorized',
  },
  {
    name: 'an id that is a UUID is not a code',
    source: 'https://devcenter.heroku.com/articles/platform-api-reference#clients',
    body: { id: '01234567-89ab-cdef-0123-456789abcdef', message: 'ok' },
    code: null,
  },
  {
    name: 'pydantic validation detail[].type',
    source: 'https://fastapi.tiangolo.com/tutorial/handling-errors/#requestvalidationerror-vs-validationerror',
    body: { detail: [{ type: 'missing', loc: ['body', 'name'], msg: 'Field required', input: {} }] },
    code: 'missing',
  },
  {
    name: 'a flat errorCode',
    source: 'https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes',
    body: { errorCode: 'ISSUE_NOT_FOUND', message: 'Issue does not exist' },
    code: 'ISSUE_NOT_FOUND',
  },
  {
    name: 'a sentence in error is not a code',
    source: 'https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api',
    body: { error: 'Not Found', message: 'the sentence is not a code' },
    code: null,
  },
  {
    name: 'a generic type word says nothing',
    source: 'https://docs.anthropic.com/en/api/errors',
    body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    code: 'overloaded_error',
  },
  {
    name: 'a reason phrase in `error` beside the status only restates it (Twitch Helix)',
    source: 'https://github.com/twitchdev/issues/issues/105',
    body: { error: 'Unauthorized', status: 401, message: 'OAuth token is missing' },
    code: null,
  },
  {
    name: "RFC 9457's about:blank type is no code (X API v2)",
    source: 'https://github.com/blorm-network/ZerePy/issues/73',
    body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    code: null,
  },
  {
    name: "an SDK's exception class in `type` is not the API's code (mailgun.js)",
    source: 'https://github.com/mailgun/mailgun.js/issues/359',
    body: { status: 401, details: 'Forbidden', type: 'MailgunAPIError' },
    code: null,
  },
  {
    name: 'a Kubernetes Status reason stays a code',
    source: 'https://github.com/kubernetes-sigs/kind/issues/571',
    body: { kind: 'Status', status: 'Failure', reason: 'Forbidden', code: 403 },
    code: '403',
    others: ['Forbidden'],
  },
  {
    name: "a numeric result beside an error message is the error's number (pCloud)",
    source: 'https://docs.pcloud.com/errors/',
    body: { result: 2297, error: 'Two factor authentication required.' },
    code: '2297',
  },
  {
    name: 'a result without an error member is data, not a code',
    source: 'https://docs.pcloud.com/methods/general/userinfo.html',
    body: { result: 0, email: 'a@example.com', quota: 10737418240 },
    code: null,
  },
];

describe('generic envelope reader: precedence table (lib/diagnose/envelope.ts)', () => {
  test.each(cases)('$name', ({ source, body, code, others }) => {
    expect(source).toMatch(/^https:\/\//);
    const found = readEnvelope(body).map((e) => e.code);
    expect(found[0] ?? null).toBe(code);
    for (const o of others ?? []) expect(found).toContain(o);
  });

  test('unwraps arrays and nested error envelopes, and stops at plain values', () => {
    expect(unwrapEnvelope([{ error: { error: { code: 'x' } } }])).toEqual({ error: { code: 'x' } });
    expect(unwrapEnvelope('text')).toBe('text');
    expect(unwrapEnvelope([1, 2])).toEqual([1, 2]);
  });
});
