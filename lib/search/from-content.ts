import { getEntries, getGuides, getTrees } from '../content';
import { SearchEngine } from './engine';
import { buildSearchRecords } from './build';
import type { SearchIndexFile } from './search-types';

/** The index of the built content (contentlayer), for the static index file and the /search page. */
export function searchIndexFile(): SearchIndexFile {
  return { version: 1, records: buildSearchRecords(getEntries(), getGuides(), getTrees()) };
}

let engine: SearchEngine | undefined;
/** One engine per server process, built on first use. */
export function serverSearchEngine(): SearchEngine {
  engine ??= new SearchEngine(searchIndexFile().records);
  return engine;
}
