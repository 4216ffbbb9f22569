import { parseInput } from '../diagnose';
import { isObject } from '../diagnose/json-path';
import { parseHar } from '../diagnose/parse/har-input';
import type { HeaderPair, HttpSnapshot } from '../diagnose/types';
import { readLogLine } from './log-lines';

/** One request/response of a session, with what the detectors need beyond the snapshot. */
export interface Exchange {
  index: number;
  method: string | null;
  url: string | null;
  status: number | null;
  /** epoch ms when the request started, or null when the input has no times */
  startMs: number | null;
  durationMs: number | null;
  requestHeaders: HeaderPair[];
  /** the request body as sent (HAR postData), for telling identical requests apart */
  requestBody: string | null;
  /**
   * The browser's own verdict on the exchange (Chrome's HAR `_error`): `net::ERR_FAILED` when
   * CORS blocked a response the server did send, `net::ERR_ABORTED` when the page cancelled the
   * request (a navigation, a dev-server reload); null when the browser recorded none.
   */
  clientError: string | null;
  /** where a redirect points: the Location header, or a HAR's `redirectURL` when a tool left headers out */
  location: string | null;
  snapshot: HttpSnapshot;
}

export interface SessionInput {
  source: 'har' | 'log';
  exchanges: Exchange[];
  warnings: string[];
}

/** parseHar reads up to 500 entries per call; a session is read in slices of that size. */
const HAR_SLICE = 500;

/** A HAR document, also when wrapped (`{ "har": { "log": … } }`) as some tools save it. */
function findHarEntries(value: unknown): unknown[] | null {
  for (let v = value, depth = 0; isObject(v) && depth < 3; depth++) {
    if (isObject(v.log) && Array.isArray(v.log.entries)) return v.log.entries;
    v = v.har ?? v.data;
  }
  return null;
}

/** JSON, also when pasting through a web page turned its indentation into no-break spaces. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    if (!text.includes('\u00a0')) return null;
  }
  try {
    return JSON.parse(text.replaceAll('\u00a0', ' '));
  } catch {
    return null; // not JSON after all: read it as a log
  }
}

/** Reads a session: a HAR file (any tool's) or the lines of a client or server log. */
export function readSession(text: string, maxExchanges: number): SessionInput {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const entries = findHarEntries(parseJson(trimmed));
    if (entries) return readHar(entries, maxExchanges);
  }
  return readLog(text, maxExchanges);
}

function readHar(all: unknown[], max: number): SessionInput {
  const warnings: string[] = [];
  const entries = all.slice(0, max);
  if (all.length > max) warnings.push(`the HAR has ${all.length} entries; the first ${max} were analysed`);
  const exchanges: Exchange[] = [];
  for (let from = 0; from < entries.length; from += HAR_SLICE) {
    const slice = entries.slice(from, from + HAR_SLICE);
    parseHar({ log: { entries: slice } }).forEach((snapshot, i) => {
      const raw = isObject(slice[i]) ? slice[i] : {};
      const req = isObject(raw.request) ? raw.request : {};
      const post = isObject(req.postData) ? req.postData : {};
      const res = isObject(raw.response) ? raw.response : {};
      const started = typeof raw.startedDateTime === 'string' ? Date.parse(raw.startedDateTime) : NaN;
      exchanges.push({
        index: from + i,
        method: snapshot.request?.method?.toUpperCase() ?? null,
        url: snapshot.request?.url ?? null,
        status: snapshot.status,
        startMs: Number.isFinite(started) ? started : null,
        durationMs: typeof raw.time === 'number' && raw.time >= 0 ? raw.time : null,
        requestHeaders: snapshot.request?.headers ?? [],
        requestBody: typeof post.text === 'string' ? post.text : null,
        clientError: typeof res._error === 'string' && res._error ? res._error : null,
        location:
          snapshot.headers.find(([n]) => n.toLowerCase() === 'location')?.[1] ??
          (typeof res.redirectURL === 'string' && res.redirectURL ? res.redirectURL : null),
        snapshot,
      });
    });
  }
  if (exchanges.length === 0) warnings.push('the HAR file has no entries');
  return { source: 'har', exchanges, warnings };
}

function readLog(text: string, max: number): SessionInput {
  const warnings: string[] = [];
  const exchanges: Exchange[] = [];
  let skipped = 0;
  let start = 0;
  while (start <= text.length && exchanges.length < max) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (!line.trim()) continue;
    const fields = readLogLine(line);
    if (!fields) {
      skipped++;
      continue;
    }
    const snapshot = parseInput(line)[0] ?? parseInput(fields.status ? String(fields.status) : line)[0]!;
    if (fields.status !== null) snapshot.status = fields.status;
    if (fields.method || fields.url) snapshot.request = { method: fields.method, url: fields.url, headers: [] };
    exchanges.push({
      index: exchanges.length,
      method: fields.method,
      url: fields.url,
      status: fields.status,
      startMs: fields.timeMs,
      durationMs: fields.durationMs,
      requestHeaders: [],
      requestBody: null,
      clientError: null,
      location: null,
      snapshot,
    });
  }
  if (start < text.length) warnings.push(`the log has more lines; the first ${max} exchanges were analysed`);
  if (skipped > 0) warnings.push(`${skipped} line(s) named no request, status or error and were skipped`);
  return { source: 'log', exchanges, warnings };
}
