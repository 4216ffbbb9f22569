/**
 * The engine's indexes (status, word, host, text gates) decide which rules and signals are
 * even looked at. These tests pin what a caller sees through them: an index may only skip
 * work, never change the diagnosis.
 */
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../lib/diagnose';
import { analyse } from '../../../lib/diagnose/analysis';
import { compileRules } from '../../../lib/diagnose/compile-rules';
import { detectProvider } from '../../../lib/diagnose/detect-provider';
import { makeSnapshot } from '../../../lib/diagnose/header-lines';
import { ProviderProfile } from '../../../lib/diagnose/provider-profile';
import type { RuleEntry, RuleSet } from '../../../lib/diagnose/rule-set';
import { parseAndHold, takeParsed } from '../../../lib/diagnose/json-memo';
import { NOW, realRules } from './helpers';

const profile = (id: string, o: Record<string, unknown>) =>
  ProviderProfile.parse({
    id,
    name: `${id} API`,
    role: 'service',
    hosts: [],
    detect: [],
    docs: 'https://example.com/docs/errors',
    ...o,
  });

function entry(slug: string, o: Partial<RuleEntry>): RuleEntry {
  return {
    slug,
    title: slug,
    kind: 'provider-code',
    category: 'rate_limited',
    status: 429,
    provider: null,
    retryable: true,
    summary: `summary of ${slug}`,
    causes: [],
    fixes: [],
    guides: [],
    match: {},
    ...o,
  };
}

function ruleSet(entries: RuleEntry[], profiles: ReturnType<typeof profile>[] = []): RuleSet {
  const byStatus: Record<string, number[]> = {};
  const byCode: Record<string, number[]> = {};
  entries.forEach((e, i) => {
    for (const s of new Set([...(e.match.status ?? []), ...(e.status !== null ? [e.status] : [])]))
      (byStatus[String(s)] ??= []).push(i);
    for (const c of e.match.codes ?? []) (byCode[c.toLowerCase()] ??= []).push(i);
  });
  return {
    version: 1,
    entries,
    providers: Object.fromEntries(profiles.map((p) => [p.id, p.name])),
    profiles,
    guides: {},
    byStatus,
    byCode,
  };
}

const detect = (set: RuleSet, o: { body?: string; url?: string; headers?: [string, string][] }) =>
  detectProvider(
    analyse(
      makeSnapshot({
        source: 'test',
        status: 400,
        headers: o.headers ?? [],
        body: o.body ?? '',
        request: o.url ? { method: 'GET', url: o.url, headers: [] } : null,
      }),
      NOW,
    ),
    compileRules(set).profiles,
  ).primary;

describe('provider signals behind the host and text indexes', () => {
  const set = ruleSet(
    [],
    [
      profile('acme', { hosts: ['acme-pay.com'] }),
      profile('widgets', { detect: [{ text: 'WidgetFault::|gadget quota', weight: 1, why: 'names a widget fault' }] }),
      profile('tokens', { detect: [{ text: 'token.{0,12}expir', weight: 1, why: 'a token expiry' }] }),
    ],
  );

  test('a host matches at any depth below the profile host, never inside another name', () => {
    expect(detect(set, { url: 'https://acme-pay.com/v1' })).toBe('acme');
    expect(detect(set, { url: 'https://api.eu.acme-pay.com/v1' })).toBe('acme');
    expect(detect(set, { url: 'https://notacme-pay.com/v1' })).toBeNull();
    expect(detect(set, { url: 'https://acme-pay.com.evil.example/v1' })).toBeNull();
  });

  test('either branch of a text alternation detects the provider', () => {
    expect(detect(set, { body: 'Error: WidgetFault::Timeout in handler' })).toBe('widgets');
    expect(detect(set, { body: 'you exceeded the Gadget Quota for today' })).toBe('widgets');
    expect(detect(set, { body: 'a gadget and a quota, apart' })).toBeNull();
  });

  test('a signal may match part of a word (its words are not whole words)', () => {
    expect(detect(set, { body: 'the access tokens have expired' })).toBe('tokens');
    expect(detect(set, { body: 'csrftoken expiry reached' })).toBe('tokens');
    expect(detect(set, { body: 'MyWidgetFault::Boom' })).toBe('widgets');
    expect(detect(set, { body: 'the token is fine' })).toBeNull();
  });
});

