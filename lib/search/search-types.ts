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
}

/** The static index file: records plus the version of its shape. */
export interface SearchIndexFile {
  version: 1;
  records: SearchRecord[];
}

/** A ranked result, with the words to highlight. */
export interface SearchHit {
  record: SearchRecord;
  score: number;
  /** how it matched: `exact` code, `text` (full-text), `fuzzy` (typo-tolerant code/title) */
  via: 'exact' | 'text' | 'fuzzy';
  terms: string[];
}
