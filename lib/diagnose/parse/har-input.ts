import { makeSnapshot } from '../header-lines';
import type { HttpSnapshot } from '../types';
import { isObject } from '../json-path';
import { readErrorText } from './error-text';
import { readRequest, toHeaderPairs } from './json-input';

type Json = Record<string, unknown>;
const MAX_ENTRIES = 500;

/** True for a parsed HAR document (`{log: {entries: [...]}}`). */
export function isHar(obj: unknown): obj is { log: { entries: unknown[] } } {
  return isObject(obj) && isObject(obj.log) && Array.isArray(obj.log.entries);
}

/** Every HAR entry becomes one snapshot, request included; failed entries (status 0) become transport errors. */
export function parseHar(har: { log: { entries: unknown[] } }): HttpSnapshot[] {
  const entries = har.log.entries;
  const out = entries.slice(0, MAX_ENTRIES).map(readEntry);
  if (out.length === 0) return [makeSnapshot({ source: 'har', warnings: ['the HAR file has no entries'] })];
  if (entries.length > MAX_ENTRIES)
    out[0]?.warnings.push(`the HAR has ${entries.length} entries; only the first ${MAX_ENTRIES} were read`);
  return out;
}

function readEntry(entry: unknown, index: number): HttpSnapshot {
  const e = isObject(entry) ? entry : {};
  const res = isObject(e.response) ? e.response : {};
  const content = isObject(res.content) ? res.content : {};
  const snap = makeSnapshot({ source: 'har', request: readRequest(e.request) });
  const status = typeof res.status === 'number' && res.status >= 100 && res.status <= 999 ? res.status : null;
  snap.status = status;
  snap.statusText = typeof res.statusText === 'string' && res.statusText ? res.statusText : null;
  snap.httpVersion = typeof res.httpVersion === 'string' && res.httpVersion ? res.httpVersion : null;
  snap.headers = toHeaderPairs(res.headers);
  snap.body = bodyOf(content, snap.warnings, index);
  if (status === null) {
    // Browsers record failed requests with status 0 and, in Chrome, `_error: "net::ERR_…"`.
    const message = typeof res._error === 'string' ? res._error : typeof e._error === 'string' ? e._error : '';
    const reading = message ? readErrorText(message) : null;
    snap.error = reading?.error ?? {
      kind: 'other',
      code: null,
      message:
        message ||
        'no response recorded (status 0): the request was blocked (CORS, extension, mixed content), cancelled, or failed on the network',
    };
  }
  return snap;
}

function bodyOf(content: Json, warnings: string[], index: number): string {
  const text = typeof content.text === 'string' ? content.text : '';
  if (!text && typeof content.size === 'number' && content.size > 0)
    warnings.push(`HAR entry ${index + 1} was saved without its response body`);
  if (content.encoding !== 'base64' || !text) return text;
  const mime = typeof content.mimeType === 'string' ? content.mimeType : '';
  if (mime && !/json|xml|text|html|javascript|problem|form/i.test(mime)) {
    warnings.push(`HAR entry ${index + 1} has a binary body (${mime}); it was not read`);
    return '';
  }
  try {
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    warnings.push(`HAR entry ${index + 1} has a base64 body that could not be decoded`);
    return '';
  }
}