describe('rule candidates', () => {
  const shared = 'quota (?:for|of) widgets exhausted';
  const set = ruleSet(
    [
      entry('acme-widget-quota', { provider: 'acme', match: { provider: 'acme', body: [shared] } }),
      entry('other-widget-quota', { provider: 'other', match: { provider: 'other', body: [shared] } }),
      entry('acme-429', { provider: 'acme', match: { provider: 'acme' }, summary: 'Acme says slow down' }),
      entry('generic-429', { kind: 'http-status', summary: 'Too many requests' }),
    ],
    [profile('acme', { hosts: ['acme-pay.com'] }), profile('other', { hosts: ['other.example'] })],
  );

  test('one regex shared by two entries names both', () => {
    const [d] = diagnose('HTTP/1.1 429 Too Many Requests\n\nquota for widgets exhausted', set, { now: NOW });
    const slugs = d?.entries.map((e) => e.slug) ?? [];
    expect(slugs).toContain('acme-widget-quota');
    expect(slugs).toContain('other-widget-quota');
  });

  test("a provider's status entry is a candidate when its provider is detected, not otherwise", () => {
    const req = (host: string) =>
      `> GET /v1/x HTTP/1.1\n> Host: ${host}\n>\n< HTTP/1.1 429 Too Many Requests\n< Content-Type: text/plain\n<\nslow down`;
    const [acme] = diagnose(req('api.acme-pay.com'), set, { now: NOW });
    expect(acme?.provider).toBe('acme');
    expect(acme?.entries[0]?.slug).toBe('acme-429');
    const [elsewhere] = diagnose(req('api.example.org'), set, { now: NOW });
    expect(elsewhere?.entries.map((e) => e.slug)).not.toContain('acme-429');
    expect(elsewhere?.entries[0]?.slug).toBe('generic-429');
  });
});

describe('header-prefix signals and shared JSON paths', () => {
  const set = ruleSet(
    [],
    [
      profile('acme', { detect: [{ header: 'acme-*', weight: 1, why: 'acme-* headers' }] }),
      profile('ab', { detect: [{ header: 'ab*', weight: 0.6, why: 'ab* headers' }] }),
      profile('coded', {
        detect: [
          { body: 'error.code', is: 'string', weight: 0.6, why: 'a string error.code' },
          { body: 'error.code', value: '^cd_', weight: 0.6, why: 'a cd_ code' },
        ],
      }),
    ],
  );

  test('a prefix matches any header that starts with it, counted once however many there are', () => {
    expect(detect(set, { headers: [['Acme-Request-Id', '1']] })).toBe('acme');
    expect(detect(set, { headers: [['x-acme-id', '1']] })).toBeNull();
    // Two headers under one prefix are one signal: 0.6 twice would pass the 1.0 bar.
    expect(
      detect(set, {
        headers: [
          ['ab-one', '1'],
          ['ab-two', '2'],
        ],
      }),
    ).toBeNull();
  });

  test('signals asking about the same path each get their answer', () => {
    expect(detect(set, { body: '{"error":{"code":"cd_limit"}}' })).toBe('coded');
    expect(detect(set, { body: '{"error":{"code":"other"}}' })).toBeNull();
    expect(detect(set, { body: '{"error":{"code":7}}' })).toBeNull();
  });
});

describe('a body parsed once for the parser and the analysis', () => {
  test('diagnosing the same body twice, or two bodies in turn, gives each its own answer', () => {
    const set = realRules();
    const a =
      'HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n{"error":{"code":"rate_limit_exceeded"}}';
    const b = 'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"invalid_token"}';
    const first = diagnose(a, set, { now: NOW });
    expect(diagnose(b, set, { now: NOW })[0]?.providerCode).toBe('invalid_token');
    expect(diagnose(a, set, { now: NOW })).toEqual(first);
    expect(first[0]?.providerCode).toBe('rate_limit_exceeded');
  });

  test('a value is handed over once, only for the very text it was parsed from', () => {
    parseAndHold('{"a":1}');
    expect(takeParsed('{"a":2}')).toBeUndefined();
    parseAndHold('{"a":1}');
    expect(takeParsed('{"a":1}')).toEqual({ value: { a: 1 } });
    expect(takeParsed('{"a":1}')).toBeUndefined();
    expect(() => parseAndHold('{"a":')).toThrow();
  });
});
