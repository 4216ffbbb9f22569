import type { HeaderPair, HttpSnapshot } from './types';

/** A header line `Name: value`; the optional leading colon admits HTTP/2 pseudo-headers (`:status`). */
export const HEADER_LINE = /^(:?[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}):[ \t]*(.*)$/;

/** A status code as written in a status line, or null when it cannot be one (`HTTP/1.1 010`). */
export const toStatus = (digits: string | undefined): number | null => {
  const n = Number(digits);
  return Number.isInteger(n) && n >= 100 && n <= 999 ? n : null;
};

/** All values of a header, case-insensitively, in order. */
export function headerValues(headers: readonly HeaderPair[], name: string): string[] {
  const lower = name.toLowerCase();
  const out: string[] = [];
  for (const [n, v] of headers) if (sameName(n, lower)) out.push(v);
  return out;
}

/** The first value of a header, or null. */
export function headerValue(headers: readonly HeaderPair[], name: string): string | null {
  const lower = name.toLowerCase();
  for (const [n, v] of headers) if (sameName(n, lower)) return v;
  return null;
}

/** Case-insensitive name comparison that lower-cases only names of the right length (this runs for every lookup). */
const sameName = (n: string, lower: string): boolean =>
  n.length === lower.length && (n === lower || n.toLowerCase() === lower);

/** A snapshot with every field present, so parsers only state what they read. */
export function makeSnapshot(partial: Partial<HttpSnapshot> & { source: string }): HttpSnapshot {
  return {
    status: null,
    statusText: null,
    httpVersion: null,
    headers: [],
    body: '',
    request: null,
    error: null,
    bareCode: null,
    warnings: [],
    ...partial,
  };
}

/** Reads `Name: value` lines (with folded continuations) until the first line that is not a header. */
export function readHeaderLines(lines: readonly string[], start: number): { headers: HeaderPair[]; next: number } {
  const headers: HeaderPair[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const last = headers[headers.length - 1];
    if (/^[ \t]+\S/.test(line) && last) {
      last[1] += ' ' + line.trim(); // obsolete line folding (RFC 9112 §5.2)
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    headers.push([m[1] ?? '', (m[2] ?? '').trim()]);
  }
  return { headers, next: i };
}
