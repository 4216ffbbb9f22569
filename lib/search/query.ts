/** Case-insensitive, trimmed, surrounding quotes removed: how codes are compared. */
export function normalizeQuery(q: string): string {
  return q
    .trim()
    .replace(/^["'`“”‘’]+|["'`“”‘’]+$/g, '')
    .trim()
    .toLowerCase();
}

const CODE_PREFIX = /^(?:http(?:\s+status)?|status(?:\s+code)?|error(?:\s+code)?|code|err)[\s:#-]*(?=\S)/i;

/**
 * The code a query names, if it is one: `429`, `"invalid_grant"`, `HTTP 429`,
 * `error 401`, `status code 503`. Returns the candidates to try as exact codes.
 */
export function codeCandidates(q: string): string[] {
  const n = normalizeQuery(q);
  if (!n) return [];
  const stripped = n.replace(CODE_PREFIX, '').trim();
  return [...new Set([n, stripped].filter((s) => s.length > 0))];
}

/**
 * Does the query look like a pasted response rather than a search? A status line, a JSON
 * body with an error, several header lines, a curl -v dump or a stack trace.
 */
export function looksLikeResponse(q: string): boolean {
  const t = q.trim();
  if (t.length < 12) return false;
  if (/^HTTP\/[\d.]+\s+\d{3}/m.test(t)) return true;
  if (/^[<>*] /m.test(t) && t.includes('\n')) return true;
  if (/^\s*[[{]/.test(t) && /"(error|errors|message|code|detail|ok)"\s*:/.test(t)) return true;
  const headerLines = t.split('\n').filter((l) => /^[A-Za-z][\w-]*:\s+\S/.test(l.trim()));
  return headerLines.length >= 2;
}

/** Words worth highlighting: the query's tokens of two characters or more. */
export function queryTerms(q: string): string[] {
  return [
    ...new Set(
      normalizeQuery(q)
        .split(/[^\p{L}\p{N}_.-]+/u)
        .filter((w) => w.length >= 2),
    ),
  ];
}
