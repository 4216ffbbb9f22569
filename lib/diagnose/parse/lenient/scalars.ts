/** The lenient reader's scalars: strings in every quoting the printers use, and numbers. */
import type { Cursor } from './cursor';

/** A read that ran into the end of the input: the value may have been longer. */
export const INCOMPLETE = Symbol('incomplete');
/** A read that found something no printer writes: the text is not a printed value. */
export const FAIL = Symbol('fail');
const NUMBER = /-?(?:0[xX][\da-fA-F_]{1,40}|(?:\d[\d_]{0,40})?(?:\.\d{1,40})?(?:[eE][+-]?\d{1,5})?)n?/y;

/** Node splits long strings over lines: `'first part ' +\n    'second part'`. */
export function readJoined(c: Cursor): unknown {
  let out = readString(c);
  while (typeof out === 'string') {
    const back = c.i;
    c.skipSpace();
    if (c.peek() !== '+') {
      c.i = back;
      return out;
    }
    c.i++;
    c.skipSpace();
    const q = c.peek();
    if (q !== "'" && q !== '"' && q !== '`') return c.atEnd() ? out : FAIL;
    c.flags.add('node');
    const next = readString(c);
    if (typeof next !== 'string') return c.atEnd() ? out : next;
    out += next;
  }
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

export function readString(c: Cursor): unknown {
  const quote = c.peek();
  if (quote === "'") c.flags.add('single');
  c.i++;
  let out = '';
  let from = c.i;
  while (c.i < c.limit) {
    c.steps++;
    const ch = c.text[c.i];
    if (ch === quote) {
      out += c.text.slice(from, c.i);
      c.i++;
      return out;
    }
    if (ch === '\\') {
      out += c.text.slice(from, c.i);
      const e = c.text[c.i + 1] ?? '';
      if (e === 'u' && /^[\da-fA-F]{4}$/.test(c.text.slice(c.i + 2, c.i + 6))) {
        out += String.fromCharCode(parseInt(c.text.slice(c.i + 2, c.i + 6), 16));
        c.i += 6;
      } else if (e === 'x' && /^[\da-fA-F]{2}$/.test(c.text.slice(c.i + 2, c.i + 4))) {
        out += String.fromCharCode(parseInt(c.text.slice(c.i + 2, c.i + 4), 16));
        c.i += 4;
      } else {
        out += ESCAPES[e] ?? e;
        c.i += 2;
      }
      from = c.i;
      continue;
    }
    // A newline ends a single-quoted Python/Node string only by mistake (the text is not a printed
    // value), or where a terminal or the reporter wrapped a long line: then the string closes soon
    // after, right before a separator. A few such wraps are accepted, each looked ahead once.
    if (ch === '\n' && quote !== '`' && quote !== '"' && !wrapped(c, quote)) return FAIL;
    c.i++;
  }
  c.truncated = true;
  return INCOMPLETE;
}

/** Max line breaks accepted inside single-quoted strings per value, and how far the closing quote may be. */
const MAX_WRAPS = 8;
const WRAP_REACH = 2000;

function wrapped(c: Cursor, quote: string): boolean {
  if (c.wraps >= MAX_WRAPS) return false;
  c.wraps++;
  const reach = c.text.slice(c.i, Math.min(c.limit, c.i + WRAP_REACH));
  const close = reach.indexOf(quote);
  c.steps += close < 0 ? reach.length : close;
  if (close < 0) return false;
  return /^\s{0,20}(?:[,:}\]]|$)/.test(c.text.slice(c.i + close + 1, c.i + close + 24));
}

export function readNumber(c: Cursor): unknown {
  const raw = c.take(NUMBER);
  if (raw === null || raw === '' || raw === '-' || raw === '.') return FAIL;
  if (c.atEnd()) return INCOMPLETE; // `"code": 12` at the end may have been `123`
  const n = Number(raw.replace(/_/g, '').replace(/n$/, ''));
  return Number.isFinite(n) ? n : raw;
}
