import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentHash } from '@/lib/search/content-hash';
import { SearchEngine } from '@/lib/search/engine';
import { searchRecordsFromDisk } from '@/lib/search/from-disk';
import { headRecords, headSuffices, indexFiles, mergeRecords } from '@/lib/search/split';
import type { SearchRecord } from '@/lib/search/search-types';

let records: SearchRecord[];
let files: ReturnType<typeof indexFiles>;
let full: SearchEngine;
let headOnly: SearchEngine;
beforeAll(() => {
  records = searchRecordsFromDisk();
  files = indexFiles(records, contentHash);
  full = new SearchEngine(records);
  headOnly = new SearchEngine(headRecords(files.head));
  // two whole engines over the real catalog: slow on a loaded machine (a harness limit, not a timing check)
}, 120_000);

describe('the index in two parts', () => {
  test('the first transfer stays within 150 KB gzip for the real catalog (issue 12 budget)', () => {
    const kb = gzipSync(JSON.stringify(files.head)).length / 1024;
    expect(kb, `head is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(150);
  });

  test('the first transfer leaves the full text out', () => {
    const head = JSON.stringify(files.head);
    const whole = JSON.stringify(records);
    expect(head.length).toBeLessThan(whole.length / 3);
    const summary = records.find((r) => r.summary.length > 80)!.summary;
    expect(head).not.toContain(summary);
  });

  test('head and text merged give back exactly the records the server searches', () => {
    expect(mergeRecords(files.head, files.text)).toEqual(records);
  });

  test('a text part of another build is not merged into the head', () => {
    const other = indexFiles(records.slice(1), contentHash);
    expect(files.head.text).not.toBe(other.head.text);
    expect(mergeRecords(files.head, other.text)).toBeNull();
  });
});

describe('with only the first part', () => {
  test('every code of every record: the same first result as the full index, and final', () => {
    const wrong: string[] = [];
    for (const code of new Set(records.flatMap((r) => r.codes))) {
      const hits = headOnly.search(code, 30);
      const want = full.search(code, 1)[0]?.record.id;
      if (hits[0]?.record.id !== want || !headSuffices(code, hits)) wrong.push(`${code} → ${hits[0]?.record.id}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  test('a misspelt code is found and final', () => {
    const hits = headOnly.search('invlid_grant', 30);
    expect(hits[0]?.record.url).toBe('/codes/oauth-invalid-grant');
    expect(headSuffices('invlid_grant', hits)).toBe(true);
  });

  test('title queries: ≥ 95% of entries in the top three for their own title; a final first result is the entry or the full index first', () => {
    const entries = records.filter((r) => r.type === 'code');
    let inTop3 = 0;
    const wrong: string[] = [];
    for (const r of entries) {
      const hits = headOnly.search(r.title, 30);
      if (hits.slice(0, 3).some((h) => h.record.id === r.id)) inTop3++;
      const first = hits[0]?.record.id;
      if (headSuffices(r.title, hits) && first !== r.id && first !== full.search(r.title, 1)[0]?.record.id)
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

  test('a prose query is not final until the full text has arrived', () => {
    for (const q of ['webhook signature mismatch', 'socket hang up node', 'my token keeps expiring after an hour']) {
      expect(headSuffices(q, headOnly.search(q, 30)), q).toBe(false);
    }
  });
});
