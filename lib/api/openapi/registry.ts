import { z } from 'zod';
import { PROBLEM_TYPE_BASE, problemSchema, type Problem } from '../problem';

/** One error an operation can answer with, as problem+json. */
export interface ProblemSpec {
  status: number;
  code: string;
  title: string;
  /** When a client sees it, in a sentence. */
  when: string;
}

/** A named zod schema: the name becomes `#/components/schemas/<name>`. */
export interface NamedSchema {
  name: string;
  schema: z.ZodType;
}

/** One route of the portal's API, described with the zod schemas the route itself validates with. */
export interface ApiOperation {
  method: 'get' | 'post';
  path: `/api/${string}`;
  operationId: string;
  summary: string;
  description: string;
  /** JSON request body (validated by the route with this schema); `text` also accepts text/plain. */
  request?: NamedSchema & { text?: string; example?: unknown };
  response: NamedSchema & { description: string; example?: unknown };
  problems: ProblemSpec[];
}

export interface ApiInfo {
  title: string;
  version: string;
  description: string;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Routes register their operation here and the OpenAPI document is built from the registry, so a
 * new route (e.g. `/api/session`) appears by registering, and the schemas are the routes' own.
 */
export class OpenApiRegistry {
  private readonly operations: ApiOperation[] = [];

  register(op: ApiOperation): this {
    if (this.operations.some((o) => o.path === op.path && o.method === op.method))
      throw new Error(`${op.method.toUpperCase()} ${op.path} is registered twice`);
    this.operations.push(op);
    return this;
  }

  list(): readonly ApiOperation[] {
    return [...this.operations].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** The OpenAPI 3.1 document (JSON Schema 2020-12 dialect, which zod targets). */
  /** `shared`: schemas used inside several operations' schemas, documented once (e.g. Diagnosis). */
  document(info: ApiInfo, shared: NamedSchema[] = []) {
    const ops = this.list();
    // Requests are documented as clients write them (defaults optional), responses as routes send them.
    const requests = components(
      ops.flatMap((o) => (o.request ? [o.request] : [])),
      'input',
    );
    const responses = components(
      [{ name: 'Problem', schema: problemSchema }, ...shared, ...ops.map((o) => o.response)],
      'output',
    );
    const paths: Record<string, Record<string, unknown>> = {};
    for (const op of ops) (paths[op.path] ??= {})[op.method] = operation(op);
    return {
      openapi: '3.1.0',
      info,
      jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
      paths,
      components: { schemas: { ...requests, ...responses } },
    };
  }
}

function components(named: NamedSchema[], io: 'input' | 'output'): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const { name, schema } of named) if (!registry.has(schema)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Each component sits inside the document, whose dialect is declared once at the top.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _dialect, $id: _id, ...rest } = s as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

function operation(op: ApiOperation) {
  const content = (mediaType: string, schema: unknown, example?: unknown) => ({
    [mediaType]: { schema, ...(example !== undefined ? { example } : {}) },
  });
  const byStatus = new Map<number, ProblemSpec[]>();
  for (const p of op.problems) byStatus.set(p.status, [...(byStatus.get(p.status) ?? []), p]);
  const problems = Object.fromEntries(
    [...byStatus].map(([status, specs]) => [
      String(status),
      {
        description: specs.map((p) => `\`${p.code}\`: ${p.when}`).join(' '),
        ...(status === 429 ? { headers: { 'Retry-After': { schema: { type: 'integer', minimum: 0 } } } } : {}),
        content: {
          'application/problem+json': {
            schema: ref('Problem'),
            examples: Object.fromEntries(specs.map((p) => [p.code, { value: problemExample(status, p) }])),
          },
        },
      },
    ]),
  );
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: op.description,
    ...(op.request
      ? {
          requestBody: {
            required: true,
            content: {
              ...content('application/json', ref(op.request.name), op.request.example),
              ...(op.request.text
                ? { 'text/plain': { schema: { type: 'string', description: op.request.text } } }
                : {}),
            },
          },
        }
      : {}),
    responses: {
      '200': {
        description: op.response.description,
        content: content('application/json', ref(op.response.name), op.response.example),
      },
      ...problems,
    },
  };
}

function problemExample(status: number, p: ProblemSpec): Problem {
  return { type: `${PROBLEM_TYPE_BASE}${p.code.replace(/_/g, '-')}`, title: p.title, status, code: p.code };
}
