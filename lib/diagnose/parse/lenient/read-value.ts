/**
 * A forgiving reader for what languages print instead of JSON: Python repr (`{'ok': False}`),
 * Node's util.inspect (`{ error: { code: 'x' } }`, `[Object]`, `... 3 more items`), Ruby's
 * inspect (`{"error"=>"unauthorized", :code=>nil}`), JSON with comments or trailing commas,
 * and JSON cut off part way. One pass, each character looked at a bounded number of times,
 * so it stays linear on megabytes of adversarial input; it never throws.
 */
import { Cursor } from './cursor';
import { FAIL, INCOMPLETE, readJoined, readNumber, readString } from './scalars';

/** Which printer the text came from, as far as the reader could tell. */
export type LenientFormat = 'json' | 'json-lenient' | 'python' | 'node' | 'ruby';

export interface LenientValue {
  value: unknown;
  /** index just past the value */
  end: number;
  /** the input ended inside the value: only its complete members were kept */
  truncated: boolean;
  format: LenientFormat;
  /** loop steps taken: the property tests check these grow linearly with the input */
  steps: number;
}

/** Nesting deeper than this is not a printed response; the reader gives up instead of recursing on. */
const MAX_DEPTH = 96;
type Read = unknown;

const LITERALS: Record<string, unknown> = {
  true: true,
  false: false,
  null: null,
  True: true,
  False: false,
  None: null,
  nil: null,
  undefined: null,
  NaN: null,
  Infinity: null,
};
/** Node's placeholders for what it did not print: `[Object]`, `[Array]`, `[Function: f]`, `[Circular *1]`, `[Getter]`. */
const NODE_PLACEHOLDER =
  /\[(?:Object|Array|Function|AsyncFunction|Circular|Getter|Setter|Getter\/Setter|class|Symbol)\b[^[\]\n]{0,120}\]/y;
/** `[Object: null prototype] {`: a prefix before an object. */
const NULL_PROTO = /\[Object: null prototype\]\s*/y;
const REF = /<ref \*\d{1,6}>\s*/y;
const MORE_ITEMS = /\.\.\.(?: \d{1,12} more (?:items?|bytes?|characters?))?/y;
/** b'…', u'…', r'…': Python string prefixes. */
const STRING_PREFIX = /^(?:[bBuUrRfF]|[bB][rR]|[rR][bB])$/;
const IDENT = /[A-Za-z_$][\w$-]{0,200}/y;

/**
 * Reads one value (object, array, string, ...) that starts at `start`; null when there is
 * none there. `cost.steps` grows by the steps taken, whether or not a value was found.
 */
export function readLenient(
  text: string,
  start = 0,
  limit = text.length,
  cost?: { steps: number },
): LenientValue | null {
  const c = new Cursor(text, start, limit);
  const value = readValue(c, 0);
  if (cost) cost.steps += c.steps + 1;
  if (value === FAIL || value === INCOMPLETE) return null;
  return { value, end: c.i, truncated: c.truncated, format: formatOf(c), steps: c.steps };
}

function formatOf(c: Cursor): LenientFormat {
  const f = c.flags;
  if (f.has('ruby')) return 'ruby';
  if (f.has('python')) return 'python';
  if (f.has('node')) return 'node';
  if (f.has('single') && !f.has('bare-key')) return 'python';
  if (f.has('single') || f.has('bare-key')) return 'node';
  return f.has('lenient') ? 'json-lenient' : 'json';
}

