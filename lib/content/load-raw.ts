import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { ContentDoc, ContentProblem } from './validate';

/** The error-signature table's file, relative to content/. */
export const ERROR_SIGNATURES_FILE = 'error-signatures.yaml';

/**
 * Where each kind of content lives (the same places contentlayer.config.ts declares): Markdown
 * documents with frontmatter, and YAML data files (a folder of them, or one file).
 */
const KINDS: { type: ContentDoc['type']; test: (rel: string) => boolean; yaml: boolean }[] = [
  { type: 'Entry', test: (rel) => rel.startsWith('codes/') && rel.endsWith('.mdx'), yaml: false },
  { type: 'Guide', test: (rel) => rel.startsWith('guides/') && rel.endsWith('.mdx'), yaml: false },
  { type: 'WizardTree', test: (rel) => rel.startsWith('wizard/') && /\.ya?ml$/.test(rel), yaml: true },
  { type: 'ProviderProfile', test: (rel) => rel.startsWith('providers/') && /\.ya?ml$/.test(rel), yaml: true },
  { type: 'SessionPatternSet', test: (rel) => rel === 'session-patterns.yaml', yaml: true },
  { type: 'Semantics', test: (rel) => rel === 'semantics.yaml', yaml: true },
  { type: 'ErrorSignatureTable', test: (rel) => rel === ERROR_SIGNATURES_FILE, yaml: true },
];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/**
 * Reads content/ straight from disk (frontmatter and YAML), for the build-time validator,
 * the CLIs and tests. Files that cannot be parsed at all are returned as problems, not thrown.
 */
export function loadRawContent(root: string): { docs: ContentDoc[]; problems: ContentProblem[] } {
  const docs: ContentDoc[] = [];
  const problems: ContentProblem[] = [];
  for (const file of walk(root).sort()) {
    const rel = relative(root, file).split(sep).join('/');
    if (rel.toLowerCase().endsWith('readme.md')) continue;
    const kind = KINDS.find((k) => k.test(rel));
    if (!kind) {
      problems.push({
        file: rel,
        field: '(file)',
        message: `not a content file: expected codes/**/*.mdx, guides/*.mdx, wizard/*.yaml, providers/*.yaml, session-patterns.yaml, semantics.yaml or ${ERROR_SIGNATURES_FILE}`,
      });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    try {
      if (kind.yaml)
        docs.push({ path: rel, type: kind.type, data: (parseYaml(text) ?? {}) as Record<string, unknown> });
      else {
        const { data, content } = matter(text);
        docs.push({ path: rel, type: kind.type, data, body: content });
      }
    } catch (e) {
      problems.push({
        file: rel,
        field: kind.yaml ? '(yaml)' : '(frontmatter)',
        message: (e as Error).message.split('\n')[0] ?? 'unparseable',
      });
    }
  }
  return { docs, problems };
}
