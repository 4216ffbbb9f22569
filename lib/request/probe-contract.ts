import { z } from 'zod';
import type { Diagnosis } from '../diagnose/types';

/**
 * The probe's request and response shapes. Shared by the playground (client-side
 * validation) and the route (`POST /api/probe`), so both reject the same inputs.
 */

/** Methods the probe sends. CONNECT and TRACE are left out: neither helps debug an API. */
export const PROBE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type ProbeMethod = (typeof PROBE_METHODS)[number];

/** Hard limits; the route enforces them, the playground shows them. */
export const PROBE_LIMITS = {
  maxTimeoutMs: 30_000,
  defaultTimeoutMs: 15_000,
  maxRequestBodyBytes: 1024 * 1024,
  maxRedirects: 5,
  maxRequestHeaders: 100,
} as const;

// RFC 9110 §5.6.2 token characters.
const headerName = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "Header names may only contain letters, digits and !#$%&'*+.^_`|~-");
// A CR or LF would let a value smuggle a second header; NUL is never valid.
const headerValue = z
  .string()
  .max(16_384)
  .regex(/^[^\r\n\0]*$/, 'Header values cannot contain line breaks');

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export const ProbeRequestSchema = z
  .object({
    method: z.enum(PROBE_METHODS),
    url: z
      .string()
      .trim()
      .min(1, 'Enter a URL')
      .max(8_192)
      .refine(isHttpUrl, 'Enter an absolute http:// or https:// URL'),
    /** `[name, value]` pairs (order and repeats kept) or a plain `{ name: value }` object, as fetch's HeadersInit. */
    headers: z
      .union([
        z.array(z.tuple([headerName, headerValue])),
        z.record(headerName, headerValue).transform((o) => Object.entries(o).map(([n, v]): [string, string] => [n, v])),
      ])
      .pipe(z.array(z.tuple([z.string(), z.string()])).max(PROBE_LIMITS.maxRequestHeaders))
      .default([]),
    body: z.string().optional(),
    /** `base64` lets a client send a binary body. */
    bodyEncoding: z.enum(['utf8', 'base64']).default('utf8'),
    timeoutMs: z.number().int().min(100).max(PROBE_LIMITS.maxTimeoutMs).default(PROBE_LIMITS.defaultTimeoutMs),
    followRedirects: z.boolean().default(false),
  })
  .strict();

/** What the client sends (defaults optional). */
export type ProbeRequestInput = z.input<typeof ProbeRequestSchema>;
/** What the route works with after validation (defaults filled in). */
export type ProbeRequest = z.output<typeof ProbeRequestSchema>;

/** Outbound body size in bytes, as the route counts it for the 413 limit. */
export function requestBodyBytes(body: string | undefined, encoding: 'utf8' | 'base64'): number {
  if (!body) return 0;
  if (encoding === 'base64') return Math.floor((body.replace(/[^A-Za-z0-9+/]/g, '').length * 3) / 4);
  return new TextEncoder().encode(body).length;
}

/**
 * Phase timings of the final hop, in milliseconds. `dnsMs`, `connectMs`, `tlsMs` are
 * durations (0 when the phase did not happen, e.g. an IP literal or plain http);
 * `ttfbMs` and `totalMs` are measured from the start of the hop.
 */
export interface ProbeTimings {
  dnsMs: number;
  connectMs: number;
  tlsMs: number;
  ttfbMs: number;
  totalMs: number;
}

export interface ProbeRedirect {
  status: number;
  location: string;
}

export interface ProbeHttpResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  headers: [string, string][];
  /** Decoded body: UTF-8 text, or base64 when it is not text. */
  body: string;
  bodyEncoding: 'utf8' | 'base64';
  /** The body was cut at the size cap, or did not finish within the time limits. */
  bodyTruncated: boolean;
  /** Decoded bytes received. */
  sizeBytes: number;
  redirects: ProbeRedirect[];
  timings: ProbeTimings;
  remoteAddress: string | null;
  /** Things the probe noticed about the exchange (cut body, undecodable encoding, ...). */
  warnings: string[];
}

export type NetworkErrorKind = 'dns' | 'refused' | 'reset' | 'timeout' | 'tls' | 'other';

export interface ProbeNetworkError {
  kind: NetworkErrorKind;
  code: string;
  message: string;
}

export type ProbeResult =
  | { outcome: 'response'; response: ProbeHttpResponse; diagnosis: Diagnosis }
  | { outcome: 'network_error'; error: ProbeNetworkError; diagnosis: Diagnosis };
