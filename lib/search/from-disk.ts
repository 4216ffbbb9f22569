import { loadRawContent } from '../content/load-raw';
import { buildSearchRecords, type IndexableEntry, type IndexableGuide, type IndexableTree } from './build';
import type { SearchRecord } from './search-types';

const slugOf = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.(mdx|ya?ml)$/, '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const matchOf = (m: unknown) =>
  m && typeof m === 'object'
    ? { codes: strings((m as { codes?: unknown }).codes), body: strings((m as { body?: unknown }).body) }
    : null;

/** Search records straight from content/ (no build needed): for the CLI, tests and benchmarks. */
export function searchRecordsFromDisk(root = 'content'): SearchRecord[] {
  const { docs } = loadRawContent(root);
  const entries: IndexableEntry[] = docs
    .filter((d) => d.type === 'Entry')
    .map(({ path, data }) => ({
      slug: slugOf(path),
      url: `/codes/${slugOf(path)}`,
      title: String(data.title),
      codes: strings(data.codes),
      summary: String(data.summary ?? ''),
      symptoms: strings(data.symptoms),
      category: String(data.category),
      provider: typeof data.provider === 'string' ? data.provider : null,
      match: matchOf(data.match),
    }));
  const guides: IndexableGuide[] = docs
    .filter((d) => d.type === 'Guide')
    .map(({ path, data, body }) => ({
      slug: slugOf(path),
      url: `/guides/${slugOf(path)}`,
      title: String(data.title),
      description: String(data.description ?? ''),
      tags: strings(data.tags),
      body: { raw: body ?? '' },
    }));
  const trees: IndexableTree[] = docs
    .filter((d) => d.type === 'WizardTree')
    .map(({ data }) => ({
      id: String(data.id),
      url: `/wizard/${String(data.id)}`,
      title: String(data.title),
      description: String(data.description ?? ''),
      nodes: (Array.isArray(data.nodes) ? data.nodes : []).map(
        (n: { question?: unknown; answers?: { label?: unknown }[] }) => ({
          question: String(n.question ?? ''),
          answers: (n.answers ?? []).map((a) => ({ label: String(a.label ?? '') })),
        }),
      ),
    }));
  return buildSearchRecords(entries, guides, trees);
}
