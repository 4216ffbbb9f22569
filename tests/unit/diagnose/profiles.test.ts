import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../lib/diagnose';
import { analyse } from '../../../lib/diagnose/analysis';
import { compileRules } from '../../../lib/diagnose/compile-rules';
import { detectProvider } from '../../../lib/diagnose/detect-provider';
import { makeSnapshot } from '../../../lib/diagnose/header-lines';
import { ProviderProfile } from '../../../lib/diagnose/provider-profile';
import type { HeaderPair } from '../../../lib/diagnose/types';
import { NOW, realRules } from './helpers';

const detect = (o: { headers?: HeaderPair[]; body?: string; url?: string; status?: number }) => {
  const snap = makeSnapshot({
    source: 'test',
    status: o.status ?? 400,
    headers: o.headers ?? [],
    body: o.body ?? '',
    request: o.url ? { method: 'GET', url: o.url, headers: [] } : null,
  });
  return detectProvider(analyse(snap, NOW), compileRules(realRules()).profiles);
};

describe('provider detection walks the profiles in content/providers/', () => {
  // Each row is a response shape documented by the provider (the profile's `docs` page).
  test.each([
    ['stripe', { headers: [['Stripe-Version', '2024-06-20']] as HeaderPair[] }],
    ['github', { headers: [['X-GitHub-Request-Id', 'C0DE:1234']] as HeaderPair[] }],
    ['aws', { body: '{"__type":"com.amazon.coral.validate#ValidationException","message":"x"}' }],
    ['google', { body: '{"error":{"code":403,"message":"x","status":"PERMISSION_DENIED"}}' }],
    [
      'microsoft',
      { body: '{"error":"invalid_grant","error_description":"AADSTS70008: expired","error_codes":[70008]}' },
    ],
    ['slack', { status: 200, body: '{"ok":false,"error":"invalid_auth"}' }],
    ['anthropic', { body: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}' }],
    ['salesforce', { body: '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]' }],
    ['kubernetes', { body: '{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403}' }],
    [
      'nginx',
      { status: 502, body: '<html><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></html>' },
    ],
    ['twilio', { url: 'https://api.twilio.com/2010-04-01/Accounts.json' }],
  ])('%s', (id, input) => {
    expect(detect(input).primary).toBe(id);
  });

  test('a host signal is a suffix of a domain, never a word inside a host', () => {
    expect(detect({ url: 'https://upstream.acme.io/v1/x' }).primary).toBeNull();
    expect(detect({ url: 'https://notstripe.com/v1/charges' }).primary).toBeNull();
    expect(detect({ url: 'https://api.stripe.com/v1/charges' }).primary).toBe('stripe');
  });

  test('a common envelope alone names no provider (a generic expired-JWT 401 gets no vendor tips)', () => {
    const d = detect({ status: 401, body: '{"error":{"code":"invalid_token","message":"jwt expired","details":{}}}' });
    expect(d.primary).toBeNull();
  });

  test('a weak CDN header alone is not enough, its request id is still read', () => {
    const [d] = diagnose('HTTP/1.1 500 Internal Server Error\nCF-RAY: 8a1b2c3d4e5f6789-FRA\n\n{}', realRules(), {
      now: NOW,
    });
    expect(d?.provider).toBeNull();
    expect(d?.requestId).toBe('8a1b2c3d4e5f6789-FRA');
  });
});

describe('profile files', () => {
  const dir = fileURLToPath(new URL('../../../content/providers/', import.meta.url));
  test('the schema names the field of a bad signal', () => {
    const bad = ProviderProfile.safeParse({
      id: 'x',
      name: 'X',
      detect: [{ header: 'x-a', host: 'a.com', weight: 1 }],
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('detect.0.why');
  });
  test('every profile the engine receives has its file, and the engine names none of them', () => {
    const ids = readdirSync(dir).map((f) => f.replace(/\.yaml$/, ''));
    expect(
      realRules()
        .profiles.map((p) => p.id)
        .sort(),
    ).toEqual(ids.sort());
    const engine = fileURLToPath(new URL('../../../lib/diagnose/', import.meta.url));
    const quoted = new RegExp(`['"\`](?:${ids.join('|')})['"\`]`);
    for (const f of readdirSync(engine).filter((n) => n.endsWith('.ts')))
      expect([f, quoted.exec(readFileSync(engine + f, 'utf8'))?.[0] ?? null]).toEqual([f, null]);
  });
});

describe('a value pattern with matchCase', () => {
  // OCI Distribution codes are UPPER_SNAKE (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#error-codes);
  // Amazon's SP-API answers 403 with "code": "Unauthorized" (https://developer-docs.amazon.com/sp-api/docs/response-format).
  test('an OCI registry code is detected, a CamelCase word of the same letters is not', () => {
    const oci = detect({
      status: 401,
      body: '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}',
    });
    expect(oci.primary).toBe('docker-registry');
    const sp = detect({
      status: 403,
      body: '{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied."}]}',
    });
    expect(sp.all.has('docker-registry')).toBe(false);
  });
});
