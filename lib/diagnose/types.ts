import type { z } from 'zod';
import type { diagnosisSchema } from './diagnosis-schema';

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
  /**
   * The text a printed body was found in (the exception or log lines around it), bounded: the
   * body is the API's answer, and these words are read too, so nothing pasted is lost.
   */
  context?: string;
}

/**
 * The Diagnosis contract (ARCHITECTURE.md): output of lib/diagnose, /api/diagnose, the CLI and
 * /api/probe. Declared once, as the zod schema in diagnosis-schema.ts; these are its types.
 */
export type Diagnosis = z.infer<typeof diagnosisSchema>;
/** One piece of evidence behind a diagnosis. */
export type Evidence = Diagnosis['evidence'][number];
/** A catalog entry ranked for this diagnosis. */
export type EntryMatch = Diagnosis['entries'][number];
