/**
 * Exact phrase and code lookup inside a query: what developers paste is a title or an error line
 * that *contains* a code (`AWS HTTP error: 403 RequestTimeTooSkewed`, `Twilio error=21211`) or a
 * known message (`blocked by CORS policy`). Every code and message of an entry is stored by its
 * word sequence; a query is scanned once for every run of up to MAX_WORDS words, so the cost is
 * linear in the query and independent of the catalog size.
 */

/** Words that carry no identity on their own: dropped from keys and from the scanned query. */
const FILLER = new Set(['error', 'errors', 'err', 'code', 'http', 'https', 'status', 'exception']);
/** Words so common that a key made only of them (and of FILLER) identifies nothing. */
export const GENERIC = new Set([
  ...FILLER,
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'is',
  'it',
  'my',
  'i',
  'me',
  'and',
  'or',
  'for',
  'with',
  'from',
  'by',
  'but',
  'be',
  'are',
  'was',
  'get',
  'got',
  'getting',
  'keeps',
  'why',
  'what',
  'how',
  'does',
  'do',
  'not',
  'no',
  'bug',
  'issue',
  'problem',
  'help',
  'fix',
  'fixed',
  'when',
  'after',
  'while',
  'using',
  'use',
  'please',
  'failed',
  'fails',
  'request',
  'response',
  'api',
  'client',
  'server',
  'message',
  'invalid',
  'timeout',
  'exceeded',
  'ms',
]);
const MAX_WORDS = 8;
/** `RequestTimeTooSkewed`-style words often carry a class suffix the code itself lacks. */
const SUFFIX = /(exception|error)$/;

/** Lower-case words of letters and digits; `_`, `-`, `=`, `:`, quotes and brackets all separate. */
export function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
const isStatus = (key: string) => /^[1-5]\d\d$/.test(key);
/** `5000ms` and `120000ms` are the same message: a number with a unit becomes `#ms`. */
const unitless = (w: string) => w.replace(/^\d+(ms|s|m|h|kb|mb|gb|b)$/, '#$1');
/** `AxiosError: timeout…`, `TypeError: Failed…`: the class word before a message is often left out. */
const isClassWord = (w: string) => SUFFIX.test(w) && w.length > 5;

export interface PhraseHit {
  i: number;
  /** 0..1: provider codes 1, HTTP statuses 0.5, messages 0.6; shared keys count less */
  weight: number;
}

export class PhraseIndex {
  private readonly keys = new Map<string, { i: number; weight: number }[]>();

  /** Store one code (`kind: 'code'`) or message (`'phrase'`) of record `i`. */
  add(i: number, text: string, kind: 'code' | 'phrase'): void {
    const w = words(text)
      .filter((x) => !FILLER.has(x))
      .map(unitless);
    if (kind === 'phrase' && w.length > 2 && isClassWord(w[0]!)) this.add(i, w.slice(1).join(' '), kind);
    if (w.length === 0 || w.length > MAX_WORDS) return;
    if (w.every((x) => GENERIC.has(x))) return;
    const key = w.join(' ');
    if (kind === 'phrase' && w.length < 2 && key.length < 6) return;
    const weight = kind === 'phrase' ? 0.6 : isStatus(key) ? 0.5 : 1;
    this.put(key, i, weight);
    // `missing_scope` is also typed `MissingScope`: keep the joined spelling of multi-word codes.
    if (kind === 'code' && w.length > 1) this.put(w.join(''), i, weight);
  }

  private put(key: string, i: number, weight: number) {
    const list = this.keys.get(key);
    if (!list) this.keys.set(key, [{ i, weight }]);
    else if (!list.some((x) => x.i === i)) list.push({ i, weight });
  }

  /** Every record whose code or message occurs in the query, with its best weight. */
  lookup(query: string): PhraseHit[] {
    const w = words(query.slice(0, 400))
      .filter((x) => !FILLER.has(x))
      .map(unitless);
    const best = new Map<number, number>();
    const take = (key: string, longBonus: number) => {
      const list = this.keys.get(key);
      if (!list) return;
      const share = 1 / Math.sqrt(list.length);
      for (const { i, weight } of list) {
        const s = weight * share + longBonus;
        if (s > (best.get(i) ?? 0)) best.set(i, s);
      }
    };
    for (let s = 0; s < w.length; s++) {
      for (let n = 1; n <= MAX_WORDS && s + n <= w.length; n++) take(w.slice(s, s + n).join(' '), 0.03 * (n - 1));
      const one = w[s]!;
      if (SUFFIX.test(one) && one.length > 12) take(one.replace(SUFFIX, ''), 0);
    }
    return [...best].map(([i, weight]) => ({ i, weight }));
  }
}
