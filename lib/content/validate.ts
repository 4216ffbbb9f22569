import { z } from 'zod';
import { CATEGORIES, KINDS } from './taxonomy';
import { ProviderProfile } from '../diagnose/provider-profile';
import { ErrorSignatures } from '../diagnose/error-signatures';
import { extractToc } from './toc';
import { regexProblem } from './regex-safety';

/** A content document as both loaders see it: where it came from, its type and its data. */
export interface ContentDoc {
  /** path relative to content/, e.g. `codes/http/http-429.mdx` */
  path: string;
  type: 'Entry' | 'Guide' | 'WizardTree' | 'ProviderProfile' | 'ErrorSignatureTable';
  data: Record<string, unknown>;
  /** raw MDX body (entries and guides) */
  body?: string;
}

/** One problem, naming the file and the field, so the build message is actionable. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentValidationError extends Error {
  readonly code = 'content_invalid';
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}

export const formatProblem = (p: ContentProblem) => `  content/${p.file}: field \`${p.field}\`: ${p.message}`;

const slugOf = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.(mdx|ya?ml)$/, '');

const regexString = z.string().superRefine((s, ctx) => {
  const problem = regexProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const entrySchema = z.object({
  title: z.string().min(1),
  codes: z.array(z.string().min(1)).min(1),
  kind: z.enum(KINDS),
  status: z.number().int().min(100).max(999).nullish(),
  category: z.enum(CATEGORIES),
  provider: z.string().nullish(),
  retryable: z.boolean(),
  summary: z.string().min(10),
  symptoms: z.array(z.string()).min(1),
  sources: z.array(z.string().min(3)).min(1),
  related: z.array(z.string()).optional(),
  guides: z.array(z.string()).optional(),
  match: z
    .object({
      status: z.array(z.number().int()).optional(),
      codes: z.array(z.string().min(1)).optional(),
      headers: z.array(z.object({ name: z.string().min(1), pattern: regexString.optional() })).optional(),
      body: z.array(regexString).optional(),
      provider: z.string().optional(),
    })
    .refine((m) => (m.status?.length ?? 0) + (m.codes?.length ?? 0) + (m.body?.length ?? 0) > 0, {
      message: 'needs at least one status, code or body rule',
    }),
});

const guideSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(10),
  sources: z.array(z.string().min(3)).min(1),
});

const issuePath = (path: PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '') || '(root)';

function checkSchema(doc: ContentDoc, schema: z.ZodType, out: ContentProblem[]) {
  const parsed = schema.safeParse(doc.data);
  if (parsed.success) return;
  for (const issue of parsed.error.issues)
    out.push({ file: doc.path, field: issuePath(issue.path), message: issue.message });
}

/**
 * Every check the build runs beyond contentlayer's own types: vocabularies, regexes,
 * duplicate codes and slugs, dangling references, and wizard graph soundness.
 */
