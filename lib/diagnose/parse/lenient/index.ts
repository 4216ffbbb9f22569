/**
 * Lenient readers: what people paste instead of a JSON body (a Python dict, a Node
 * console.log, a Ruby hash, JSON with comments, JSON cut off or encoded twice) becomes the
 * JSON value it stands for, so the engine reads it exactly like a parsed JSON body.
 */
import { readLenient, type LenientFormat } from './read-value';

export { errorShaped, findEmbedded, EMBED_SCAN, type EmbeddedValue } from './embedded';
export { readLenient, type LenientFormat, type LenientValue } from './read-value';

export interface LooseJson {
  value: unknown;
  format: LenientFormat | 'double-encoded';
  truncated: boolean;
}

/** JSON inside a JSON string is unwrapped this many times at most (`"\"{\\\"error\\\"…"`). */
const MAX_UNWRAP = 3;

/** The whole text as one printed object or array; null when it is not one (then it is text). */
export function readLooseJson(text: string): LooseJson | null {
  // Node marks an object that refers to itself: `<ref *1> { self: [Circular *1] }`.
  let t = text.trim().replace(/^<ref \*\d{1,6}>\s*/, '');
  let doubled = false;
  for (let n = 0; n <= MAX_UNWRAP; n++) {
    const first = t[0];
    if (first === '"') {
      const inner = strictString(t);
      if (inner === null) return null;
      t = inner.trim();
      doubled = true;
      continue;
    }
    if (first !== '{' && first !== '[' && !/^[bu]'/i.test(t)) return null;
    const got = readLenient(t, 0);
    if (!got) return null;
    if (typeof got.value === 'string') {
      // Python bytes (`b'{"error": …}'`): the body printed as a bytes literal.
      t = got.value.trim();
      doubled = true;
      continue;
    }
    if (typeof got.value !== 'object' || got.value === null) return null;
    // Text after the value means this was a line that starts with a brace, not a printed value.
    if (t.slice(got.end).trim() !== '') return null;
    return { value: got.value, format: doubled ? 'double-encoded' : got.format, truncated: got.truncated };
  }
  return null;
}

/** The string a whole JSON string literal spells (`"a \"quoted\" text"`), or null when the text is not one. */
export function strictString(t: string): string | null {
  try {
    const v: unknown = JSON.parse(t);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** Signs that a body is a printout rather than strict JSON; each one simple, so each is linear. */
const LOOSE_SIGNS = [
  /'/,
  /=>/,
  /\/[/*]/,
  /\b(?:True|False|None|nil|undefined)\b/,
  /,\s*[}\]]/,
  /[{,]\s*[A-Za-z_$][\w$]*:/,
  /\[(?:Object|Array)\]/,
];

/** A cheap look for signs that a body starting with `{`/`[` is not strict JSON, before paying for a parse. */
export function mayBeLoose(body: string): boolean {
  const head = body.length > 4096 ? body.slice(0, 4096) : body;
  const last = body.trimEnd().slice(-1);
  return (last !== '}' && last !== ']') || LOOSE_SIGNS.some((re) => re.test(head));
}
