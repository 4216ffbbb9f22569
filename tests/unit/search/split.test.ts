import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentHash } from '@/lib/search/content-hash';
import { SearchEngine } from '@/lib/search/engine';
import { searchRecordsFromDisk } from '@/lib/search/from-disk';
import { headSuffices } from '@/lib/search/head-suffices';
import { headRecords, indexFiles, isCurrentHead, leftToText, mergeRecords } from '@/lib/search/split';
import type { SearchRecord } from '@/lib/search/search-types';

let records: SearchRecord[];
let files: ReturnType<typeof indexFiles>;
let full: SearchEngine;
let headOnly: SearchEngine;
let merged: SearchEngine;
let inText: (query: string) => boolean;
/** What the palette shows before the text has arrived: the head's results when final, else nothing yet. */
const beforeText = (q: string) => {
  const hits = headOnly.search(q, 30);
  return headSuffices(q, hits, inText) ? hits.map((h) => h.record.url) : null;
};
beforeAll(() => {
  records = searchRecordsFromDisk();
  files = indexFiles(records, contentHash);
  full = new SearchEngine(records);
  headOnly = new SearchEngine(headRecords(files.head));
  merged = new SearchEngine(mergeRecords(files.head, files.text)!);
  inText = leftToText(files.head);
  // three whole engines over the real catalog: slow on a loaded machine (a harness limit, not a timing check)
}, 180_000);

describe('the index in two parts', () => {
  test('the first transfer stays within 150 KB gzip for the real catalog (issue 12 budget)', () => {
    const kb = gzipSync(JSON.stringify(files.head)).length / 1024;
    expect(kb, `head is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(150);
  });

  test('the first transfer leaves the full text and the codes of several words out', () => {
    const head = JSON.stringify(files.head);
    expect(head.length).toBeLessThan(JSON.stringify(records).length / 3);
    expect(head).not.toContain(records.find((r) => r.summary.length > 80)!.summary);
    expect(head).not.toContain('Connection reset by peer');
    const econnreset = headRecords(files.head).find((r) => r.id === 'code:net-econnreset');
    expect(econnreset?.codes).toEqual(['ECONNRESET', 'ConnectionResetError', 'ERR_CONNECTION_RESET']);
  });

  test('head and text merged give back exactly the records the server searches', () => {
    expect(mergeRecords(files.head, files.text)).toEqual(records);
  });

  test('a text part of another build is not merged into the head', () => {
    const other = indexFiles(records.slice(1), contentHash);
    expect(files.head.text).not.toBe(other.head.text);
    expect(mergeRecords(files.head, other.text)).toBeNull();
    expect(mergeRecords(other.head, files.text)).toBeNull();
  });

  test('a head of another format (cached from before a deploy) is told apart', () => {
    expect(isCurrentHead(files.head)).toBe(true);
    const old: { version: number } = { version: 2 };
    expect(isCurrentHead(old)).toBe(false);
  });
});

describe('with only the first part', () => {
  test.each([
    ['429', '/codes/http-429'],
    ['invalid_grant', '/codes/oauth-invalid-grant'],
    ['HTTP 503', '/codes/http-503'],
    ['already_in_channel', '/codes/slack-already-in-channel'],
    ['ECONNRESET', '/codes/net-econnreset'],
  ])('the code %s finds its entry first, at once', (q, url) => {
    expect(beforeText(q)?.[0]).toBe(url);
  });

  test.each([
    ['Slack: already_in_channel', '/codes/slack-already-in-channel'],
    ['Stripe: idempotency_error', '/codes/stripe-idempotency-error'],
    ['429 Too Many Requests', '/codes/http-429'],
  ])('the title %s finds its entry first, at once', (q, url) => {
    expect(beforeText(q)?.[0]).toBe(url);
  });

  test.each([
    ['Expired Card', 'a code of several words (Braintree’s), in another entry’s title too (Stripe’s)'],
    ['Error 1000', 'a code of several words (Cloudflare’s) ending in another entry’s code (WebSocket’s)'],
    ['Box: 404 trashed', 'a title whose words are in another title too (`Box: 404 not_trashed`)'],
  ])('%s waits for the full text: %s', (q) => {
    expect(beforeText(q)).toBeNull();
    expect(merged.search(q, 1)[0]?.record.url).toBe(full.search(q, 1)[0]?.record.url);
  });

  test('a misspelt code is found at once', () => {
    expect(beforeText('invlid_grant')?.[0]).toBe('/codes/oauth-invalid-grant');
  });

  test('every one-word code: the same first result as the full index, at once', () => {
    const wrong: string[] = [];
    for (const code of new Set(records.flatMap((r) => r.codes.filter((c) => !/\s/.test(c))))) {
      const want = full.search(code, 1)[0]?.record.url;
      if (beforeText(code)?.[0] !== want) wrong.push(`${code} → ${beforeText(code)?.[0]} (want ${want})`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  test('every code of several words (in the text part) waits for the text; merged, it finds its entry', () => {
    const answered = [...new Set(records.flatMap((r) => r.codes.filter((c) => /\s/.test(c))))].filter(
      (c) => beforeText(c) !== null,
    );
    expect(answered).toEqual([]);
    expect(merged.search('Connection reset by peer', 1)[0]?.record.url).toBe('/codes/net-econnreset');
    expect(merged.search('Item is trashed', 1)[0]?.record.url).toBe('/codes/box-trashed');
  }, 120_000);

  test('title queries: ≥ 95% of entries in the top three for their own title; an answer given at once is the entry or the full index first', () => {
    const entries = records.filter((r) => r.type === 'code');
    let inTop3 = 0;
    const wrong: string[] = [];
    for (const r of entries) {
      const hits = headOnly.search(r.title, 30);
      if (hits.slice(0, 3).some((h) => h.record.id === r.id)) inTop3++;
      const first = beforeText(r.title)?.[0];
      if (first !== undefined && first !== r.url && first !== full.search(r.title, 1)[0]?.record.url)
        wrong.push(`${r.title} → ${first}`);
    }
    expect(wrong).toEqual([]);
    expect(inTop3 / entries.length).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  test('results carry title and category/provider label, not yet the summary', () => {
    const [hit] = headOnly.search('429', 1);
    expect(hit?.record.title).toBe('429 Too Many Requests');
    expect(hit?.record.summary).toBe('');
    expect(hit?.record.label).toMatch(/\S/);
  });

  test('a prose query waits for the full text; merged, body text finds its guide section', () => {
    for (const q of ['webhook signature mismatch', 'socket hang up node', 'my token keeps expiring after an hour']) {
      expect(beforeText(q), q).toBeNull();
    }
    const q = 'running time leaks a guessed signature byte by byte';
    expect(beforeText(q)).toBeNull();
    expect(merged.search(q, 1)[0]?.record.url).toBe('/guides/webhooks#why-a-constant-time-comparison');
  });
});
