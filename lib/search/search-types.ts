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
 * The first transfer (`/search-index.json`): per record only what code and title queries need.
 * `id` and `url` are derived from `type` + `slug`; `text` names the full-text part's URL.
 */
export interface SearchHeadFile {
  version: 2;
  /** URL of the full-text part (content-hashed, so it can be cached for good) */
  text: string;
  records: HeadRecord[];
}
export interface HeadRecord {
  type: SearchRecord['type'];
  /** the id without its `type:` prefix (`http-429`, `rate-limits#backoff`) */
  slug: string;
  title: string;
  codes?: string[];
  parent?: string;
  label?: string;
  /** only when the URL is not the one derived from type and slug */
  url?: string;
}

/** The full-text part, loaded after the first: one row per head record, in the same order. */
export interface SearchTextFile {
  version: 2;
  /** the hash in its URL, which the head it completes names: a text part never merges into another build's head */
  head: string;
  records: TextRecord[];
}
export interface TextRecord {
  keywords?: string;
  summary?: string;
  body?: string;
  phrases?: string[];
}

/** A ranked result, with the words to highlight. */
export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** how it matched: `exact` code, `text` (full-text), `fuzzy` (typo-tolerant code/title) */
  via: 'exact' | 'text' | 'fuzzy';
  terms: string[];
}
