/** The lenient reader's position in the text, plus what it has learnt along the way. */
export class Cursor {
  i: number;
  steps = 0;
  truncated = false;
  /** line breaks accepted inside single-quoted strings so far (a terminal that wrapped a printed dict) */
  wraps = 0;
  /** signs of the printer: `single` quotes, `bare-key`s, `python`, `node`, `ruby`, `lenient` JSON */
  readonly flags = new Set<string>();

  constructor(
    readonly text: string,
    start: number,
    readonly limit: number,
  ) {
    this.i = start;
  }

  atEnd(): boolean {
    return this.i >= this.limit;
  }

  peek(ahead = 0): string {
    const k = this.i + ahead;
    return k < this.limit ? (this.text[k] ?? '') : '';
  }

  /** Matches a sticky regex at the cursor and moves past it; the patterns are bounded, so this is O(1). */
  take(re: RegExp): string | null {
    re.lastIndex = this.i;
    const m = re.exec(this.text);
    if (!m || m.index !== this.i || m[0] === '' || this.i + m[0].length > this.limit) return null;
    this.i += m[0].length;
    this.steps += m[0].length;
    return m[0];
  }

  /** Whitespace and comments (`// …`, `/* … *\/`, which JSON5-ish configs and JS printouts carry). */
  skipSpace(): void {
    while (this.i < this.limit) {
      this.steps++;
      const ch = this.text[this.i];
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\u00a0') {
        this.i++;
      } else if (ch === '/' && this.text[this.i + 1] === '/') {
        const nl = this.text.indexOf('\n', this.i);
        this.flags.add('lenient');
        const to = nl < 0 || nl > this.limit ? this.limit : nl;
        this.steps += to - this.i; // indexOf looked at every character it skipped
        this.i = to;
      } else if (ch === '/' && this.text[this.i + 1] === '*') {
        const close = this.text.indexOf('*/', this.i + 2);
        this.flags.add('lenient');
        const to = close < 0 || close > this.limit ? this.limit : close + 2;
        this.steps += to - this.i;
        this.i = to;
      } else return;
    }
  }

  /**
   * After an item: `,` (then maybe the closer: a trailing comma), the closer itself, or the
   * end of the input. Anything else means this was not a printed value after all.
   */
  afterItem(close: string): 'more' | 'close' | 'trailing' | 'end' | 'fail' {
    this.skipSpace();
    if (this.atEnd()) return 'end';
    const ch = this.peek();
    if (ch === close) return 'close';
    if (ch !== ',') return 'fail';
    this.i++;
    this.skipSpace();
    if (this.atEnd()) return 'end';
    return this.peek() === close ? 'trailing' : 'more';
  }

  /** The input ended inside a container: keep what was complete and say so. */
  cut<T>(partial: T): T {
    this.truncated = true;
    return partial;
  }
}
