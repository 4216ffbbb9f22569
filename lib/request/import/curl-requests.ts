import { readCurlArgs } from './curl-args';
import { Operation } from './curl-command';
import type { FileRef, ReadFile } from './curl-data';
import type { ImportedRequest } from './import-types';

/** Options the playground maps onto its draft rather than onto the request itself. */
export interface CurlExtras {
  followRedirects: boolean;
  timeoutMs: number | null;
}

/**
 * The requests one curl command sends: one per URL, a new set of options after `--next`.
 * `words` start after `curl`.
 */
export function curlRequests(
  words: readonly string[],
  readFile?: ReadFile,
  ref?: FileRef,
): { requests: ImportedRequest[]; extras: CurlExtras } {
  const notes: string[] = [];
  const args = readCurlArgs(words, notes);
  const extras: CurlExtras = { followRedirects: false, timeoutMs: null };
  const ops = [new Operation(readFile, ref)];
  for (const a of args) {
    const op = ops[ops.length - 1]!;
    if (a.kind === 'url') op.urls.push(a.value);
    else if (a.name === 'next') ops.push(new Operation(readFile, ref));
    else {
      if (a.name === 'location' || a.name === 'location-trusted') extras.followRedirects = !a.negated;
      if (a.name === 'max-time') extras.timeoutMs = Math.round(Number(a.value) * 1000) || null;
      op.apply(a);
    }
  }
  const requests = ops.flatMap((op) => op.requests());
  for (const r of requests) r.notes.unshift(...notes);
  return { requests, extras };
}
