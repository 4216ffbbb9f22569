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

let files: { head: SearchHeadFile; text: SearchTextFile; hash: string } | undefined;
/**
 * The two static index files: the head (first transfer) and the full-text part, named by its
 * content hash. Built once per process: both routes and the text route's params read them.
 */
export function searchIndexFiles(): { head: SearchHeadFile; text: SearchTextFile; hash: string } {
  files ??= indexFiles(searchRecords(), contentHash);
  return files;
}

let engine: SearchEngine | undefined;
/** One engine per server process, built on first use. */
export function serverSearchEngine(): SearchEngine {
  engine ??= new SearchEngine(searchRecords());
  return engine;
}