export function validateContent(docs: ContentDoc[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const entries = docs.filter((d) => d.type === 'Entry');
  const guides = docs.filter((d) => d.type === 'Guide');
  const trees = docs.filter((d) => d.type === 'WizardTree');
  const entrySlugs = new Set(entries.map((d) => slugOf(d.path)));
  const guideAnchors = new Map(guides.map((g) => [slugOf(g.path), new Set(extractToc(g.body ?? '').map((t) => t.id))]));

  const slugOwner = new Map<string, string>();
  for (const doc of [...entries, ...guides]) {
    const key = `${doc.type}:${slugOf(doc.path)}`;
    const owner = slugOwner.get(key);
    if (owner)
      problems.push({
        file: doc.path,
        field: '(file name)',
        message: `slug "${slugOf(doc.path)}" is also used by content/${owner}`,
      });
    else slugOwner.set(key, doc.path);
  }

  const profiles = docs.filter((d) => d.type === 'ProviderProfile');
  const providerIds = new Set<string>();
  for (const doc of profiles) {
    checkSchema(doc, ProviderProfile, problems);
    const id = String(doc.data.id ?? '');
    if (id !== slugOf(doc.path))
      problems.push({ file: doc.path, field: 'id', message: `must be "${slugOf(doc.path)}", the file name` });
    providerIds.add(id);
  }
  // --- error-signature table (issue 11, parsing side): one file, valid, every example matching its pattern ---
  const tables = docs.filter((d) => d.type === 'ErrorSignatureTable');
  for (const doc of tables) checkSchema(doc, ErrorSignatures, problems);
  for (const doc of tables) checkSignatureRegexes(doc, problems);
  // --- end error-signature table ---
  const knownProvider = (field: string, doc: ContentDoc, value: unknown) => {
    if (value === undefined || value === null || providerIds.has(String(value))) return;
    problems.push({ file: doc.path, field, message: `no provider profile content/providers/${String(value)}.yaml` });
  };

  const codeOwner = new Map<string, string>();
  for (const doc of entries) {
    checkSchema(doc, entrySchema, problems);
    knownProvider('provider', doc, doc.data.provider);
    const match = doc.data.match as { provider?: unknown } | undefined;
    knownProvider('match.provider', doc, match?.provider);
    const codes = Array.isArray(doc.data.codes) ? doc.data.codes : [];
    codes.forEach((code, i) => {
      const key = String(code).trim().toLowerCase();
      const owner = codeOwner.get(key);
      if (owner === doc.path) return; // the same code in two spellings within one entry is harmless
      if (owner)
        problems.push({
          file: doc.path,
          field: `codes[${i}]`,
          message: `code "${String(code)}" is already claimed by content/${owner}`,
        });
      else codeOwner.set(key, doc.path);
    });
    for (const field of ['related', 'guides'] as const) {
      const refs = Array.isArray(doc.data[field]) ? (doc.data[field] as unknown[]) : [];
      refs.forEach((ref, i) => {
        const known = field === 'related' ? entrySlugs.has(String(ref)) : guideAnchors.has(String(ref));
        if (!known)
          problems.push({
            file: doc.path,
            field: `${field}[${i}]`,
            message: `no ${field === 'related' ? 'entry' : 'guide'} with slug "${String(ref)}"`,
          });
      });
    }
  }
  for (const doc of guides) checkSchema(doc, guideSchema, problems);
  const resolves = {
    entry: (s: string) => entrySlugs.has(s),
    guide: (s: string) => {
      const [slug = '', anchor] = s.split('#');
      const anchors = guideAnchors.get(slug);
      return anchors !== undefined && (anchor === undefined || anchors.has(anchor));
    },
  };
  const treeIds = new Map<string, string>();
  for (const doc of trees) {
    const id = String(doc.data.id ?? '');
    if (treeIds.has(id))
      problems.push({
        file: doc.path,
        field: 'id',
        message: `tree id "${id}" is also used by content/${treeIds.get(id)}`,
      });
    treeIds.set(id, doc.path);
    problems.push(...validateTree(doc, resolves));
  }
  return problems;
}

interface RawAnswer {
  id?: unknown;
  label?: unknown;
  next?: unknown;
  result?: { entry?: unknown; guide?: unknown };
  when?: { categories?: unknown[] };
}
interface RawNode {
  id?: unknown;
  answers?: RawAnswer[];
}

/** Graph checks for one wizard tree: every `next` resolves, results exist, no cycles, nothing unreachable. */
export function validateTree(
  doc: ContentDoc,
  resolves: Record<'entry' | 'guide', (slug: string) => boolean>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file: doc.path, field, message });
  if (!/^[a-z0-9-]+$/.test(String(doc.data.id ?? ''))) add('id', 'must be lower-case letters, digits and dashes');
  if (doc.data.id === 'refine') add('id', '"refine" is reserved for the /wizard/refine route');
  const knownCategory = (c: unknown) => (CATEGORIES as readonly unknown[]).includes(c);
  (Array.isArray(doc.data.categories) ? doc.data.categories : []).forEach((c, i) => {
    if (!knownCategory(c)) add(`categories[${i}]`, `unknown category "${String(c)}"`);
  });
  const nodes = (Array.isArray(doc.data.nodes) ? doc.data.nodes : []) as RawNode[];
  const byId = new Map<string, RawNode>();
  nodes.forEach((n, i) => {
    const id = String(n.id);
    if (byId.has(id)) add(`nodes[${i}].id`, `duplicate node id "${id}"`);
    byId.set(id, n);
  });
  const start = String(doc.data.start ?? '');
  if (!byId.has(start)) add('start', `no node with id "${start}"`);
  nodes.forEach((n, i) => {
    const answers = Array.isArray(n.answers) ? n.answers : [];
    if (answers.length === 0) add(`nodes[${i}].answers`, `node "${String(n.id)}" has no answers`);
    const seen = new Set<string>();
    answers.forEach((a, j) => {
      const f = `nodes[${i}](${String(n.id)}).answers[${j}]`;
      const aid = String(a.id ?? '');
      if (!/^[a-z0-9-]+$/.test(aid)) add(`${f}.id`, `answer id "${aid}" must be lower-case letters, digits and dashes`);
      if (seen.has(aid)) add(`${f}.id`, `duplicate answer id "${aid}"`);
      seen.add(aid);
      if ((a.next === undefined) === (a.result === undefined)) add(f, 'needs exactly one of `next` or `result`');
      (a.when?.categories ?? []).forEach((c, k) => {
        if (!knownCategory(c)) add(`${f}.when.categories[${k}]`, `unknown category "${String(c)}"`);
      });
      if (a.next !== undefined && !byId.has(String(a.next))) add(`${f}.next`, `no node with id "${String(a.next)}"`);
      if (a.result) {
        if (a.result.entry === undefined && a.result.guide === undefined)
          add(`${f}.result`, 'needs an `entry` or a `guide`');
        if (a.result.entry !== undefined && !resolves.entry(String(a.result.entry)))
          add(`${f}.result.entry`, `no entry with slug "${String(a.result.entry)}"`);
        if (a.result.guide !== undefined && !resolves.guide(String(a.result.guide)))
          add(`${f}.result.guide`, `no guide (or heading) "${String(a.result.guide)}"`);
      }
    });
  });
  // Depth-first walk from the start: grey nodes on the stack reveal cycles, unvisited nodes are unreachable.
  const state = new Map<string, 'grey' | 'black'>();
  const visit = (id: string) => {
    state.set(id, 'grey');
    for (const a of byId.get(id)?.answers ?? []) {
      if (a.next === undefined || !byId.has(String(a.next))) continue;
      const next = String(a.next);
      if (state.get(next) === 'grey') add(`nodes(${id}).answers(${String(a.id)}).next`, `cycle back to node "${next}"`);
      else if (!state.has(next)) visit(next);
    }
    state.set(id, 'black');
  };
  if (byId.has(start)) visit(start);
  for (const id of byId.keys()) if (!state.has(id)) add(`nodes(${id})`, `node "${id}" is unreachable from "${start}"`);
  return problems;
}

/** Every pattern of the error-signature table runs on pasted text: the same safety check as rule regexes. */
function checkSignatureRegexes(doc: ContentDoc, out: ContentProblem[]) {
  const d = doc.data;
  const lists = ['apiCodes', 'codes', 'reasons', 'statuses', 'phrases'] as const;
  for (const list of lists) {
    const items = Array.isArray(d[list]) ? (d[list] as { pattern?: unknown }[]) : [];
    items.forEach((item, i) => {
      const problem = typeof item?.pattern === 'string' ? regexProblem(item.pattern) : null;
      if (problem) out.push({ file: doc.path, field: `${list}[${i}].pattern`, message: problem });
    });
  }
  const problem = typeof d.errorish === 'string' ? regexProblem(d.errorish) : null;
  if (problem) out.push({ file: doc.path, field: 'errorish', message: problem });
}
