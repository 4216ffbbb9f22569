/** `npm run --silent search -- [--json] "<query>"`: the top results (slug, title, url, score). */
import { SearchEngine } from '../search/engine';
import { searchRecordsFromDisk } from '../search/from-disk';

// `| head` closing the pipe early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const args = process.argv.slice(2);
const json = args.includes('--json');
const query = args.filter((a) => a !== '--json').join(' ');
if (!query.trim()) {
  console.error('usage: npm run --silent search -- [--json] "<query>"');
  process.exit(2);
}
const hits = new SearchEngine(searchRecordsFromDisk()).search(query, 10).map((h) => ({
  slug: h.record.id.replace(/^[a-z]+:/, ''),
  title: h.record.parent ? `${h.record.parent} › ${h.record.title}` : h.record.title,
  url: h.record.url,
  score: h.score,
}));
if (json) process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
else if (hits.length === 0) console.log(`no results for "${query}"`);
else for (const h of hits) console.log(`${h.score.toFixed(3)}  ${h.title}\n       ${h.url}`);
