import 'server-only';
/** The probe's limits. Tests inject shorter ones; the route uses the defaults. */
export interface ProbeLimits {
  /** DNS + TCP + TLS together. */
  connectTimeoutMs: number;
  /** From sending the request to the end of the response headers. */
  headersTimeoutMs: number;
  /** Longest silence allowed between two body chunks. */
  bodyIdleTimeoutMs: number;
  /** Whole probe, redirects included; the request's `timeoutMs` can only lower it. */
  totalTimeoutMs: number;
  /** Decoded response body cap. */
  maxBodyBytes: number;
  maxResponseHeaders: number;
  /** Size cap of the response head (status line + headers). */
  maxResponseHeaderBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: ProbeLimits = {
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 10_000,
  bodyIdleTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBodyBytes: 5 * 1024 * 1024,
  maxResponseHeaders: 100,
  maxResponseHeaderBytes: 64 * 1024,
  maxRedirects: 5,
};
