import { describe, expect, test } from 'vitest';
import { classify } from '@/lib/diagnose/classify';
import { redactSecrets } from '@/lib/diagnose/redact';
import { sanitizedCurl } from '@/lib/diagnose/support-curl';
import type { HttpSnapshot, SnapshotRequest } from '@/lib/diagnose/types';
import { emptyDraft, type RequestDraft } from '@/lib/request/draft';
import { readShareFragment, safeDraft, shareFragment } from '@/lib/request/safe-draft';
import { buildRuleSet } from '@/lib/content/build-rule-set';

/**
 * Every output of the portal crossed with every kind of secret: the secret's value must
 * appear in none of them. Each case says where the secret sits in a request; each output
 * renders that request its own way.
 */

const V = 'Zq9SECRETvalue7x'; // never a substring of anything the portal writes itself
const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxNzAwMDAwMDAwfQ.' + 'c2lnbmF0dXJlLVpxOVNFQ1JFVHZhbHVlN3g';

interface Case {
  kind: string;
  /** The secret as the request carries it. */
  headers?: [string, string][];
  query?: string;
  body?: string;
  /** The value that must not appear in any output (defaults to V). */
  secret?: string;
}

const headerCases: Case[] = [
  'Authorization',
  'Proxy-Authorization',
  'X-API-Key',
  'X-Signature',
  'X-Hub-Signature-256',
  'X-Session-Id',
  'X-Auth-Key',
  'Session',
  'X-Functions-Key',
  'X-Access-Key',
  'DPoP',
  'X-Client-Credential',
  'Ocp-Apim-Subscription-Key',
  'X-Auth-Token',
  'X-CSRF-Token',
  'Private-Token',
  'X-Goog-Api-Key',
].map((name) => ({ kind: `header ${name}`, headers: [[name, name === 'Authorization' ? `Bearer ${V}` : V]] }));

const cases: Case[] = [
  ...headerCases,
  { kind: 'Cookie value', headers: [['Cookie', `theme=dark; sid=${V}`]] },
  { kind: 'Set-Cookie value', headers: [['Set-Cookie', `sid=${V}; Path=/; HttpOnly`]] },
  { kind: 'Basic credentials', headers: [['Authorization', `Basic ${btoa(`user:${V}`)}`]], secret: btoa(`user:${V}`) },
  ...[
    'api_key',
    'apikey',
    'access_token',
    'token',
    'key',
    'sig',
    'signature',
    'code',
    'client_secret',
    'password',
    'session',
    'jwt',
    'secret',
    'pwd',
    'accessToken',
    'auth',
    'X-Amz-Signature',
  ].map((p): Case => ({ kind: `query ${p}`, query: `?page=2&${p}=${V}` })),
  ...[
    'accessToken',
    'refreshToken',
    'clientSecret',
    'privateKey',
    'SecretAccessKey',
    'password',
    'client_secret',
    'api_key',
  ].map((f): Case => ({ kind: `JSON field ${f}`, body: JSON.stringify({ user: 'a', [f]: V }) })),
  { kind: 'form client_secret first', body: `client_secret=${V}&grant_type=client_credentials` },
  { kind: 'JWT in a header', headers: [['X-Custom', JWT]], secret: 'c2lnbmF0dXJlLVpxOVNFQ1JFVHZhbHVlN3g' },
  { kind: 'sk_live key in the body', body: `key is sk_live_${V}abc`, secret: `sk_live_${V}abc` },
  { kind: 'bearer token in the body', body: `retrying with Bearer ${V}` },
];

const URL_BASE = 'https://api.example.com/v1/things';
const request = (c: Case): SnapshotRequest => ({
  method: c.body ? 'POST' : 'GET',
  url: `${URL_BASE}${c.query ?? ''}`,
  headers: c.headers ?? [],
});

