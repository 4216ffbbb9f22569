import type { ProbeMethod } from './probe-contract';

/**
 * A request as the playground edits it, and as importers (curl, HAR) produce it and
 * exporters (curl, fetch, Python) consume it. Pure data.
 */
export interface RequestDraft {
  method: ProbeMethod;
  url: string;
  headers: [string, string][];
  body: string;
  followRedirects: boolean;
  timeoutMs: number | null;
}

/** An imported request plus what the importer could not carry over. */
export interface ImportResult {
  draft: RequestDraft;
  /** Things the user should know: ignored options (`-k` is reported, not honoured), unreadable files, ... */
  notes: string[];
}

export const emptyDraft = (): RequestDraft => ({
  method: 'GET',
  url: '',
  headers: [],
  body: '',
  followRedirects: false,
  timeoutMs: null,
});

/** First value of a header, case-insensitively. */
export function draftHeader(draft: Pick<RequestDraft, 'headers'>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return draft.headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** Set (or, with `value` null, remove) a header, keeping the position of an existing one. */
export function setHeader(headers: [string, string][], name: string, value: string | null): [string, string][] {
  const lower = name.toLowerCase();
  const index = headers.findIndex(([n]) => n.toLowerCase() === lower);
  const rest = headers.filter(([n]) => n.toLowerCase() !== lower);
  if (value === null) return rest;
  const out = [...rest];
  out.splice(index < 0 ? out.length : index, 0, [index < 0 ? name : (headers[index]?.[0] ?? name), value]);
  return out;
}

const METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function asMethod(value: string): ProbeMethod | null {
  const upper = value.toUpperCase();
  return METHODS.includes(upper) ? (upper as ProbeMethod) : null;
}
