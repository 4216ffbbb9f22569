import { LONG_ALIASES, LONG_BOOLEANS, LONG_FLAGS, LONG_WITH_ARG, SHORT_OPTIONS } from './curl-options';

/** One option or URL of a curl command, as curl's option parser sees it. */
export type CurlArg =
  | { kind: 'url'; value: string }
  /** `name` is the long name without `--`; `written` is what the user typed (for notes). */
  | { kind: 'option'; name: string; written: string; value: string | null; negated: boolean };

const takesArg = (name: string) => LONG_WITH_ARG.has(name);
const known = (name: string) => LONG_WITH_ARG.has(name) || LONG_FLAGS.has(name);

/**
 * curl 8.3+ `--expand-<option>` expands `{{variables}}` in the argument of <option>; the
 * option is otherwise the same.
 */
function canonical(written: string): { name: string; negated: boolean; expand: boolean } | null {
  const alias = (n: string) => LONG_ALIASES[n] ?? n;
  const name = written.startsWith('no-') ? `no-${alias(written.slice(3))}` : alias(written);
  if (known(name)) return { name, negated: false, expand: false };
  if (name.startsWith('no-') && LONG_BOOLEANS.has(name.slice(3)))
    return { name: name.slice(3), negated: true, expand: false };
  if (name.startsWith('expand-') && takesArg(name.slice(7)))
    return { name: name.slice(7), negated: false, expand: true };
  // Older curl accepted any unambiguous prefix of a long option (`--data-b`).
  const hits = [...LONG_WITH_ARG, ...LONG_FLAGS].filter((n) => n.startsWith(name));
  return hits.length === 1 ? { name: hits[0]!, negated: false, expand: false } : null;
}

/**
 * Read the words after `curl` with curl's own option table: every option that takes an
 * argument consumes the next word (or, for a short option, the rest of its word), so an
 * argument is never read as a URL. Unknown options are noted, and assumed to take none.
 */
export function readCurlArgs(words: readonly string[], notes: string[]): CurlArg[] {
  const out: CurlArg[] = [];
  let endOfOptions = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = (written: string): string | null => {
      const v = words[i + 1];
      if (v === undefined) {
        notes.push(`${written} needs a value; it was ignored.`);
        return null;
      }
      i++;
      return v;
    };
    if (endOfOptions || !w.startsWith('-') || w === '-') {
      out.push({ kind: 'url', value: w });
    } else if (w === '--') {
      endOfOptions = true;
    } else if (w.startsWith('--')) {
      const c = canonical(w.slice(2));
      if (!c) {
        notes.push(`${w} is not a curl option; it was ignored.`);
        continue;
      }
      const value = takesArg(c.name) ? next(w) : null;
      if (takesArg(c.name) && value === null) continue;
      if (c.expand) notes.push(`${w}: {{variables}} were not expanded.`);
      out.push({ kind: 'option', name: c.name, written: w, value, negated: c.negated });
    } else {
      // A cluster of short options: `-sSL`, `-XPOST`, `-H'a: b'`.
      for (let k = 1; k < w.length; k++) {
        const letter = w[k]!;
        const name = SHORT_OPTIONS[letter];
        const written = `-${letter}`;
        if (!name) {
          notes.push(`${written} is not a curl option; it was ignored.`);
          continue;
        }
        if (!takesArg(name)) {
          out.push({ kind: 'option', name, written, value: null, negated: false });
          continue;
        }
        const value = k + 1 < w.length ? w.slice(k + 1) : next(written);
        if (value !== null) out.push({ kind: 'option', name, written, value, negated: false });
        break;
      }
    }
  }
  return out;
}
