/**
 * When a result computed from the index's first part (codes and titles) is final. Client-safe.
 */
import type { SearchHit } from './search-types';

/** One token with a digit, `_`, `-`, `.` or an inner capital: `ECONNRESTE`, `invlid_grant`, `AADSTS5005`. */
const codeShaped = (q: string) => /^\S+$/.test(q.trim()) && /[\d_.-]|[a-z][A-Z]|^[A-Z]{4,}$/.test(q.trim());
const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** At most one edit (insert, delete, substitute) apart: the typo MiniSearch forgives in words of 5+ letters. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => a.slice(i + x.length) === b.slice(i + y.length);
  return rest('x', 'x') || rest('x', '') || rest('', 'x');
}

/**
 * Is a result computed from the head alone final? Yes for code queries (the whole query is a
 * one-word code, or one code-shaped token the typo-tolerant pass matched) and title queries
 * (every word of the query is in the first result's title or codes, give or take a prefix or one
 * typo, and no other result's title is the query). Never when the query may be a code of several
 * words (`leftToText`: those are in the text part, and the full index would put their entry
 * first). Anything else waits for the full text, so a result, once shown for a query, is never replaced.
 */
export function headSuffices(
  query: string,
  hits: readonly SearchHit[],
  leftToText: (query: string) => boolean,
): boolean {
  const top = hits[0];
  if (!top || leftToText(query)) return false;
  if (top.via === 'exact') return true;
  if (top.via === 'fuzzy' && codeShaped(query)) return true;
  const want = wordsOf(query);
  if (want.length === 0 || !covers(top, want)) return false;
  // Another result's title is the query (`Box: 404 trashed` below `Box: 404 not_trashed`): the text decides.
  return !hits.slice(1).some((h) => isTitleOf(h, want));
}

/** The query is the hit's title, give or take a prefix or one typo per word. */
function isTitleOf(hit: SearchHit, want: readonly string[]): boolean {
  const title = wordsOf(hit.record.title);
  return title.length === want.length && want.every((w, i) => like(w, title[i]!));
}

/** A query word matches a word of a title or code: the same, a prefix of it, or one typo away. */
const like = (w: string, h: string) =>
  h === w || (w.length >= 4 && h.startsWith(w)) || (w.length >= 5 && oneEdit(w, h));

/** Every word is in the hit's title or codes. */
function covers(hit: SearchHit, want: readonly string[]): boolean {
  const have = wordsOf([hit.record.title, ...hit.record.codes].join(' '));
  return want.every((w) => have.some((h) => like(w, h)));
}
