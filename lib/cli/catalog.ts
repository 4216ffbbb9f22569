/** `npm run --silent catalog`: the whole catalog as one JSON array, for other tools. Reads content/ directly (no build needed). */
import { loadRawContent } from '../content/load-raw';

const slugOf = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '');
const { docs } = loadRawContent('content');
const catalog = docs
  .filter((d) => d.type === 'Entry')
  .map(({ path, data }) => ({
    slug: slugOf(path),
    title: data.title,
    codes: data.codes,
    kind: data.kind,
    status: data.status ?? null,
    category: data.category,
    provider: data.provider ?? null,
    retryable: data.retryable,
    url: `/codes/${slugOf(path)}`,
    sources: data.sources,
  }));
process.stdout.write(JSON.stringify(catalog, null, 2) + '\n');
