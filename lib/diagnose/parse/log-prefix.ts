/**
 * A paste copied from a log viewer carries the logger's prefix on every line (Heroku's
 * `2012-05-11T20:35:22+00:00 app[web.1]: `, docker compose's `web_1  | `, a CI runner's
 * timestamp). What the program printed is what follows it, and a printed object or response
 * spread over those lines only reads as one once the prefixes are gone.
 */

/**
 * An ISO timestamp, then an optional `source[instance]:` tag; a Java `Date` timestamp and a
 * colon (API Gateway's test-invoke log: `Wed Nov 02 10:19:35 UTC 2022 : `); or a compose
 * service column (`web_1  | `).
 */
const PREFIX =
  /^(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\]?[ \t]+(?:[\w.-]{1,40}\[[\w.-]{1,40}\]:[ \t]?)?|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [A-Z]{2,5} \d{4} : |(?<column>[\w.-]{1,40}[ \t]+\|[ \t]?))/;
/** Lines looked at: a prefix is the same kind on all of them or the text is left alone. */
const MAX_LINES = 2000;

/** The text without its log prefixes, when at least three lines carry one and every non-empty line does. */
export function stripLogPrefixes(text: string): string {
  if (text.length > 1_048_576) return text;
  // Most pastes fail on their first line: no split for them.
  const start = text.trimStart();
  const eol = start.indexOf('\n');
  if (!PREFIX.test(eol < 0 ? start : start.slice(0, eol))) return text;
  const lines = text.split('\n', MAX_LINES + 1);
  if (lines.length < 3 || lines.length > MAX_LINES) return text;
  let kind: string | null = null;
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      out.push(line);
      continue;
    }
    const m = PREFIX.exec(line);
    if (!m) return text;
    // One logger's lines: all timestamps, or all compose columns of the same width.
    const k = m.groups?.column !== undefined ? `column:${m[0].length}` : 'time';
    if (kind !== null && k !== kind) return text;
    kind = k;
    out.push(line.slice(m[0].length));
  }
  return out.join('\n');
}
