/** One searchable thing: a catalog entry, a guide section or a wizard tree. */
export interface SearchRecord {
  id: string;
  type: 'code' | 'guide' | 'wizard';
  title: string;
  url: string;
  /** exact strings that identify it (entry codes); empty for guides and trees */
  codes: string[];
  /** short phrases: symptoms, provider name, category label */
  keywords: string;
  /** one or two sentences shown under the title */
  summary: string;
  /** longer text for full-text matching (guide section body); not shown */
  body: string;
  /** messages that identify it when pasted (symptoms, literal body patterns, extra codes); not shown */
  phrases?: string[];
  /** the guide a section belongs to, shown as context */
  parent?: string;
  /** a catalog entry's category and provider (`Rate limited · Stripe`): shown until the summary has arrived */
  label?: string;
}

/**
 * The first transfer (`/search-index.json`): per record only what code and title queries need,
 * as one short row per record (no member names repeated 5,000 times), with labels and guide
 * titles as indexes into small tables. `text` names the full-text part's URL.
 */
export interface SearchHeadFile {
  version: 3;
  /** URL of the full-text part (content-hashed, so it can be cached for good) */
  text: string;
  /**
   * The codes of several words the text part carries (normalized), as a Bloom filter
   * (`string-filter.ts`): a query that may be one of them waits for the text.
   */
  moved: string;
  /** one letter per record, in order: `c` catalog entry, `g` guide or guide section, `w` wizard tree */
  types: string;
  /** the distinct labels (`Rate limited · Stripe`) rows point at, 1-based (0: none) */
  labels: string[];
  /** the distinct guide titles that sections belong to, 1-based (0: none) */
  parents: string[];
  rows: HeadRow[];
  /** by record index: URLs that are not the type's prefix + slug */
  urls?: Record<number, string>;
}
/**
 * One record of the head. `slug` is the id without its `type:` prefix (`http-429`,
 * `rate-limits#backoff`), or a number n when it is the first n words of the title in kebab case
 * (`Slack: already_in_channel` → 3 → `slack-already-in-channel`). `codes` are the one-word codes,
 * space-separated (`ECONNRESET ERR_CONNECTION_RESET`); codes of several words (messages,
 * `braintree 2004`) come with the text. Trailing empty members (0) are left off.
 */
export type HeadRow = [
  slug: string | number,
  title: string,
  codes?: string | 0,
  /** the label's first part (the category) */
  kind?: number,
  /** the rest of the label (the provider) */
  by?: number,
  parent?: number,
];

/** The full-text part, loaded after the first: one row per head record, in the same order. */
export interface SearchTextFile {
  version: 3;
  /** the hash in its URL, which the head it completes names: a text part never merges into another build's head */
  head: string;
  records: TextRecord[];
}
export interface TextRecord {
  keywords?: string;
  summary?: string;
  body?: string;
  phrases?: string[];
  /** the record's codes in order when the head has only some (its one-word codes): those are 0 here */
  codes?: (string | 0)[];
}

/** A ranked result, with the words to highlight. */
export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** how it matched: `exact` code, `text` (full-text), `fuzzy` (typo-tolerant code/title) */
  via: 'exact' | 'text' | 'fuzzy';
  terms: string[];
}
