/**
 * Conditions and locators, compiled once from content (provider profiles, semantics.yaml)
 * and tested against an Analysis. This is the whole interpreter of profile data: a header
 * lookup, a host suffix, a JSON path walk or a bounded regex.
 */
import { isObject, valuesIn, wordsOf, type Analysis } from './analysis';
import { compilePath, valuesAt, type PathStep } from './json-path';
import type { Compound, Condition, Locator } from './provider-profile';
import { branchSources, requiredLiteral, requiredWords } from './rule-words';

export interface CompiledCondition {
  /** lower-case header name (prefix when `headerPrefix`) */
  header: string | null;
  headerPrefix: boolean;
  host: string | null;
  steps: PathStep[] | null;
  text: RegExp | null;
  /** cheap tests before `text` runs: the text must pass one of them (null: no gate) */
  gates: TextGate[] | null;
  value: RegExp | null;
  equals: Condition['equals'];
  is: Condition['is'];
  absent: boolean;
  every: boolean;
  only: boolean;
  status: [number, number] | null;
  and: CompiledCondition[];
  any: CompiledCondition[];
}

export interface CompiledLocator {
  header: string | null;
  steps: PathStep[] | null;
  text: RegExp | null;
  literal: string | null;
  pattern: RegExp | null;
  replace: { find: RegExp; with: string } | null;
  prefix: string | null;
  /** how evidence names the place: `error.code`, `x-amzn-errortype header` */
  where: string;
  from: 'header' | 'body';
}

/**
 * Content regexes are validated by the schema; one that still fails to compile never matches.
 * They run without the `u` flag when they can: V8 runs a case-insensitive `\b` in unicode
 * mode twenty to fifty times slower, and no row needs unicode semantics (`\p{…}` falls back).
 */
export function regex(source: string | undefined, flags = 'i'): RegExp | null {
  if (source === undefined) return null;
  for (const f of [flags, `${flags}u`]) {
    try {
      return new RegExp(source, f);
    } catch {
      // try the next flags
    }
  }
  return null;
}

const literalOf = (source: string | undefined): string | null =>
  source === undefined ? null : (requiredLiteral(source)?.toLowerCase() ?? null);

export function compileCondition(c: Compound): CompiledCondition {
  const prefix = c.header?.endsWith('*') ?? false;
  return {
    header: c.header ? (prefix ? c.header.slice(0, -1) : c.header) : null,
    headerPrefix: prefix,
    host: c.host ?? null,
    steps: c.body ? compilePath(c.body) : null,
    text: c.text !== undefined ? regex(c.text) : null,
    gates: c.text !== undefined ? textGates(c.text) : null,
    value: regex(c.value, c.matchCase ? '' : 'i'),
    equals: c.equals,
    is: c.is,
    absent: c.absent === true,
    every: c.every === true,
    only: c.only === true,
    status: c.status ?? null,
    and: (c.and ?? []).map(compileCondition),
    any: (c.any ?? []).map(compileCondition),
  };
}

export function compileLocator(l: Locator): CompiledLocator {
  const replace = l.replace ? regex(l.replace.find, 'g') : null;
  return {
    header: l.header ?? null,
    steps: l.body ? compilePath(l.body) : null,
    text: l.text !== undefined ? regex(l.text) : null,
    literal: literalOf(l.text),
    pattern: regex(l.pattern),
    replace: replace && l.replace ? { find: replace, with: l.replace.with } : null,
    prefix: l.prefix ?? null,
    where: l.header ? `${l.header} header` : (l.body ?? 'the body text'),
    from: l.header ? 'header' : 'body',
  };
}

/** A host is the suffix, or ends in `.` + the suffix (`api.example.com` for `example.com`, never `notexample.com`). */
export const hostHas = (host: string, suffix: string): boolean =>
  host === suffix || (host.endsWith(suffix) && host.charCodeAt(host.length - suffix.length - 1) === 46);

