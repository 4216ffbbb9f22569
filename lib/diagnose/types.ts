import type { Category } from './categories';

/** A header as received: original name, raw value. Order and duplicates are kept. */
export type HeaderPair = [name: string, value: string];

/** The request that produced a response, when the input shows it (curl -v `>` lines, HAR, probe). */
export interface SnapshotRequest {
  method: string | null;
  url: string | null;
  headers: HeaderPair[];
}

/** A transport-level failure: nothing (or no complete response) came back. */
export interface SnapshotError {
  kind: 'dns' | 'refused' | 'reset' | 'timeout' | 'tls' | 'other';
  /** Node/undici code (`ECONNRESET`), `curl_60`, Python class name, ... or null */
  code: string | null;
  message: string;
}

/**
 * What the engine classifies: one HTTP exchange (or failure), however it was obtained —
 * parsed from a paste, read from a HAR entry, or recorded by the probe route.
 */
export interface HttpSnapshot {
  status: number | null;
  statusText: string | null;
  httpVersion: string | null;
  headers: HeaderPair[];
  /** Response body as text (possibly truncated; see warnings). */
  body: string;
  request: SnapshotRequest | null;
  error: SnapshotError | null;
  /** A bare code or token the user pasted on its own (`invalid_grant`, `ECONNRESET`). */
  bareCode: string | null;
  /** How the input was read, e.g. `raw-http`, `curl-verbose`, `har`, `json-envelope`, `devtools`, `body`, `code`, `error-text`, `probe`. */
  source: string;
  /** What could not be read: truncated input, binary data, malformed JSON, ... */
  warnings: string[];
}

/** One piece of evidence behind a diagnosis. */
export interface Evidence {
  from: 'status' | 'header' | 'body' | 'token';
  detail: string;
}

/** A catalog entry ranked for this diagnosis. */
export interface EntryMatch {
  slug: string;
  title: string;
  score: number;
}

/** The Diagnosis contract (ARCHITECTURE.md): output of lib/diagnose, /api/diagnose, the CLI and /api/probe. */
export interface Diagnosis {
  category: Category;
  confidence: number;
  status: number | null;
  provider: string | null;
  providerCode: string | null;
  retryable: boolean;
  retryAfterSeconds: number | null;
  requestId: string | null;
  summary: string;
  causes: string[];
  fixes: string[];
  evidence: Evidence[];
  entries: EntryMatch[];
}
