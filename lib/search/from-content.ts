import { getEntries, getGuides, getTrees } from '../content';
import { SearchEngine } from './engine';
import { buildSearchRecords } from './build';
import { contentHash } from './content-hash';
import { indexFiles } from './split';
import type { SearchHeadFile, SearchRecord, SearchTextFile } from './search-types';

let records: SearchRecord[] | undefined;
/** The records of the built content (contentlayer), built once per process. */
export function searchRecords(): SearchRecord[] {
  records ??= buildSearchRecords(getEntries(), getGuides(), getTrees());
  return records;
}

/** The two static index files: the head (first transfer) and the full-text part, named by its content hash. */
export function searchIndexFiles(all: readonly SearchRecord[] = searchRecords()): {
  head: SearchHeadFile;
  text: SearchTextFile;
  hash: string;
} {
  return indexFiles(all, contentHash);
}

let engine: SearchEngine | undefined;
/** One engine per server process, built on first use. */
export function serverSearchEngine(): SearchEngine {
  engine ??= new SearchEngine(searchRecords());
  return engine;
}
