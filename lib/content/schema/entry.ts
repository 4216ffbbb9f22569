import { z } from 'zod';
import { CATEGORIES, KINDS } from '../taxonomy';
import { regexProblem } from '../regex-safety';

/** A regex source the engine will compile: must compile and must not backtrack catastrophically. */
const RegexSource = z.string().superRefine((s, ctx) => {
  const problem = regexProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Fields every Markdown document (entry or guide) shares. */
export const BaseFrontmatter = {
  title: z.string().min(1),
  sources: z.array(z.string().min(3)).min(1).meta({ description: 'URLs or RFC references the facts come from' }),
  /** the date the document was last checked against its sources */
  updated: z.coerce.date().optional(),
};

export const HeaderMatch = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'header name, case-insensitive' }),
    pattern: RegexSource.optional().meta({ description: 'regex on the value; absent = header present' }),
  })
  .meta({ id: 'HeaderMatch' });

/** The classifier's rules for one entry (see lib/diagnose/compile-rules.ts for how they score). */
export const Match = z
  .strictObject({
    status: z.array(z.number().int()).optional(),
    codes: z.array(z.string().min(1)).optional(),
    headers: z.array(HeaderMatch).optional(),
    body: z.array(RegexSource).optional(),
    provider: z.string().optional(),
  })
  .refine((m) => (m.status?.length ?? 0) + (m.codes?.length ?? 0) + (m.body?.length ?? 0) > 0, {
    message: 'needs at least one status, code or body rule',
  })
  .meta({ id: 'Match' });

/** A catalog entry's frontmatter: content/codes/<group>/<slug>.mdx. */
export const EntryFrontmatter = z.strictObject({
  ...BaseFrontmatter,
  codes: z.array(z.string().min(1)).min(1),
  kind: z.enum(KINDS),
  status: z.number().int().min(100).max(999).optional(),
  category: z.enum(CATEGORIES),
  provider: z.string().optional(),
  retryable: z.boolean(),
  summary: z.string().min(10),
  symptoms: z.array(z.string()).min(1),
  match: Match,
  related: z.array(z.string()).default([]),
  guides: z.array(z.string()).default([]),
});
export type EntryFrontmatter = z.infer<typeof EntryFrontmatter>;

/** The sections every entry body has, in this order: what the diagnosis and the page show. */
export const ENTRY_SECTIONS = ['What it means', 'Likely causes', 'How to fix'] as const;

/** Problems with an entry's Markdown body: a missing or misplaced required section, no code sample. */
export function entryBodyProblems(body: string): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const section of ENTRY_SECTIONS) {
    const at = body.search(new RegExp(`^## ${section}\\s*$`, 'm'));
    if (at < 0) problems.push(`missing the section "## ${section}"`);
    else if (at < last) problems.push(`"## ${section}" must come after the sections before it`);
    else last = at;
  }
  if (!/^```/m.test(body)) problems.push('needs at least one code sample (a fenced code block)');
  return problems;
}
