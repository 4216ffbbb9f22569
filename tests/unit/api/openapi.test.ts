import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { GET as getHealth } from '../../../app/api/health/route';
import { POST as postDiagnose } from '../../../app/api/diagnose/route';
import { GET as getOpenApi } from '../../../app/api/openapi.json/route';
import { openApiDocument } from '../../../lib/api/openapi';
import { startFixtureServer, type FixtureServer } from '../../fixtures/servers/api';
import { makeRoute } from '../../integration/helpers';

const doc = openApiDocument();
type Doc = typeof doc;
// The document's JSON Schemas read back as validators, so bodies are checked against what the
// document publishes (not against the zod schemas it was generated from).
const $defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'));
/** Validates a body against `#/components/schemas/<name>` of the served document; the issues, if any. */
function check(name: string, body: unknown): string[] {
  if (!(name in $defs)) throw new Error(`no component ${name}`);
  const result = z.fromJSONSchema({ $defs, $ref: `#/$defs/${name}` }).safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
}
/** The problem codes the document lists for an operation and status. */
function documentedCodes(d: Doc, path: string, method: string, status: number): string[] {
  const op = (d.paths[path] as Record<string, { responses: Record<string, Record<string, unknown>> }>)[method];
  const media = op?.responses[String(status)]?.content as Record<string, { examples?: object }> | undefined;
  return Object.keys(media?.['application/problem+json']?.examples ?? {});
}

describe('/api/openapi.json', () => {
  test('is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator)', async () => {
    const res = await getOpenApi();
    const served: unknown = await res.json();
    const result = await new Validator().validate(served as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(served).toMatchObject({ openapi: '3.1.0' });
  });

  test('documents exactly the routes under app/api (a new route must register)', () => {
    const root = join(__dirname, '../../../app');
    const routes = (readdirSync(join(root, 'api'), { recursive: true }) as string[])
      .filter((f) => f.endsWith(`${sep}route.ts`) || f === 'route.ts')
      .map(
        (f) =>
          '/' +
          relative(root, join(root, 'api', f))
            .split(sep)
            .slice(0, -1)
            .join('/'),
      )
      .filter((p) => p !== '/api/openapi.json');
    expect(Object.keys(doc.paths).sort()).toEqual(routes.sort());
  });

  test('every error response is problem+json with a Problem schema', () => {
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item as Record<string, { responses: object }>))
        for (const [status, r] of Object.entries(op.responses as Record<string, { content: object }>))
          if (Number(status) >= 400)
            expect(Object.keys(r.content), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
  });
});

describe('the routes answer what the document says', () => {
  let api: FixtureServer;
  beforeAll(async () => {
    api = await startFixtureServer();
  });
  afterAll(() => api.close());

  test('GET /api/health matches Health', async () => {
    const body: unknown = await (await getHealth()).json();
    expect(check('Health', body)).toEqual([]);
  });

  test.each([
    ['a raw 429', 'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n{"error":"rate_limited"}'],
    ['a bare code', 'invalid_grant'],
  ])('POST /api/diagnose with %s matches DiagnoseResponse', async (_, input) => {
    const res = await postDiagnose(new Request('http://l/api/diagnose', { method: 'POST', body: input }));
    expect(res.status).toBe(200);
    expect(check('DiagnoseResponse', await res.json())).toEqual([]);
  });

  test('a schema mismatch is caught (the check can fail)', () => {
    expect(check('Health', { status: 'ok', version: '1' })).not.toEqual([]);
    expect(check('DiagnoseRequest', { input: 1 })).not.toEqual([]);
  });

  test('POST /api/probe: a response and a network error both match ProbeResult', async () => {
    const route = makeRoute(`127.0.0.1:${api.port}`);
    for (const url of [`${api.url}/json`, 'http://127.0.0.1:1/']) {
      const res = await route.call({ method: 'GET', url });
      expect(res.status, url).toBe(url.includes(':1/') ? 403 : 200);
      const body: unknown = await res.json();
      expect(check(res.status === 200 ? 'ProbeResult' : 'Problem', body)).toEqual([]);
    }
  });

  test.each([
    ['/api/diagnose', '', 'text/plain', 400],
    ['/api/diagnose', '{"input": ', 'application/json', 400],
    ['/api/probe', '{"method": "GET"}', 'application/json', 400],
    ['/api/probe', 'not json', 'application/json', 400],
  ])('%s with %j: a documented problem', async (path, body, type, status) => {
    const request = new Request(`http://portal.test${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': type, host: 'portal.test' },
    });
    const res = path === '/api/diagnose' ? await postDiagnose(request) : await makeRoute('').call(body);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as { code: string };
    expect(check('Problem', problem)).toEqual([]);
    expect(documentedCodes(doc, path, 'post', status)).toContain(problem.code);
  });
});
