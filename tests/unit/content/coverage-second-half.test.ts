import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadRawContent } from '@/lib/content/load-raw';
import { diagnose } from '@/lib/diagnose';
import { ProviderProfile } from '@/lib/diagnose/provider-profile';
import { realRules } from '../diagnose/helpers';

/**
 * Providers added for issue 12 beyond its named list (Binance, Contentful, Vonage, QuickBooks,
 * Intercom, Mailchimp, Docusign, Xero, Klaviyo, X): each has a profile, its entries are scoped to it, cite a
 * specific page, and a same-named code of another provider does not land on them.
 */
const raw = loadRawContent('content').docs;
const entries = raw.filter((d) => d.type === 'Entry');
const profiles = new Map(
  raw.filter((d) => d.type === 'ProviderProfile').map((d) => [String(d.data.id), ProviderProfile.parse(d.data)]),
);

const NEW_PROVIDERS: Record<string, string[]> = {
  binance: ['-1003', '-1021', '-1022', '-2010', '-2015'],
  contentful: ['AccessTokenInvalid', 'VersionMismatch', 'ValidationFailed', 'contentful RateLimitExceeded'],
  vonage: ['vonage 1', 'vonage 4', 'vonage 9', 'vonage 29'],
  quickbooks: ['quickbooks 6240', 'quickbooks 610', 'quickbooks 120'],
  intercom: ['intercom unauthorized', 'intercom token_revoked', 'intercom rate_limit_exceeded'],
  mailchimp: ['APIKeyInvalid', 'Member Exists', 'mailchimp TooManyRequests'],
  docusign: ['PARTNER_AUTHENTICATION_FAILED', 'USER_AUTHENTICATION_FAILED', 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED'],
  xero: ['xero ValidationException', 'AuthenticationUnsuccessful', 'xero 429', 'xero Organisation offline'],
  klaviyo: ['klaviyo throttled', 'klaviyo not_authenticated', 'klaviyo permission_denied'],
  'x-api': ['x-api invalid-request', 'x-api client-forbidden', 'x-api usage-capped', 'x-api 429'],
};

const byProvider = (id: string) => entries.filter((e) => e.data.provider === id);
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/content-scope/${name}`, import.meta.url)), 'utf8');
const topSlugs = (name: string) => (diagnose(fixture(name), realRules())[0]?.entries ?? []).map((e) => e.slug);

describe('providers added beyond the named list', () => {
  test.each(Object.keys(NEW_PROVIDERS))('%s has a profile with an error reference page', (id) => {
    const profile = profiles.get(id);
    expect(profile, `content/providers/${id}.yaml`).toBeDefined();
    expect(new URL(profile!.docs!).pathname.length).toBeGreaterThan(1);
  });

  test.each(Object.entries(NEW_PROVIDERS))('%s: named codes have entries', (id, codes) => {
    const claimed = new Set(byProvider(id).flatMap((e) => (e.data.codes as string[]).map((c) => c.toLowerCase())));
    for (const code of codes) expect(claimed, `${id}: ${code}`).toContain(code.toLowerCase());
  });

  test.each(Object.keys(NEW_PROVIDERS))('%s: every entry is scoped to the provider and cites a specific page', (id) => {
    const mine = byProvider(id);
    expect(mine.length).toBeGreaterThanOrEqual(5);
    for (const e of mine) {
      expect((e.data.match as { provider?: string }).provider, e.path).toBe(id);
      const urls = (e.data.sources as string[]).map((s) => /https?:\/\/\S+/.exec(s)?.[0] ?? '');
      expect(urls.length, e.path).toBeGreaterThan(0);
      for (const u of urls) expect(new URL(u).pathname.length, `${e.path}: ${u}`).toBeGreaterThan(1);
    }
  });
});

describe('same-named codes land on their own provider (tests/fixtures/content-scope)', () => {
  test("Slack's token_revoked is Slack's entry, not Intercom's", () => {
    const slugs = topSlugs('slack-token-revoked.http');
    expect(slugs[0]).toBe('slack-token-revoked');
    expect(slugs).not.toContain('intercom-token-revoked');
  });
  test("GitHub's Not Found is not Intercom's, Contentful's or Mailchimp's not-found entry", () => {
    const slugs = topSlugs('github-not-found.http');
    expect(slugs[0]).toBe('github-not-found');
    for (const other of ['intercom-not-found', 'contentful-not-found', 'mailchimp-resource-not-found'])
      expect(slugs).not.toContain(other);
  });
  test("Twilio's 20404 is not another provider's not-found entry", () => {
    const slugs = topSlugs('twilio-20404.http');
    for (const other of ['intercom-not-found', 'contentful-not-found', 'mailchimp-resource-not-found'])
      expect(slugs).not.toContain(other);
  });
  test("AWS's ValidationException is AWS's entry; Xero's same-named type ranks below it", () => {
    const slugs = topSlugs('aws-validation-exception.http');
    expect(slugs[0]).toBe('aws-validation-exception');
    expect(topSlugs('xero-validation-exception.http')[0]).toBe('xero-validation-exception');
  });
  test.each([
    ['binance-1021.http', 'binance-1021-invalid-timestamp'],
    ['contentful-version-mismatch.http', 'contentful-version-mismatch'],
    ['docusign-partner-auth.http', 'docusign-partner-authentication-failed'],
    ['quickbooks-6240.http', 'quickbooks-6240-duplicate-name'],
  ])('%s lands on %s', (name, slug) => {
    expect(topSlugs(name)[0]).toBe(slug);
  });
  test("X's usage-capped 429 offers the X entry, not only the generic 429", () => {
    expect(topSlugs('x-api-usage-capped.http')).toContain('x-api-usage-capped');
  });
  test('an Intercom error.list token_revoked offers the Intercom entry, not Slack first', () => {
    const slugs = topSlugs('intercom-token-revoked.http');
    expect(slugs).toContain('intercom-token-revoked');
    const slack = slugs.indexOf('slack-token-revoked');
    // Slack's entry may be offered after Intercom's, or not at all.
    if (slack !== -1) expect(slugs.indexOf('intercom-token-revoked')).toBeLessThan(slack);
  });
});
