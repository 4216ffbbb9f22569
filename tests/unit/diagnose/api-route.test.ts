import { describe, expect, test } from 'vitest';
import { POST } from '../../../app/api/diagnose/route';
import { diagnoseResponseSchema } from '../../../lib/diagnose/diagnosis-schema';
import { fixture } from './helpers';

const post = (body: BodyInit, type: string) =>
  POST(new Request('http://localhost/api/diagnose', { method: 'POST', body, headers: { 'content-type': type } }));

describe('POST /api/diagnose', () => {
  test('text/plain in, one Diagnosis out, never cached', async () => {
    const res = await post(fixture('slack-ratelimited.http'), 'text/plain');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body: unknown = await res.json();
    expect(diagnoseResponseSchema.parse(body)).toMatchObject({ category: 'rate_limited', retryAfterSeconds: 30 });
  });
  test('JSON {"input"} in; a multi-entry HAR gives an array', async () => {
    const res = await post(JSON.stringify({ input: fixture('chrome-export.har') }), 'application/json');
    const body = diagnoseResponseSchema.parse(await res.json());
    expect(Array.isArray(body) && body.map((d) => d.category)).toEqual(['success', 'rate_limited', 'network']);
  });
  test.each([
    ['empty input', '   ', 'text/plain', 400, 'input_empty'],
    ['empty JSON input', '{"input": ""}', 'application/json', 400, 'input_empty'],
    ['malformed JSON', '{"input": ', 'application/json', 400, 'invalid_request'],
    ['JSON without input', '{"text": "429"}', 'application/json', 400, 'invalid_request'],
    ['over 5 MB', 'x'.repeat(5 * 1024 * 1024 + 1), 'text/plain', 413, 'input_too_large'],
  ])('%s → problem+json %i %s', async (_, body, type, status, code) => {
    const res = await post(body, type);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status, code });
  });
});
