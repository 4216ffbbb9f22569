import { describe, expect, test } from 'vitest';
import { loadRawContent } from '@/lib/content/load-raw';

/** Issue 12 ("knowledge breadth"): every code it names has an entry of the right provider. */
const docs = loadRawContent('content').docs;
const entries = docs.filter((d) => d.type === 'Entry');
const profiles = new Set(docs.filter((d) => d.type === 'ProviderProfile').map((d) => String(d.data.id)));

interface Match {
  codes?: string[];
  body?: string[];
  headers?: { name: string }[];
}
/** What an entry says it covers: its codes, its match codes and header names, and its title. */
const haystack = (e: (typeof entries)[number]) => {
  const m = (e.data.match ?? {}) as Match;
  return [
    ...((e.data.codes as string[]) ?? []),
    ...(m.codes ?? []),
    ...(m.headers ?? []).map((h) => h.name),
    String(e.data.title ?? ''),
  ]
    .join('\n')
    .toLowerCase();
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The code as a whole token: `10` must not be found inside `10001`. */
const mentions = (text: string, code: string) =>
  new RegExp(`(^|[^a-z0-9_])${escape(code.toLowerCase())}($|[^a-z0-9_])`).test(text);
const covered = (provider: string | null, code: string) =>
  entries.some((e) => (e.data.provider ?? null) === provider && mentions(haystack(e), code));

// provider id → the codes issue 12 names for it (null: browser errors that belong to no provider)
const NAMED: [string | null, string[]][] = [
  [
    'paypal',
    [
      'INSTRUMENT_DECLINED',
      'UNPROCESSABLE_ENTITY',
      'AUTHENTICATION_FAILURE',
      'INVALID_RESOURCE_ID',
      'PERMISSION_DENIED',
      'RATE_LIMIT_REACHED',
    ],
  ],
  ['plaid', ['ITEM_LOGIN_REQUIRED', 'INVALID_ACCESS_TOKEN', 'RATE_LIMIT_EXCEEDED', 'PRODUCT_NOT_READY']],
  [
    'stripe',
    [
      'do_not_honor',
      'generic_decline',
      'fraudulent',
      'insufficient_funds',
      'amount_too_small',
      'expired_card',
      'incorrect_cvc',
    ],
  ],
  ['auth0', ['invalid_grant', 'Service not found', 'access_denied', 'too_many_requests']],
  ['okta', ['E0000011', 'E0000047', 'E0000006', 'E0000007']],
  [
    'firebase',
    [
      'auth/invalid-api-key',
      'auth/too-many-requests',
      'auth/id-token-expired',
      'Missing or insufficient permissions',
      'UNREGISTERED',
      'QUOTA_EXCEEDED',
      'SENDER_ID_MISMATCH',
    ],
  ],
  [
    'microsoft',
    [
      'AADSTS50020',
      'AADSTS7000218',
      'AADSTS500011',
      'AADSTS53003',
      'AADSTS50076',
      'AADSTS700016',
      'AADSTS65001',
      'AADSTS90002',
      'AuthorizationFailed',
      'AuthenticationFailed',
      'SubscriptionRequestsThrottled',
    ],
  ],
  ['cognito', ['NotAuthorizedException', 'UserNotFoundException', 'TooManyRequestsException']],
  [
    'aws',
    [
      'Unable to locate credentials',
      'ExpiredToken',
      'PermanentRedirect',
      'AuthorizationHeaderMalformed',
      'ResourceNotFoundException',
      'ConditionalCheckFailedException',
      'ProvisionedThroughputExceededException',
      'TooManyRequestsException',
      'Malformed Lambda proxy response',
    ],
  ],
  [
    'vercel',
    [
      'FUNCTION_INVOCATION_TIMEOUT',
      'DEPLOYMENT_NOT_FOUND',
      'EDGE_FUNCTION_INVOCATION_FAILED',
      'FUNCTION_PAYLOAD_TOO_LARGE',
    ],
  ],
  ['heroku', ['unauthorized', 'missing_version', 'rate_limit']],
  ['supabase', ['PGRST301', 'PGRST116', '42501']],
  ['apns', ['BadDeviceToken', 'Unregistered', 'TooManyRequests']],
  ['docker-registry', ['toomanyrequests', 'unauthorized: authentication required', 'MANIFEST_UNKNOWN', 'DENIED']],
  ['npm', ['E401', 'E403', 'E404', 'E429', 'EINTEGRITY']],
  ['github', ['Support for password authentication was removed']],
  [
    'kubernetes',
    ['ImagePullBackOff', 'ErrImagePull', 'The connection to the server localhost:8080 was refused', 'Forbidden'],
  ],
  ['sendgrid', ['verified Sender Identity', '401', '429']],
  ['postmark', ['10', '300', '406']],
  ['twilio', ['21608', '30034', '63016', '20429']],
  ['telegram', ['409', 'bot was blocked by the user', 'retry after']],
  ['meta', ['190', 'OAuthException', '4', '17', '32', '613', '368']],
  ['zoom', ['124', '4711', '429']],
  ['openai', ['context_length_exceeded', 'insufficient_quota', 'model_not_found', 'invalid_api_key']],
  ['anthropic', ['overloaded_error', 'request_too_large']],
  [
    'google',
    ['RESOURCE_EXHAUSTED', 'UNAVAILABLE', 'REQUEST_DENIED', 'OVER_QUERY_LIMIT', 'ZERO_RESULTS', 'INVALID_REQUEST'],
  ],
  ['huggingface', ['estimated_time']],
  ['azure-openai', ['content_filter', 'retry-after-ms']],
  [
    'salesforce',
    ['FIELD_CUSTOM_VALIDATION_EXCEPTION', 'REQUIRED_FIELD_MISSING', 'DUPLICATE_VALUE', 'REQUEST_LIMIT_EXCEEDED'],
  ],
  ['notion', ['object_not_found', 'unauthorized', 'rate_limited', 'validation_error']],
  ['dropbox', ['expired_access_token', 'path/not_found']],
  [
    'elasticsearch',
    [
      'version_conflict_engine_exception',
      'es_rejected_execution_exception',
      'index_not_found_exception',
      'cluster_block_exception',
    ],
  ],
  ['fastapi', ['422']],
  ['aspnet-core', ['500.30', '502.5', 'One or more validation errors occurred.']],
  ['express', ['Cannot GET']],
  [null, ["No 'Access-Control-Allow-Origin' header is present", 'preflight']],
];

// Providers issue 12 names that had no profile before it; each needs one (Jira shares atlassian's).
const NEW_PROVIDERS = [
  'paypal',
  'plaid',
  'square',
  'adyen',
  'braintree',
  'auth0',
  'okta',
  'firebase',
  'cognito',
  'keycloak',
  'vercel',
  'netlify',
  'digitalocean',
  'supabase',
  'apns',
  'docker-registry',
  'npm',
  'gitlab',
  'bitbucket',
  'sendgrid',
  'mailgun',
  'postmark',
  'telegram',
  'meta',
  'whatsapp',
  'zoom',
  'mistral',
  'cohere',
  'huggingface',
  'azure-openai',
  'hubspot',
  'zendesk',
  'airtable',
  'notion',
  'mapbox',
  'spotify',
  'dropbox',
  'box',
  'elasticsearch',
  'fastapi',
  'rails',
  'laravel',
  'express',
  'aspnet-core',
];

describe('issue 12: the catalog covers what it names', () => {
  test.each(NAMED)('every code issue 12 names for %s has an entry of that provider', (provider, codes) => {
    expect(codes.filter((c) => !covered(provider, c))).toEqual([]);
  });

  test('every provider it names has a profile, and there are at least 60', () => {
    expect(NEW_PROVIDERS.filter((id) => !profiles.has(id))).toEqual([]);
    expect(profiles.size).toBeGreaterThanOrEqual(60);
  });

  test('every new provider has entries of its own', () => {
    const thin = NEW_PROVIDERS.filter((id) => entries.filter((e) => e.data.provider === id).length < 2);
    expect(thin).toEqual([]);
  });

  test('a source URL names a page, never a bare home page', () => {
    const homePages = entries.flatMap((e) =>
      ((e.data.sources as string[]) ?? [])
        .flatMap((s) => s.match(/https?:\/\/[^\s)]+/g) ?? [])
        .filter((url) => new URL(url).pathname.replace(/\/+$/, '') === '' && new URL(url).hash === '')
        .map((url) => `${e.path}: ${url}`),
    );
    expect(homePages).toEqual([]);
  });

  test('the review corrections hold', () => {
    const byPath = (p: string) => entries.find((e) => e.path === p);
    const accessDenied = byPath('codes/oauth/oauth-access-denied.mdx');
    expect(accessDenied?.data.status).toBe(400);
    expect(byPath('codes/slack/slack-ratelimited.mdx')?.body).toMatch(/conversations\.history.*1 request per minute/s);
    const speaksOfTheGuide = entries.filter((e) => /\b(the guide'?s?|the source document)\b/i.test(e.body ?? ''));
    expect(speaksOfTheGuide.map((e) => e.path)).toEqual([]);
  });
});
