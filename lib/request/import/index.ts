import { parseCurlAll } from '../curl-import';
import { parseHarAll } from '../har-import';
import type { ReadFile } from './curl-data';
import type { ImportOutcome } from './import-types';

export type { ImportedRequest, ImportOutcome } from './import-types';

/** A paste that starts like JSON is a HAR; anything else is read as shell text with curl commands. */
const looksLikeJson = (text: string) => /^[[{]/.test(text.trimStart());

/**
 * Every request in a paste or file: curl commands (one or several, any shell) or a HAR (any
 * number of entries). Never throws: when nothing can be imported, `error` says why. The
 * playground and the import CLI both use this.
 */
export function importText(text: string, options: { readFile?: ReadFile } = {}): ImportOutcome {
  const source = looksLikeJson(text) ? 'har' : 'curl';
  try {
    const requests =
      source === 'har'
        ? parseHarAll(text)
        : parseCurlAll(text, options).map(({ request, extras }) => ({ ...request, ...extras }));
    return { source, requests, error: null };
  } catch (e) {
    return { source: 'none', requests: [], error: e instanceof Error ? e.message : String(e) };
  }
}
