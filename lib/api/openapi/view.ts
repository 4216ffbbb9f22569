import type { ApiOperation } from './registry';
import { z } from 'zod';

/** One row of a schema's top-level property table on the `/api` page. */
export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

type Json = Record<string, unknown>;

function typeOf(s: Json): string {
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(typeOf).join(' | ');
  if (Array.isArray(s.oneOf)) return (s.oneOf as Json[]).map(typeOf).join(' | ');
  if (s.type === 'array') return `${s.prefixItems ? 'tuple' : typeOf((s.items as Json) ?? {})}[]`;
  if (typeof s.$ref === 'string') return s.$ref.split('/').pop() ?? 'object';
  return typeof s.type === 'string' ? s.type : 'any';
}

/** The top-level fields of a zod object schema (as its JSON Schema says them), for a docs table. */
export function fieldRows(schema: z.ZodType, io: 'input' | 'output'): FieldRow[] {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  const props = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => ({
    name,
    type: typeOf(s),
    required: required.has(name),
    description: [s.description, s.default !== undefined ? `default ${JSON.stringify(s.default)}` : '']
      .filter(Boolean)
      .join('; '),
  }));
}

/** A curl line a reader can paste, for the operation's example request. */
export function curlExample(op: ApiOperation, origin: string): string {
  const url = `${origin}${op.path}`;
  if (!op.request) return `curl -sS ${url}`;
  const body = JSON.stringify(op.request.example ?? {}).replace(/'/g, `'\\''`);
  return `curl -sS -X ${op.method.toUpperCase()} ${url} -H 'content-type: application/json' -d '${body}'`;
}
