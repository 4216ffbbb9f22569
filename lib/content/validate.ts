import type { z } from 'zod';
import { CATEGORIES } from './taxonomy';
import { EntryFrontmatter, entryBodyProblems } from './schema/entry';
import { GuideFrontmatter } from './schema/guide';
import { WizardTreeData } from './schema/wizard-tree';
import { SessionPatterns } from '../session/pattern-schema';
import { ProviderProfile } from '../diagnose/provider-profile';
import { Semantics } from '../diagnose/semantics';
import { ErrorSignatures } from '../diagnose/error-signatures';
import { extractToc } from './toc';
import { regexProblem } from './regex-safety';

/** A content document as both loaders see it: where it came from, its type and its data. */
export interface ContentDoc {
  /** path relative to content/, e.g. `codes/http/http-429.mdx` */
  path: string;
  type:
    'Entry' | 'Guide' | 'WizardTree' | 'ProviderProfile' | 'SessionPatternSet' | 'Semantics' | 'ErrorSignatureTable';
  data: Record<string, unknown>;
  /** raw Markdown body (entries and guides) */
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

  // The phrase tables: one file, validated like a profile.
  for (const doc of docs) if (doc.type === 'Semantics') checkSchema(doc, Semantics, problems);

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
    checkSchema(doc, EntryFrontmatter, problems);
    for (const message of entryBodyProblems(doc.body ?? ''))
      problems.push({ file: doc.path, field: '(body)', message });
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
  for (const doc of guides) checkSchema(doc, GuideFrontmatter, problems);
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
    checkSchema(doc, WizardTreeData, problems);
    problems.push(...validateTree(doc, resolves));
  }
  problems.push(...treeCoverage(trees));
  for (const doc of docs.filter((d) => d.type === 'SessionPatternSet')) {
    checkSchema(doc, SessionPatterns, problems);
    const patterns = (Array.isArray(doc.data.patterns) ? doc.data.patterns : []) as { entries?: unknown[] }[];
    patterns.forEach((p, i) =>
      (p.entries ?? []).forEach((slug, j) => {
        if (!entrySlugs.has(String(slug)))
          problems.push({
            file: doc.path,
            field: `patterns[${i}].entries[${j}]`,
            message: `no entry with slug "${String(slug)}"`,
          });
      }),
    );
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

/**
 * Across trees: "refine with the wizard" enters the first tree that lists a diagnosis's
 * category, so every category must be refined by exactly one tree; and a path is 2 to 4
 * questions deep, so a visitor is never asked one question only or more than four.
 */
function treeCoverage(trees: ContentDoc[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, string[]>();
  for (const doc of trees) {
    for (const c of Array.isArray(doc.data.categories) ? doc.data.categories : [])
      owners.set(String(c), [...(owners.get(String(c)) ?? []), doc.path]);
    const nodes = (Array.isArray(doc.data.nodes) ? doc.data.nodes : []) as RawNode[];
    const byId = new Map(nodes.map((n) => [String(n.id), n]));
    const depth = (id: string, seen: Set<string>): number => {
      if (seen.has(id)) return 0; // cycles are reported by validateTree
      const next = (byId.get(id)?.answers ?? []).map((a) =>
        a.next === undefined ? 0 : depth(String(a.next), new Set([...seen, id])),
      );
      return 1 + Math.max(0, ...next);
    };
    const d = byId.has(String(doc.data.start)) ? depth(String(doc.data.start), new Set()) : 0;
    if (d > 0 && (d < 2 || d > 4))
      problems.push({ file: doc.path, field: 'nodes', message: `paths are ${d} questions deep; keep them 2 to 4` });
    nodes.forEach((n, i) => {
      const seen = { statuses: new Set<unknown>(), categories: new Set<unknown>() };
      for (const a of n.answers ?? []) {
        for (const key of ['statuses', 'categories'] as const) {
          for (const v of (a.when as Record<string, unknown[]> | undefined)?.[key] ?? []) {
            if (seen[key].has(v))
              problems.push({
                file: doc.path,
                field: `nodes[${i}](${String(n.id)}).answers(${String(a.id)}).when.${key}`,
                message: `${String(v)} already settles another answer of this question`,
              });
            seen[key].add(v);
            if (key === 'categories' && !(doc.data.categories as unknown[] | undefined)?.includes(v))
              problems.push({
                file: doc.path,
                field: `nodes[${i}](${String(n.id)}).answers(${String(a.id)}).when.categories`,
                message: `"${String(v)}" is not in this tree's categories, so refine never enters here with it`,
              });
          }
        }
      }
    });
  }
  // Only a catalog whose trees refine categories at all must cover every one (fixtures may not).
  if (owners.size > 0)
    for (const c of CATEGORIES) {
      const list = owners.get(c) ?? [];
      if (list.length > 1)
        problems.push({
          file: list[1]!,
          field: 'categories',
          message: `category "${c}" is also refined by content/${list[0]}; refine would never reach this tree with it`,
        });
      if (list.length === 0)
        problems.push({ file: 'wizard/', field: 'categories', message: `no tree refines the category "${c}"` });
    }
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
