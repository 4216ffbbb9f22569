import { describe, expect, test } from 'vitest';
import { GET } from '../../../app/api/health/route';
import { contentHash, healthSchema } from '../../../lib/api/health';
import pkg from '../../../package.json';

const docs = [
  { _id: 'codes/http-429.mdx', title: 'Too Many Requests' },
  { _id: 'guides/rate-limits.mdx', title: 'Rate limits' },
];

describe('GET /api/health', () => {
  test('answers status ok, the package version and the content build hash, uncached', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = healthSchema.parse(await res.json());
    expect(body).toMatchObject({ status: 'ok', version: pkg.version });
    // The same process answers the same build hash every time.
    expect((await (await GET()).json()).contentVersion).toBe(body.contentVersion);
  });
});

describe('contentHash', () => {
  test('does not depend on the order the build lists documents in', () => {
    expect(contentHash([...docs].reverse())).toBe(contentHash(docs));
  });
  test('changes when any document changes, is added or removed', () => {
    const base = contentHash(docs);
    expect(contentHash([docs[0]!, { ...docs[1]!, title: 'Rate limit' }])).not.toBe(base);
    expect(contentHash([...docs, { _id: 'codes/http-503.mdx' }])).not.toBe(base);
    expect(contentHash(docs.slice(1))).not.toBe(base);
  });
});
