import { describe, expect, test } from 'vitest';
import { POST } from '@/app/api/session/route';
import { SessionAnalysis } from '@/lib/session/session-schema';
import { fixture } from '../diagnose/helpers';
import { har } from './har-builder';

const post = (body: BodyInit, type: string) =>
  POST(new Request('http://localhost/api/session', { method: 'POST', body, headers: { 'content-type': type } }));

describe('POST /api/session', () => {
  test('a browser HAR in, one diagnosis per exchange and the failures grouped', async () => {
    const res = await post(fixture('chrome-export.har'), 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = SessionAnalysis.parse(await res.json());
    expect(body.source).toBe('har');
    expect(body.exchanges.map((d) => d.category)).toEqual(['success', 'rate_limited', 'network']);
    expect(body.groups.map((g) => g.category).sort()).toEqual(['network', 'rate_limited']);
  });

  test('log lines as text/plain; a retry storm is named with its stable kind', async () => {
    const lines = Array.from(
      { length: 5 },
      (_, i) => `2026-11-30T10:00:0${i}.100Z WARN http POST https://api.example.com/v1/sync 429 (12 ms)`,
    ).join('\n');
    const body = SessionAnalysis.parse(await (await post(lines, 'text/plain')).json());
    expect(body.source).toBe('log');
    expect(body.timeline.map((t) => t.startMs)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(body.patterns.map((p) => p.kind)).toContain('retry_storm');
  });

  test('a HAR in the JSON envelope {"input": "..."}', async () => {
    const input = har([{ at: 0, url: 'https://api.example.com/x', status: 404 }]);
    const body = SessionAnalysis.parse(await (await post(JSON.stringify({ input }), 'application/json')).json());
    expect(body.exchanges[0]?.category).toBe('not_found');
  });

  test.each([
    ['empty input', ' ', 'text/plain', 400, 'input_empty'],
    ['malformed JSON envelope', '{"input": ', 'application/json', 400, 'invalid_request'],
    ['over 20 MB', 'x'.repeat(20 * 1024 * 1024 + 1), 'text/plain', 413, 'input_too_large'],
  ])('%s → problem+json %i %s', async (_, body, type, status, code) => {
    const res = await post(body, type);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status, code });
  });
});
