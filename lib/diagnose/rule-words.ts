/**
 * Finds a word a rule regex cannot match without: the engine indexes regexes by that word
 * and only runs those whose word occurs in the text, instead of every regex on every input.
 * Conservative: when unsure (top-level alternation, words glued to optional parts), no word.
 */

type Atom =
  | { t: 'lit'; c: string }
  | { t: 'sep' } // always consumes at least one non-alphanumeric char, or is a boundary/anchor
  | { t: 'other' }; // may be empty or may match letters/digits

const SEPARATOR_ESCAPES = new Set(['s', 'b', 'W']);
const NON_ALNUM = /^[^a-z0-9]$/i;

/** Splits text the way words are looked up: runs of ASCII letters and digits, lower-cased. */
export function textWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/));
}

export function requiredWord(source: string): string | null {
  const atoms = topLevelAtoms(source);
  if (!atoms) return null;
  let best: string | null = null;
  let i = 0;
  while (i < atoms.length) {
    if (atoms[i]?.t !== 'lit') { i++; continue; }
    let j = i;
    let run = '';
    for (let atom = atoms[j]; atom?.t === 'lit'; atom = atoms[++j]) run += atom.c;
    const leftSafe = i === 0 || atoms[i - 1]?.t === 'sep';
    const rightSafe = j === atoms.length || atoms[j]?.t === 'sep';
    const parts = run.toLowerCase().split(/([^a-z0-9]+)/);
    parts.forEach((w, k) => {
      if (k % 2 === 1 || w.length < 3) return;
      const safe = (k > 0 || leftSafe) && (k < parts.length - 1 || rightSafe);
      if (safe && (best === null || w.length > best.length)) best = w;
    });
    i = j;
  }
  return best;
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
      atom = !body.startsWith('^') && /^(?:\\.|[^a-zA-Z0-9\\])+$/.test(body) && !/\\[a-zA-Z0-9]/.test(body.replace(/\\s/g, '')) ? { t: 'sep' } : { t: 'other' };
      i = end + 1;
    } else if (c === '(') {
      const end = groupEnd(src, i);
      if (end < 0) return null;
      atom = { t: 'other' };
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
      atom = atom.t === 'sep' && !optional ? { t: 'sep' } : atom.t === 'lit' && !optional && NON_ALNUM.test(atom.c) ? { t: 'sep' } : { t: 'other' };
    }
    atoms.push(atom);
  }
  return atoms;
}

function classEnd(src: string, start: number): number {
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') { i++; continue; }
    if (src[i] === ']' && i > start + 1) return i;
  }
  return src.length;
}

function groupEnd(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(src, i); continue; }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