function readValue(c: Cursor, depth: number): Read {
  if (depth > MAX_DEPTH) return FAIL;
  c.skipSpace();
  if (c.atEnd()) return INCOMPLETE;
  if (c.take(REF)) {
    c.flags.add('node');
    c.skipSpace();
  }
  const ch = c.peek();
  if (ch === '{') return readObject(c, depth);
  if (ch === '[') {
    if (c.take(NULL_PROTO)) return readValue(c, depth + 1);
    const placeholder = c.take(NODE_PLACEHOLDER);
    if (placeholder !== null) {
      c.flags.add('node');
      return placeholder;
    }
    return readArray(c, depth, ']');
  }
  if (ch === '(') {
    c.flags.add('python');
    return readArray(c, depth, ')');
  }
  if (ch === '"' || ch === "'" || ch === '`') return readJoined(c);
  if (ch === ':' && /[A-Za-z_]/.test(c.peek(1))) {
    c.i++;
    c.flags.add('ruby');
    return c.take(IDENT);
  }
  if (ch === '-' || (ch >= '0' && ch <= '9') || ch === '.') return readNumber(c);
  const word = c.take(IDENT);
  if (word === null) return FAIL;
  if (STRING_PREFIX.test(word) && (c.peek() === "'" || c.peek() === '"')) {
    c.flags.add('python');
    return readString(c);
  }
  if (word in LITERALS) {
    if (word === 'True' || word === 'False' || word === 'None') c.flags.add('python');
    else if (word === 'nil') c.flags.add('ruby');
    else if (word === 'undefined') c.flags.add('node');
    return LITERALS[word];
  }
  c.skipSpace();
  // `AxiosHeaders {`, `Object <…> {`: a class name printed before an object (Node, Ruby structs).
  if (c.peek() === '{' || c.peek() === '[') {
    c.flags.add('node');
    return readValue(c, depth + 1);
  }
  if (c.atEnd()) return INCOMPLETE;
  // A bare word before a separator is an enum printed by name (Rust's `kind: TimedOut`, Go's `Error:invalid_auth`).
  if (c.peek() === ',' || c.peek() === '}' || c.peek() === ']') {
    c.flags.add('node');
    return word;
  }
  return FAIL;
}

function readObject(c: Cursor, depth: number): Read {
  c.i++; // {
  const out: Record<string, unknown> = {};
  for (;;) {
    c.skipSpace();
    if (c.atEnd()) return c.cut(out);
    const ch = c.peek();
    if (ch === '}') {
      c.i++;
      return out;
    }
    if (ch === ',') {
      c.i++;
      c.flags.add('lenient');
      continue;
    }
    if (c.take(MORE_ITEMS)) {
      c.flags.add('node');
      continue;
    }
    const key = readKey(c);
    if (key === INCOMPLETE) return c.cut(out);
    if (key === FAIL) return FAIL;
    const value = readValue(c, depth + 1);
    if (value === INCOMPLETE) return c.cut(out);
    if (value === FAIL) return FAIL;
    const after = c.afterItem('}');
    if (after === 'fail') return FAIL;
    // An own property even for `__proto__`, as JSON.parse makes it: a pasted key never reaches a prototype.
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    if (after === 'end') return c.cut(out);
    if (after === 'trailing') c.flags.add('lenient');
  }
}

function readKey(c: Cursor): string | typeof INCOMPLETE | typeof FAIL {
  const ch = c.peek();
  let key: unknown;
  if (ch === '"' || ch === "'" || ch === '`') key = readString(c);
  else if (ch === ':' && /[A-Za-z_]/.test(c.peek(1))) {
    c.i++;
    c.flags.add('ruby');
    key = c.take(IDENT);
  } else if (ch === '[' && c.text.startsWith('[Symbol(', c.i)) {
    key = c.take(NODE_PLACEHOLDER);
  } else if (ch === '-' || (ch >= '0' && ch <= '9')) key = readNumber(c);
  else {
    key = c.take(IDENT);
    if (typeof key === 'string' && STRING_PREFIX.test(key) && (c.peek() === "'" || c.peek() === '"')) {
      c.flags.add('python');
      key = readString(c);
    } else if (key !== null) c.flags.add('bare-key');
  }
  if (key === INCOMPLETE) return INCOMPLETE;
  if (key === FAIL || key === null || key === undefined || typeof key === 'object') return FAIL;
  c.skipSpace();
  if (c.atEnd()) return INCOMPLETE;
  if (c.peek() === ':') c.i++;
  else if (c.peek() === '=' && c.peek(1) === '>') {
    c.i += 2;
    c.flags.add('ruby');
  } else return FAIL;
  return String(key);
}

function readArray(c: Cursor, depth: number, close: string): Read {
  c.i++;
  const out: unknown[] = [];
  for (;;) {
    c.skipSpace();
    if (c.atEnd()) return c.cut(out);
    const ch = c.peek();
    if (ch === close) {
      c.i++;
      return out;
    }
    if (ch === ',') {
      c.i++;
      c.flags.add('lenient');
      continue;
    }
    if (c.take(MORE_ITEMS)) {
      c.flags.add('node');
      continue;
    }
    const value = readValue(c, depth + 1);
    if (value === INCOMPLETE) return c.cut(out);
    if (value === FAIL) return FAIL;
    const after = c.afterItem(close);
    if (after === 'fail') return FAIL;
    out.push(value);
    if (after === 'end') return c.cut(out);
  }
}
