import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { ContentDoc, ContentProblem } from './validate';

/** The error-signature table's file, relative to content/. */
export const ERROR_SIGNATURES_FILE = 'error-signatures.yaml';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const typeOf = (rel: string): ContentDoc['type'] | null =>
  rel.startsWith('codes/') && rel.endsWith('.mdx')
    ? 'Entry'
    : rel.startsWith('guides/') && rel.endsWith('.mdx')
      ? 'Guide'
      : rel.startsWith('wizard/') && /\.ya?ml$/.test(rel)
        ? 'WizardTree'
        : rel.startsWith('providers/') && /\.ya?ml$/.test(rel)
          ? 'ProviderProfile'
          : rel === ERROR_SIGNATURES_FILE // error-signature table (issue 11, parsing side)
            ? 'ErrorSignatureTable'
            : null;

/**
 * Reads content/ straight from disk (frontmatter and YAML), for the build-time validator
 * and its tests. Files that cannot be parsed at all are returned as problems, not thrown.
 */
export function loadRawContent(root: string): { docs: ContentDoc[]; problems: ContentProblem[] } {
  const docs: ContentDoc[] = [];
  const problems: ContentProblem[] = [];
  for (const file of walk(root).sort()) {
    const rel = relative(root, file).split(sep).join('/');
    if (rel.endsWith('.md') && rel.toLowerCase().endsWith('readme.md')) continue;
    const type = typeOf(rel);
    if (!type) {
      problems.push({
        file: rel,
        field: '(file)',
        message: 'not under codes/*.mdx, guides/*.mdx, wizard/*.yaml or providers/*.yaml, nor error-signatures.yaml',
      });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    try {
      if (type === 'WizardTree' || type === 'ProviderProfile' || type === 'ErrorSignatureTable')
        docs.push({ path: rel, type, data: (parseYaml(text) ?? {}) as Record<string, unknown> });
      else {
        const { data, content } = matter(text);
        docs.push({ path: rel, type, data, body: content });
      }
    } catch (e) {
      problems.push({
        file: rel,
        field:
          type === 'WizardTree' || type === 'ProviderProfile' || type === 'ErrorSignatureTable'
            ? '(yaml)'
            : '(frontmatter)',
        message: (e as Error).message.split('\n')[0] ?? 'unparseable',
      });
    }
  }
  return { docs, problems };
}