/** The request pasted as `curl -v` output, with the secret echoed in an error message too. */
function paste(c: Case): string {
  const req = request(c);
  const lines = [`> ${req.method} /v1/things${c.query ?? ''} HTTP/1.1`, '> Host: api.example.com'];
  for (const [n, v] of req.headers) lines.push(`> ${n}: ${v}`);
  lines.push('>', '< HTTP/1.1 401 Unauthorized', '< Content-Type: application/json', '<');
  lines.push(JSON.stringify({ error: 'invalid', message: `rejected ${URL_BASE}${c.query ?? ''} ${c.body ?? ''}` }));
  return lines.join('\n');
}

const draft = (c: Case): RequestDraft => ({
  ...emptyDraft(),
  method: c.body ? 'POST' : 'GET',
  url: `${URL_BASE}${c.query ?? ''}`,
  headers: c.headers ?? [],
  body: c.body ?? '',
});

const rules = buildRuleSet([], []);

/** Every output, as the text a user could copy or the page would store. */
const outputs: [string, (c: Case) => string][] = [
  ['share link of a paste (redactSecrets)', (c) => redactSecrets(paste(c)).text],
  ['sanitised support curl', (c) => sanitizedCurl(request(c)) ?? ''],
  ['playground history entry (safeDraft)', (c) => JSON.stringify(safeDraft(draft(c)))],
  ['playground share link (decoded)', (c) => JSON.stringify(readShareFragment(`#${shareFragment(draft(c))}`))],
  ['playground share link (raw fragment)', (c) => shareFragment(draft(c))],
  [
    'diagnosis JSON',
    (c) => {
      const snap: HttpSnapshot = {
        source: 'raw',
        request: request(c),
        status: 401,
        statusText: 'Unauthorized',
        httpVersion: 'HTTP/1.1',
        headers: [['content-type', 'application/json']],
        body: JSON.stringify({ error: `Request to ${URL_BASE}${c.query ?? ''} failed: ${c.body ?? ''}` }),
        bareCode: null,
        error: { kind: 'other', code: 'E', message: `GET ${URL_BASE}${c.query ?? ''} → ${c.body ?? ''}` },
        warnings: [],
      };
      return JSON.stringify(classify(snap, rules));
    },
  ],
];

describe.each(outputs)('%s', (_name, render) => {
  test.each(cases.map((c) => [c.kind, c] as const))('hides %s', (_kind, c) => {
    expect(render(c)).not.toContain(c.secret ?? V);
  });
});

describe('what stays visible', () => {
  test('scheme words, cookie names and non-secret headers survive', () => {
    const out = redactSecrets(
      'Authorization: Bearer abc.def-123\nSet-Cookie: sid=xyz; Path=/; SameSite=None\nWWW-Authenticate: Bearer error="invalid_token"\nIdempotency-Key: k-1',
    ).text;
    expect(out).toContain('Authorization: Bearer [redacted]');
    expect(out).toContain('Set-Cookie: sid=[redacted]; Path=/; SameSite=None');
    expect(out).toContain('WWW-Authenticate: Bearer error="invalid_token"');
    expect(out).toContain('Idempotency-Key: k-1');
  });

  test('a JWT keeps its timing claims only', () => {
    const out = redactSecrets(`token ${JWT}`).text;
    const payload = out.split('.')[1] ?? '';
    expect(JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({ exp: 1700000000 });
    expect(out).not.toContain('user-42');
  });

  test('curl -u user:password keeps the user', () => {
    expect(redactSecrets(`curl -u alice:${V} https://api.example.com`).text).toBe(
      'curl -u alice:[redacted] https://api.example.com',
    );
  });

  test("the playground's API-key helper header is hidden whatever it is called", () => {
    const d = { ...draft({ kind: 'x' }), headers: [['X-Tenant-Thing', V]] as [string, string][] };
    expect(JSON.stringify(safeDraft(d, ['X-Tenant-Thing']))).not.toContain(V);
    expect(shareFragment(d, ['x-tenant-thing'])).not.toContain(btoa(V).slice(0, 8));
  });
});
