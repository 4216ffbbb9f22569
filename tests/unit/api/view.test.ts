import { describe, expect, test } from 'vitest';
import { apiRegistry } from '../../../lib/api/openapi';
import { curlExample, fieldRows } from '../../../lib/api/openapi/view';
import { ProbeRequestSchema } from '../../../lib/request/probe-contract';

describe('/api page data', () => {
  test('request fields come from the route’s schema: required, optional with defaults', () => {
    const rows = fieldRows(ProbeRequestSchema, 'input');
    expect(rows.find((r) => r.name === 'method')).toMatchObject({
      required: true,
      type: expect.stringContaining('"GET"'),
    });
    expect(rows.find((r) => r.name === 'timeoutMs')).toMatchObject({ required: false, description: 'default 15000' });
    expect(rows.map((r) => r.name)).toEqual([
      'method',
      'url',
      'headers',
      'body',
      'bodyEncoding',
      'timeoutMs',
      'followRedirects',
    ]);
  });
  test('the curl example posts the documented example body', () => {
    const op = apiRegistry.list().find((o) => o.path === '/api/diagnose');
    if (!op) throw new Error('diagnose is not registered');
    const line = curlExample(op, 'https://triage.example');
    expect(line).toMatch(
      /^curl -sS -X POST https:\/\/triage\.example\/api\/diagnose -H 'content-type: application\/json' -d '/,
    );
    expect(line).toContain('"input":"HTTP/1.1 429');
  });
});
