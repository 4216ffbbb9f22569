/**
 * Finds a word a rule regex cannot match without: the engine indexes regexes by that word
 * and only runs those whose word occurs in the text, instead of every regex on every input.
 * Conservative: when unsure (top-level alternation, words glued to optional parts), no word.
 */

type Atom =
  | { t: 'lit'; c: string }
  | { t: 'sep' } // always consumes at least one non-alphanumeric char, or is a boundary/anchor
  | { t: 'osep' } // consumes only non-alphanumeric chars, maybe none (`\s*`, `[ -]?`): transparent at word edges
  | { t: 'group'; optional: boolean; first: string | null; last: string | null } // (…): its first/last literal char, when plain
  | { t: 'other' }; // may be empty or may match letters/digits

const SEPARATOR_ESCAPES = new Set(['s', 'b', 'W']);
const NON_ALNUM = /^[^a-z0-9]$/i;

/**
 * The longest word a regex may require and a text's word set holds: the two must agree, or a
 * required word could never be found. Longer tokens are not collected (hashing a
 * 1,200-character token into the set would cost more than all the lookups it could serve).
 */
export const MAX_WORD_LENGTH = 64;

/** Splits text the way words are looked up: runs of ASCII letters and digits, lower-cased. */
export function textWords(text: string, lowerCased = false, maxLength = MAX_WORD_LENGTH): Set<string> {
  // Words are 3 to maxLength characters long.
  const words = new Set<string>();
  for (const w of (lowerCased ? text : text.toLowerCase()).match(/[a-z0-9]{3,}/g) ?? [])
    if (w.length <= maxLength) words.add(w);
  return words;
}

/** Words so common in error responses that indexing by them saves little. */
const COMMON = new Set([
  'error',
  'code',
  'message',
  'request',
  'status',
  'type',
  'the',
  'and',
  'for',
  'not',
  'invalid',
  'http',
  'https',
  'www',
  'com',
  'api',
]);

/** The most selective required word (rare and long), or null. */
export function requiredWord(source: string): string | null {
  const words = requiredWords(source);
  let best: string | null = null;
  for (const w of words) {
    const better =
      best === null ||
      (COMMON.has(best) && !COMMON.has(w)) ||
      (COMMON.has(best) === COMMON.has(w) && w.length > best.length);
    if (better) best = w;
  }
  return best;
}

/**
 * The longest run of literal ASCII characters the regex cannot match without, lower-cased
 * (`error code: 100` for /error code: 100[678]/); `includes` on the lower-cased text is a far
 * cheaper test than a case-insensitive regex. Null when shorter than 4 or not plain ASCII.
 */
export function requiredLiteral(source: string): string | null {
  const atoms = topLevelAtoms(source);
  if (!atoms) return null;
  let best = '';
  let run = '';
  for (const atom of [...atoms, { t: 'other' } as Atom]) {
    if (atom.t === 'lit') {
      run += atom.c;
      continue;
    }
    if (run.length > best.length) best = run;
    run = '';
  }
  return best.length >= 4 && /^[\x20-\x7e]+$/.test(best) ? best.toLowerCase() : null;
}