const typeOk = (v: unknown, is: Condition['is']): boolean => {
  switch (is) {
    case undefined:
      return true;
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'items':
      return Array.isArray(v) && v.length > 0;
    default:
      return typeof v === is;
  }
};

function valueOk(c: CompiledCondition, v: unknown): boolean {
  if (c.equals !== undefined && v !== c.equals) return false;
  if (!typeOk(v, c.is)) return false;
  if (c.value) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return false;
    if (!c.value.test(String(v))) return false;
  }
  return true;
}

/**
 * Words (set lookups) and a literal (one substring search) a text regex cannot match without.
 * Only words the regex bounds on both sides count (strict): content signals are free to match
 * part of a word.
 */
export interface TextGate {
  words: string[];
  literal: string | null;
}

/** One gate per branch of a top-level alternation (one for a plain pattern); null when a branch has nothing to test. */
export function textGates(source: string): TextGate[] | null {
  const gates: TextGate[] = [];
  for (const branch of branchSources(source)) {
    const gate = { words: requiredWords(branch, true), literal: literalOf(branch) };
    if (gate.words.length === 0 && gate.literal === null) return null;
    gates.push(gate);
  }
  return gates;
}

export function passes(gates: readonly TextGate[], a: Analysis): boolean {
  const words = wordsOf(a);
  next: for (const g of gates) {
    for (const w of g.words) if (!words.has(w)) continue next;
    if (g.literal === null || a.lower.includes(g.literal)) return true;
  }
  return false;
}

/** Does the condition (and every `and`) hold for this response? */
export function holds(c: CompiledCondition, a: Analysis): boolean {
  if (c.status && (a.status === null || a.status < c.status[0] || a.status > c.status[1])) return false;
  if (c.header !== null) {
    if (c.headerPrefix) {
      let found = false;
      for (const name of a.headers.keys())
        if (name.startsWith(c.header)) {
          found = true;
          break;
        }
      if (!found) return false;
    } else {
      const values = a.headers.get(c.header);
      if (!values) return false;
      if (c.value && !values.some((v) => c.value?.test(v))) return false;
    }
  } else if (c.host !== null) {
    if (a.host === null || !hostHas(a.host, c.host)) return false;
  } else if (c.steps !== null) {
    if (a.json === undefined) return false;
    if (c.only && !(isObject(a.json) && Object.keys(a.json).length === 1)) return false;
    const values = valuesIn(a, c.steps);
    if (c.absent) {
      if (values.length > 0) return false;
    } else if (values.length === 0) return false;
    else if (c.every ? !values.every((v) => valueOk(c, v)) : !values.some((v) => valueOk(c, v))) return false;
  } else if (c.text) {
    if (c.gates !== null && !passes(c.gates, a)) return false;
    if (!c.text.test(a.text)) return false;
  }
  for (const more of c.and) if (!holds(more, a)) return false;
  if (c.any.length > 0 && !c.any.some((alt) => holds(alt, a))) return false;
  return true;
}

/** The value a locator points at, as a trimmed string, or null. */
export function locate(l: CompiledLocator, a: Analysis): string | null {
  const raw: unknown[] = [];
  if (l.header !== null) {
    const v = a.headers.get(l.header)?.[0];
    if (v !== undefined) raw.push(v);
  } else if (l.steps !== null) {
    if (a.json !== undefined) raw.push(...valuesAt(a.json, l.steps));
  } else if (l.text && (l.literal === null || a.lower.includes(l.literal))) {
    const m = l.text.exec(a.text);
    if (m) raw.push(m[1] ?? m[0]);
  }
  for (const v of raw) {
    let s: string;
    if (typeof v === 'number' && Number.isFinite(v)) s = l.prefix !== null ? `${l.prefix}${v}` : String(v);
    else if (typeof v === 'string') s = v.trim();
    else continue;
    if (l.pattern) {
      const m = l.pattern.exec(s);
      if (!m) continue;
      s = (m[1] ?? m[0]).trim();
    }
    if (l.replace) s = s.replace(l.replace.find, l.replace.with);
    if (s !== '' && s.length <= 200) return s;
  }
  return null;
}
