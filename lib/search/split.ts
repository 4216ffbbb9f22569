/**
 * The index in two parts. The head (first transfer) carries what code and title queries rank
 * on: type, slug, title, one-word codes, the guide a section belongs to and the entry's category
 * and provider. The text part carries the rest (codes of several words, symptoms and other
 * keywords, summary, body, pasted-message phrases) and is fetched after, then merged.
 * Client-safe: no `node:*`.
 */
import { codeCandidates, normalizeQuery } from './query';
import { buildStringFilter, stringFilter } from './string-filter';
import type { HeadRow, SearchHeadFile, SearchRecord, SearchTextFile, TextRecord } from './search-types';

/** The head's format: a head of another (a copy cached from before a deploy) is fetched again. */
export const HEAD_VERSION: SearchHeadFile['version'] = 3;
export const isCurrentHead = (head: { version?: unknown }): head is SearchHeadFile => head.version === HEAD_VERSION;

const PREFIX = { code: '/codes/', guide: '/guides/', wizard: '/wizard/' } as const;
const urlOf = (type: SearchRecord['type'], slug: string) => `${PREFIX[type]}${slug}`;
const TYPE_OF = { c: 'code', g: 'guide', w: 'wizard' } as const;
const LETTER_OF = { code: 'c', guide: 'g', wizard: 'w' } as const;

/** The title's words in kebab case: a slug that is the first n of them is sent as n (exact, or not at all). */
const titleWords = (title: string) =>
  title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
function packSlug(slug: string, title: string): string | number {
  const n = slug.split('-').length;
  return titleWords(title).slice(0, n).join('-') === slug ? n : slug;
}
const unpackSlug = (slug: string | number, title: string) =>
  typeof slug === 'number' ? titleWords(title).slice(0, slug).join('-') : slug;

/**
 * A code the head carries: one word, as people type a code (`429`, `invalid_grant`, `AADSTS50058`).
 * Codes of several words are mostly messages (`The security token included in the request is
 * invalid`) or repeat the title's words (`braintree 2004`); they make up half the codes' bytes
 * and come with the full text, like the other pasted-message phrases.
 */
const inHead = (code: string) => !/\s/.test(code);

const SEP = ' · ';
/** `Rate limited · Stripe` → [`Rate limited`, `Stripe`]: a category and a provider repeat far more often than their pairs. */
function labelParts(label: string | undefined): [string | undefined, string | undefined] {
  const at = label ? label.indexOf(SEP) : -1;
  return label && at > 0 && at + SEP.length < label.length
    ? [label.slice(0, at), label.slice(at + SEP.length)]
    : [label, undefined];
}

/** A table of distinct strings that rows point at by 1-based index (0: none). */
function table() {
  const list: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string | undefined): number => {
    if (!s) return 0;
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = list.push(s)));
    return i;
  };
  return { list, ref };
}

/** Split full records into the head (without its version and text URL) and the text part's rows (same order). */
export function splitRecords(records: readonly SearchRecord[]): {
  head: Omit<SearchHeadFile, 'version' | 'text'>;
  text: TextRecord[];
} {
  const labels = table();
  const parents = table();
  const rows: HeadRow[] = [];
  const urls: Record<number, string> = {};
  const text: TextRecord[] = [];
  records.forEach((r, i) => {
    const slug = r.id.slice(r.type.length + 1);
    const codes = r.codes.filter(inHead);
    const [kind, by] = labelParts(r.label);
    const row: HeadRow = [
      packSlug(slug, r.title),
      r.title,
      codes.length > 0 ? codes.join(' ') : 0,
      labels.ref(kind),
      labels.ref(by),
      parents.ref(r.parent),
    ];
    while (row.length > 2 && row[row.length - 1] === 0) row.pop();
    rows.push(row);
    if (r.url !== urlOf(r.type, slug)) urls[i] = r.url;
    const t: TextRecord = {};
    if (r.keywords && r.keywords !== (r.label ?? '')) t.keywords = r.keywords;
    if (r.summary) t.summary = r.summary;
    if (r.body) t.body = r.body;
    if (r.phrases) t.phrases = r.phrases;
    if (codes.length !== r.codes.length) t.codes = r.codes.map((c) => (inHead(c) ? 0 : c));
    text.push(t);
  });
  const moved = records.flatMap((r) => r.codes.filter((c) => !inHead(c)).map(normalizeQuery));
  const head = {
    moved: buildStringFilter(moved),
    types: records.map((r) => LETTER_OF[r.type]).join(''),
    labels: labels.list,
    parents: parents.list,
    rows,
  };
  return { head: Object.keys(urls).length > 0 ? { ...head, urls } : head, text };
}

/** Records from the head alone: searchable by code and title; no summary, body or phrases yet. */
export function headRecords(head: SearchHeadFile): SearchRecord[] {
  return head.rows.map(([packed, title, codes, kind = 0, by = 0, parent = 0], i) => {
    const type = TYPE_OF[head.types[i] as keyof typeof TYPE_OF];
    const slug = unpackSlug(packed, title);
    const label = by > 0 ? `${head.labels[kind - 1]}${SEP}${head.labels[by - 1]}` : head.labels[kind - 1];
    const r: SearchRecord = {
      id: `${type}:${slug}`,
      type,
      title,
      url: head.urls?.[i] ?? urlOf(type, slug),
      codes: codes ? codes.split(' ') : [],
      keywords: label ?? '',
      summary: '',
      body: '',
    };
    if (parent > 0) r.parent = head.parents[parent - 1];
    if (label) r.label = label;
    return r;
  });
}

/**
 * Whether `query` may be a code the head leaves to the text part (one of several words): the full
 * index would put its entry first, so the head's answer to it is not final.
 */
export function leftToText(head: SearchHeadFile): (query: string) => boolean {
  const maybe = stringFilter(head.moved);
  return (query) => codeCandidates(query).some((c) => /\s/.test(c) && maybe(c));
}

/** The text part's codes with each 0 replaced by the head's next code: the record's codes in their order. */
function fillIn(codes: readonly (string | 0)[], fromHead: readonly string[]): string[] {
  let next = 0;
  return codes.map((c) => (c === 0 ? (fromHead[next++] ?? '') : c));
}

/** The head's records completed by the text part; null when the text part belongs to another build. */
export function mergeRecords(head: SearchHeadFile, text: SearchTextFile): SearchRecord[] | null {
  if (text.head !== hashOfTextUrl(head.text) || text.records.length !== head.rows.length) return null;
  return headRecords(head).map((r, i) => {
    const t = text.records[i]!;
    const m: SearchRecord = {
      ...r,
      codes: t.codes ? fillIn(t.codes, r.codes) : r.codes,
      keywords: t.keywords ?? r.keywords,
      summary: t.summary ?? '',
      body: t.body ?? '',
    };
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
    head: { version: HEAD_VERSION, text: textUrl(hash), ...head },
    text: { version: HEAD_VERSION, head: hash, records: text },
    hash,
  };
}
