import { z } from 'zod';
import { CATEGORIES } from './categories';
import type { Category } from './categories';
import type { ErrorSignatures } from './error-signatures';
import type { ProviderProfile } from './provider-profile';
import type { Semantics } from './semantics';

/** A header rule: the header is present, or its value matches `pattern` (case-insensitive). */
export interface HeaderRule {
  name: string;
  pattern?: string;
}

/** An entry's `match` frontmatter, as data. Regexes stay strings until the engine compiles them. */
export interface MatchRule {
  status?: number[];
  codes?: string[];
  headers?: HeaderRule[];
  body?: string[];
  provider?: string;
}

/**
 * One catalog entry as the engine and the diagnose page need it: the match rules plus the
 * little text the page shows (summary, a few causes and fixes, guide links).
 */
export interface RuleEntry {
  slug: string;
  title: string;
  kind: string;
  category: Category;
  status: number | null;
  provider: string | null;
  retryable: boolean;
  summary: string;
  /** Bullet items of the entry's "Likely causes" section (a few, markdown stripped). */
  causes: string[];
  /** Steps of the entry's "How to fix" section (a few, markdown stripped). */
  fixes: string[];
  guides: string[];
  match: MatchRule;
}

/**
 * The serialisable rule set: built from content by `lib/content/rules.ts`, shipped to the
 * browser as `/rules.json`, compiled once per instance by `lib/diagnose/rules.ts`.
 */
export interface RuleSet {
  version: 1;
  entries: RuleEntry[];
  /** provider id → display name */
  providers: Record<string, string>;
  /** every provider profile (content/providers/*.yaml), validated: the engine walks these */
  profiles: ProviderProfile[];
  /** the phrase tables (content/semantics.yaml); absent in rule sets built before they existed */
  semantics?: Semantics;
  // --- error-signature table (issue 11, parsing side) ---
  /** what runtimes, clients, SDKs and CLIs print (content/error-signatures.yaml); the parse step reads error text by it */
  errorSignatures?: ErrorSignatures;
  // --- end error-signature table ---
  /** guide slug → title, for links */
  guides: Record<string, string>;
  /** HTTP status → indexes into `entries` */
  byStatus: Record<string, number[]>;
  /** lower-cased code (match.codes and top-level codes) → indexes into `entries` */
  byCode: Record<string, number[]>;
}

/**
 * What a client checks of a fetched `/rules.json` before handing it to the engine: the
 * envelope and the members every lookup relies on. (The tables inside were validated by the
 * content build; re-validating 1 MB of them on every page would only cost time.)
 */
export const ruleSetEnvelope = z.looseObject({
  version: z.literal(1),
  entries: z.array(z.looseObject({ slug: z.string().min(1), title: z.string(), category: z.enum(CATEGORIES) })),
  providers: z.record(z.string(), z.string()),
  profiles: z.array(z.looseObject({ id: z.string().min(1) })),
  guides: z.record(z.string(), z.string()),
  byStatus: z.record(z.string(), z.array(z.number().int())),
  byCode: z.record(z.string(), z.array(z.number().int())),
});

/** A fetched rule set, checked; throws a readable error when the file is not one. */
export function parseRuleSet(json: unknown): RuleSet {
  const result = ruleSetEnvelope.safeParse(json);
  if (!result.success) throw new Error(`rules.json is not a rule set: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data as unknown as RuleSet;
}
