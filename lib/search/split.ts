/**
 * The index in two parts. The head (first transfer) carries what code and title queries rank
 * on: type, slug, title, codes, the guide a section belongs to and the entry's category and
 * provider. The text part carries the rest (symptoms and other keywords, summary, body, pasted-
 * message phrases) and is fetched after, then merged. Client-safe: no `node:*`.
 */
import type { HeadRecord, SearchHeadFile, SearchHit, SearchRecord, SearchTextFile, TextRecord } from './search-types';

const PREFIX = { code: '/codes/', guide: '/guides/', wizard: '/wizard/' } as const;
const urlOf = (type: SearchRecord['type'], slug: string) => `${PREFIX[type]}${slug}`;

/** Split full records into the head's and the text part's rows (same order). */
export function splitRecords(records: readonly SearchRecord[]): { head: HeadRecord[]; text: TextRecord[] } {
  const head: HeadRecord[] = [];
  const text: TextRecord[] = [];
  for (const r of records) {
    const slug = r.id.slice(r.type.length + 1);
    const h: HeadRecord = { type: r.type, slug, title: r.title };
    if (r.codes.length > 0) h.codes = r.codes;
    if (r.parent) h.parent = r.parent;
    if (r.label) h.label = r.label;
    if (r.url !== urlOf(r.type, slug)) h.url = r.url;
    head.push(h);
    const t: TextRecord = {};
    if (r.keywords && r.keywords !== (r.label ?? '')) t.keywords = r.keywords;
    if (r.summary) t.summary = r.summary;
    if (r.body) t.body = r.body;
    if (r.phrases) t.phrases = r.phrases;
    text.push(t);
  }
  return { head, text };
}

/** Records from the head alone: searchable by code and title; no summary, body or phrases yet. */
export function headRecords(head: SearchHeadFile): SearchRecord[] {
  return head.records.map((h) => {
    const r: SearchRecord = {
      id: `${h.type}:${h.slug}`,
      type: h.type,
      title: h.title,
      url: h.url ?? urlOf(h.type, h.slug),
      codes: h.codes ?? [],
      keywords: h.label ?? '',
      summary: '',
      body: '',
    };
    if (h.parent) r.parent = h.parent;
    if (h.label) r.label = h.label;
    return r;
  });
}

/** The head's records completed by the text part; null when the text part belongs to another build. */
export function mergeRecords(head: SearchHeadFile, text: SearchTextFile): SearchRecord[] | null {
  if (text.head !== hashOfTextUrl(head.text) || text.records.length !== head.records.length) return null;
  return headRecords(head).map((r, i) => {
    const t = text.records[i]!;
    const m: SearchRecord = { ...r, keywords: t.keywords ?? r.keywords, summary: t.summary ?? '', body: t.body ?? '' };
    if (t.phrases) m.phrases = t.phrases;
    return m;
  });
}

/** The text part's hash is named in the head's `text` URL: `/search-text/<hash>`. */
export const textUrl = (hash: string) => `/search-text/${hash}`;
export const hashOfTextUrl = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/** Both static files of an index; `hashOf` names the content (sha256 on the server: kept out of client code). */
export function indexFiles(
  records: readonly SearchRecord[],
  hashOf: (content: string) => string,
): { head: SearchHeadFile; text: SearchTextFile; hash: string } {
  const { head, text } = splitRecords(records);
  const hash = hashOf(JSON.stringify([head, text]));
  return {
    head: { version: 2, text: textUrl(hash), records: head },
    text: { version: 2, head: hash, records: text },
    hash,
  };
}

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
 * code, or one code-shaped token the typo-tolerant pass matched) and title queries (every word
 * of the query is in the first result's title or codes, give or take a prefix or one typo).
 * Anything else waits for the full text, so a result, once shown for a query, is never replaced.
 */
export function headSuffices(query: string, hits: readonly SearchHit[]): boolean {
  const top = hits[0];
  if (!top) return false;
  if (top.via === 'exact') return true;
  if (top.via === 'fuzzy' && codeShaped(query)) return true;
  const have = wordsOf([top.record.title, ...top.record.codes].join(' '));
  const want = wordsOf(query);
  const found = (w: string) =>
    have.some((h) => h === w || (w.length >= 4 && h.startsWith(w)) || (w.length >= 5 && oneEdit(w, h)));
  return want.length > 0 && want.every(found);
}