/** The branches of a top-level alternation (`a|b|c` → a, b, c); the whole source when there is none. */
export function branchSources(source: string): string[] {
  const branches: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') {
      const end = groupEnd(source, i);
      if (end < 0) return [source];
      i = end;
    } else if (c === '|') {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

/**
 * Every word the regex cannot match without (the text must contain all of them). The rule
 * index treats the pattern's own start and end as word edges (entries write whole words);
 * `strict` does not, so `token.{0,12}expir` requires no word at all (it matches `expired`).
 */
export function requiredWords(source: string, strict = false): string[] {
  const atoms = topLevelAtoms(source);
  if (!atoms) return [];
  const found = new Set<string>();
  let i = 0;
  while (i < atoms.length) {
    if (atoms[i]?.t !== 'lit') {
      i++;
      continue;
    }
    let j = i;
    let run = '';
    for (let atom = atoms[j]; atom?.t === 'lit'; atom = atoms[++j]) run += atom.c;
    const leftSafe = safeEdge(atoms, i - 1, -1, strict);
    const rightSafe = safeEdge(atoms, j, 1, strict);
    const parts = run.toLowerCase().split(/([^a-z0-9]+)/);
    parts.forEach((w, k) => {
      if (k % 2 === 1 || w.length < 3 || w.length > MAX_WORD_LENGTH) return;
      if ((k > 0 || leftSafe) && (k < parts.length - 1 || rightSafe)) found.add(w);
    });
    i = j;
  }
  return [...found];
}

/** The pattern's top-level atoms, or null when it has a top-level `|` (no single word is required). */
function topLevelAtoms(src: string): Atom[] | null {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    let atom: Atom;
    if (c === '|') return null;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      i += 2;
      if (/[a-zA-Z0-9]/.test(e)) atom = SEPARATOR_ESCAPES.has(e) ? { t: 'sep' } : { t: 'other' };
      else atom = { t: 'lit', c: e };
    } else if (c === '[') {
      const end = classEnd(src, i);
      const body = src.slice(i + 1, end);
      atom =
        !body.startsWith('^') &&
        /^(?:\\.|[^a-zA-Z0-9\\])+$/.test(body) &&
        !/\\[a-zA-Z0-9]/.test(body.replace(/\\s/g, ''))
          ? { t: 'sep' }
          : { t: 'other' };
      i = end + 1;
    } else if (c === '(') {
      const end = groupEnd(src, i);
      if (end < 0) return null;
      const inner = src.slice(i + 1, end).replace(/^\?:/, '');
      const plain = !inner.startsWith('?') && !/[|\\[.(]/.test(inner);
      atom = {
        t: 'group',
        optional: false,
        first: plain ? (inner[0] ?? null) : null,
        last: plain ? (inner.at(-1) ?? null) : null,
      };
      i = end + 1;
    } else if (c === '^' || c === '$') {
      atom = { t: 'sep' };
      i++;
    } else if (c === '.') {
      atom = { t: 'other' };
      i++;
    } else {
      atom = { t: 'lit', c };
      i++;
    }
    // A quantifier makes the atom optional or repeated: either way not part of a fixed word.
    const q = src[i];
    if (q === '?' || q === '*' || q === '+' || q === '{') {
      const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(src.slice(i)));
      if (q === '{') i = Math.max(i + 1, src.indexOf('}', i) + 1);
      else i++;
      if (src[i] === '?') i++; // lazy
      const nonAlnum = atom.t === 'sep' || (atom.t === 'lit' && NON_ALNUM.test(atom.c));
      if (atom.t === 'group')
        atom =
          q === '?' || (q === '{' && /^\{0,1\}/.test(src.slice(i - 5))) ? { ...atom, optional: true } : { t: 'other' };
      else atom = !nonAlnum ? { t: 'other' } : optional ? { t: 'osep' } : { t: 'sep' };
    }
    atoms.push(atom);
  }
  return atoms;
}

/** Whether the text next to a word is sure to be a word boundary: the pattern's end, a separator, or punctuation (across optional separators). */
function safeEdge(atoms: readonly Atom[], k: number, step: 1 | -1, strict: boolean): boolean {
  for (;;) {
    const atom = atoms[k];
    if (atom === undefined) return !strict;
    if (atom.t === 'sep') return true;
    if (atom.t === 'lit') return NON_ALNUM.test(atom.c);
    if (atom.t === 'other') return false;
    if (atom.t === 'group') {
      // A group is a boundary when the char facing the word is punctuation; an optional one also when what lies beyond is.
      const facing = step === -1 ? atom.last : atom.first;
      if (facing === null || !NON_ALNUM.test(facing)) return false;
      if (!atom.optional) return true;
    }
    k += step; // osep, or an optional group that is a boundary when present
  }
}

function classEnd(src: string, start: number): number {
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') {
      i++;
      continue;
    }
    if (src[i] === ']' && i > start + 1) return i;
  }
  return src.length;
}

function groupEnd(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      i = classEnd(src, i);
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
