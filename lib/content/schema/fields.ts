import type { z } from 'zod';

/**
 * Contentlayer's field list, derived from a zod object: the zod schema is the one
 * declaration of a content shape, so contentlayer (which generates the types pages use) and
 * the build's validator (which names file and field) can never disagree.
 *
 * Nested objects become contentlayer nested types named by the schema's `.meta({ id })`;
 * unions, records and other shapes contentlayer cannot express become `json`.
 */
export interface FieldDef {
  type: string;
  required?: boolean;
  default?: unknown;
  description?: string;
  options?: string[];
  /** a scalar field definition, or whatever the caller's `nested` returns for a nested type */
  of?: unknown;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  format?: string;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (s: z.ZodType) => s.meta() as { id?: string; description?: string } | undefined;

/** Turns nested object schemas into named nested types, once each (contentlayer wants one object per name). */
export function contentlayerFields<N>(
  shape: Record<string, z.ZodType>,
  nested: (name: string, fields: () => Record<string, FieldDef>) => N,
): Record<string, FieldDef> {
  const cache = new Map<string, N>();
  const nestedOf = (schema: z.ZodType): N | null => {
    const id = metaOf(schema)?.id;
    const def = defOf(schema);
    if (!id || def.type !== 'object' || !def.shape) return null;
    if (!cache.has(id))
      cache.set(
        id,
        nested(id, () => toFields(def.shape!)),
      );
    return cache.get(id) ?? null;
  };
  const toField = (schema: z.ZodType): FieldDef => {
    let s = schema;
    let required = true;
    let dflt: unknown;
    for (;;) {
      const def = defOf(s);
      if (def.type === 'optional' || def.type === 'nullable') required = false;
      else if (def.type === 'default') {
        required = false;
        dflt = def.defaultValue;
      } else break;
      s = def.innerType!;
    }
    const def = defOf(s);
    const description = metaOf(schema)?.description ?? metaOf(s)?.description;
    const base = {
      required,
      ...(dflt !== undefined ? { default: dflt } : {}),
      ...(description ? { description } : {}),
    };
    const of = (el: z.ZodType): unknown => {
      const n = nestedOf(el);
      if (n) return n;
      const t = defOf(el).type;
      return { type: t === 'number' || t === 'boolean' ? t : t === 'string' || t === 'enum' ? 'string' : 'json' };
    };
    switch (def.type) {
      case 'string':
        return { type: 'string', ...base };
      case 'number':
      case 'boolean':
        return { type: def.type, ...base };
      case 'date':
        return { type: 'date', ...base };
      case 'enum':
        return { type: 'enum', options: Object.values(def.entries ?? {}), ...base };
      case 'array':
        return { type: 'list', of: of(def.element!), ...base };
      case 'object': {
        const n = nestedOf(s);
        return n ? { type: 'nested', of: n, ...base } : { type: 'json', ...base };
      }
      default:
        return { type: 'json', ...base };
    }
  };
  const toFields = (sh: Record<string, z.ZodType>) =>
    Object.fromEntries(Object.entries(sh).map(([k, v]) => [k, toField(v)]));
  return toFields(shape);
}
