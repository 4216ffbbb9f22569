import type { ErrorSignatures, FailureKind } from '../error-signatures';

/** A code pattern ready to run. */
export interface CompiledCode {
  id: string;
  re: RegExp;
  template: string;
  case: 'as-is' | 'upper' | 'upper-snake';
  transport: FailureKind | 'from-code' | null;
  /** the status the code states (`$1` or a number), if any */
  status: string | null;
}

/** The signature table with its regexes compiled once (per table object). */
export interface CompiledSignatures {
  apiCodes: CompiledCode[];
  codes: CompiledCode[];
  reasons: CompiledCode[];
  statuses: RegExp[];
  /** class name → kind (root causes) or wrapper; `rank` is its precedence (table order) */
  classes: Map<string, { kind: FailureKind | null; wrapper: boolean; rank: number }>;
  generic: Set<string>;
  codeKinds: Map<string, FailureKind>;
  phrases: { re: RegExp; kind: FailureKind; code: string | null; standalone: boolean }[];
  retry: ErrorSignatures['retry'];
  errorish: RegExp | null;
}

/** What the parse step knows beyond the text: the error-signature table from content. */
export interface ParseKnowledge {
  errorSignatures?: ErrorSignatures | null;
}

const EMPTY: CompiledSignatures = {
  apiCodes: [],
  codes: [],
  reasons: [],
  statuses: [],
  classes: new Map(),
  generic: new Set(),
  codeKinds: new Map(),
  phrases: [],
  retry: {},
  errorish: null,
};
const cache = new WeakMap<ErrorSignatures, CompiledSignatures>();

const flags = (ignoreCase: boolean) => (ignoreCase ? 'imu' : 'mu');

/** The compiled table; with none, an empty one (the readers then find no codes in text). */
export function compileSignatures(table: ErrorSignatures | null | undefined): CompiledSignatures {
  if (!table) return EMPTY;
  const hit = cache.get(table);
  if (hit) return hit;
  const code = (p: ErrorSignatures['codes'][number]): CompiledCode => ({
    id: p.id,
    re: new RegExp(p.pattern, flags(p.ignoreCase)),
    template: p.code,
    case: p.case,
    transport: p.transport ?? null,
    status: p.status ?? null,
  });
  const compiled: CompiledSignatures = {
    apiCodes: table.apiCodes.map(code),
    codes: table.codes.map(code),
    reasons: table.reasons.map(code),
    statuses: table.statuses.map((s) => new RegExp(s.pattern, flags(s.ignoreCase))),
    classes: new Map(
      table.classes.map((c, rank) => [c.name, { kind: c.kind ?? null, wrapper: c.wrapper, rank }] as const),
    ),
    generic: new Set(table.generic),
    codeKinds: new Map(Object.entries(table.codeKinds).map(([k, v]) => [k.toUpperCase(), v])),
    phrases: table.phrases.map((p) => ({
      re: new RegExp(p.pattern, 'mu'),
      kind: p.kind,
      code: p.code ?? null,
      standalone: p.standalone,
    })),
    retry: table.retry,
    errorish: new RegExp(table.errorish, 'mu'),
  };
  cache.set(table, compiled);
  return compiled;
}

/** Writes a code from a pattern's captures: `curl_$1` → `curl_28`; `upper-snake` turns `DeadlineExceeded` into `DEADLINE_EXCEEDED`. */
export function writeCode(p: CompiledCode, m: RegExpExecArray): string | null {
  const raw = p.template.replace(/\$(\d)/g, (_, d: string) => m[Number(d)] ?? '');
  if (raw === '') return null;
  if (p.case === 'upper') return raw.toUpperCase();
  if (p.case === 'upper-snake') return raw.replace(/([a-z\d])([A-Z])/g, '$1_$2').toUpperCase();
  return raw;
}

/** The status a matched code states (npm's E401), or null. */
export function statusOf(p: CompiledCode, m: RegExpExecArray): number | null {
  if (!p.status) return null;
  const n = Number(p.status.replace(/\$(\d)/, (_, d: string) => m[Number(d)] ?? ''));
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

/** The kind a transport code means: the table's code list, then TLS-looking names, then the text's words. */
export function kindOf(sig: CompiledSignatures, code: string | null, message: string): FailureKind {
  if (code) {
    const known = sig.codeKinds.get(code.toUpperCase());
    if (known) return known;
    if (/CERT|SSL|TLS/i.test(code)) return 'tls';
  }
  return phraseOf(sig, message)?.kind ?? 'other';
}

/** The first phrase (in table order: TLS first) the text holds. */
export function phraseOf(
  sig: CompiledSignatures,
  text: string,
): { kind: FailureKind; code: string | null; standalone: boolean } | null {
  for (const p of sig.phrases) if (p.re.test(text)) return p;
  return null;
}

/** True when a bare string is a transport code the table knows (`ECONNRESET`, `curl_60`, `CERT_HAS_EXPIRED`). */
export function isTransportCode(sig: CompiledSignatures, code: string): boolean {
  const upper = code.toUpperCase();
  // Without a table, only the shape of a POSIX errno name (ECONNRESET, ETIMEDOUT) says "transport".
  if (sig === EMPTY) return /^E[A-Z]{4,}$/.test(code);
  return (
    sig.codeKinds.has(upper) ||
    /^CURL_\d{1,3}$/.test(upper) ||
    /^(?:ERR_(?:SSL|TLS)|CERT_|UND_ERR_)/.test(upper) ||
    sig.codes.some((p) => p.transport !== null && p.re.test(code))
  );
}

/** Is retrying sensible after this transport failure, by the table; null when the table leaves it to the catalog. */
export function transportRetryable(sig: CompiledSignatures, kind: FailureKind, code: string | null): boolean | null {
  const rule = sig.retry[kind];
  if (!rule) return null;
  const byCode = code ? rule.codes[code] : undefined;
  return byCode ?? rule.retryable;
}

/*
 * The table of the parseInput call that is running. Readers owned elsewhere (curl-verbose)
 * call readErrorText(text) without a table; while parseInput runs (synchronously) they get
 * its table. Outside a call there is none, and the readers find no codes in text.
 */
let ambient: CompiledSignatures = EMPTY;

/** Runs `read` with `sig` as the table readers get when they are not handed one. */
export function withSignatures<T>(sig: CompiledSignatures, read: () => T): T {
  const before = ambient;
  ambient = sig;
  try {
    return read();
  } finally {
    ambient = before;
  }
}

/** A table as given (raw or compiled), or the running call's one when none is given. */
export function resolveSignatures(table: ErrorSignatures | CompiledSignatures | null | undefined): CompiledSignatures {
  if (table === undefined) return ambient;
  if (table === null) return EMPTY;
  return table.classes instanceof Map ? (table as CompiledSignatures) : compileSignatures(table as ErrorSignatures);
}
