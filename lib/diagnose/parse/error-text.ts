import type { SnapshotError } from '../types';
import { kindOf, phraseOf, resolveSignatures, statusOf, writeCode, type CompiledSignatures } from './signatures';
import type { ErrorSignatures } from '../error-signatures';

/** What error text (Node, curl, Python, Java, Go, .NET, Ruby, browser consoles, SDKs, CLIs) reveals. */
export interface ErrorTextReading {
  /** a transport failure: no (complete) response came back */
  error: SnapshotError | null;
  /** a non-transport code named in the text: the API's own (ExpiredTokenException, E401), gRPC's, a close code */
  code: string | null;
  status: number | null;
  url: string | null;
  /** wrapper exceptions the root cause was found inside, outermost last (for the evidence) */
  wrappers: string[];
}

/** Error text is read from its first 20,000 characters: a trace states its cause near the top or bottom of that. */
const TEXT_CAP = 20_000;
/** Words that look like exception classes: `ConnectionRefusedError`, `Net::OpenTimeout`, `java.net.SocketTimeoutException`. */
const CLASS_WORD =
  /\b([A-Z][A-Za-z0-9]{1,80}(?:Error|Exception|Timeout|Refused|Reset|Disconnected|Failed)|gaierror)\b/g;
/** Class-line fallback for classes the table does not list: `some.pkg.FooTimeout: …`, `Caused by: x.y.BarException`. */
const CLASS_LINE =
  /^[ \t]{0,40}(?:(?:Caused by:|--->)[ \t]{0,4})?(?:[A-Za-z_]\w{0,80}(?:\.|::)){0,12}([A-Z][A-Za-z0-9]{0,80}(?:Error|Exception|Timeout|Refused|Reset))(?::|$)/gm;
const URL = /\bhttps?:\/\/[^\s'"`<>()\]]+/;

/**
 * Reads codes, a status and a URL out of error text, by the signature table (content/
 * error-signatures.yaml); null when the text does not look like an error at all. Order:
 * the API's own code inside an SDK wrapper, then transport and protocol codes, then the
 * root-cause exception class, then the words.
 */
export function readErrorText(
  input: string,
  table?: ErrorSignatures | CompiledSignatures | null,
): ErrorTextReading | null {
  const sig = resolveSignatures(table);
  const text = input.length > TEXT_CAP ? input.slice(0, TEXT_CAP) : input;
  const status = firstStatus(sig, text);
  const url = URL.exec(text)?.[0]?.replace(/[.,;:]+$/, '') ?? null;
  const classes = classesIn(sig, text);

  const api = firstCode(sig.apiCodes, text);
  if (api) return { error: null, code: api.code, status: status ?? api.status, url, wrappers: classes.wrappers };

  let found = firstCode(sig.codes, text);
  // A TLS failure stays one behind any status the wrapper reports (gRPC's UNAVAILABLE around a
  // failed handshake): the handshake's own reason names it.
  if (found && found.transport === null) {
    const tls = firstCode(sig.reasons, text);
    if (tls?.transport === 'tls') found = tls;
  }
  let code = found?.code ?? null;
  let transport = found ? found.transport !== null : false;
  let at = found?.index ?? -1;
  let kind: SnapshotError['kind'] | null = found?.transport && found.transport !== 'from-code' ? found.transport : null;

  if (code === null && classes.root) {
    code = classes.root.name;
    kind = classes.root.kind;
    transport = true;
    at = classes.root.index;
  }
  if (code === null) {
    // A code named inside a wrapper's message: `httpx.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] …`.
    const reason = firstCode(sig.reasons, text);
    if (reason) {
      code = reason.code;
      at = reason.index;
      transport = reason.transport !== null;
      kind = reason.transport && reason.transport !== 'from-code' ? reason.transport : null;
    }
  }
  if (code === null) {
    // A class the table does not list names the failure only when it is a transport one (a
    // `FooTimeout`, an SSL or socket class); otherwise it is some SDK's wrapper around an HTTP
    // answer (`StatusCodeError`, `MailgunAPIError`), whose own code, if any, is in the body.
    const other = lastClass(sig, text);
    if (
      other &&
      (phraseOf(sig, text) !== null || /Timeout|Connect|SSL|Socket|Refused|Reset|Resolution/.test(other.name))
    ) {
      code = other.name;
      at = other.index;
      transport = true;
    }
  }
  const phrase = phraseOf(sig, text);
  if (code === null && classes.wrapper && phrase) {
    // Only wrappers name themselves (NewConnectionError … [Errno 111] Connection refused): the words decide
    // the kind and give the code when they name one; the wrapper is not the failure's code, it goes into the evidence.
    code = phrase.code;
    at = classes.wrapper.index;
    transport = true;
  }
  if (code === null && status === null) {
    // No code: only words. Trust them when they are specific, or the text reads like an error message.
    if (!phrase || !(phrase.standalone || sig.errorish?.test(text))) return null;
    code = phrase.code;
    transport = true;
    at = phrase.code ? text.indexOf(phrase.code) : -1;
  }
  if (status !== null) {
    // An HTTP answer did come back; axios' ERR_BAD_REQUEST/RESPONSE only restate its status.
    transport = false;
    if (code && /^ERR_(?:BAD_(?:REQUEST|RESPONSE)|NON_2XX_3XX_RESPONSE)$/.test(code)) code = null;
  }
  if (!transport) return { error: null, code, status, url, wrappers: classes.wrappers };
  kind ??= kindOf(sig, code, text);
  // Words that name the failure exactly ("Temporary failure in name resolution" is EAI_AGAIN) outrank the class that carried them.
  if (phrase?.code && phrase.kind === kind && code !== phrase.code) {
    if (code && !classes.wrappers.includes(code)) classes.wrappers.unshift(code);
    code = phrase.code;
  }
  const wrappers = classes.wrappers.filter((w) => w !== code);
  // The line that first names the code reads best as evidence (`getaddrinfo ENOTFOUND api`, not `code: 'ENOTFOUND'`).
  const first = code ? text.indexOf(code) : -1;
  const line = lineAt(text, Math.max(first >= 0 && first < at ? first : at, 0));
  const message = wrappers.length ? `${line} (inside ${wrappers.join(', ')})` : line;
  return { error: { kind, code, message }, code: null, status, url, wrappers };
}

function firstCode(
  patterns: CompiledSignatures['codes'],
  text: string,
): {
  code: string;
  index: number;
  transport: CompiledSignatures['codes'][number]['transport'];
  status: number | null;
} | null {
  for (const p of patterns) {
    const m = p.re.exec(text);
    const code = m ? writeCode(p, m) : null;
    if (m && code) return { code, index: m.index, transport: p.transport, status: statusOf(p, m) };
  }
  return null;
}

function firstStatus(sig: CompiledSignatures, text: string): number | null {
  for (const re of sig.statuses) {
    const m = re.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

interface FoundClass {
  name: string;
  index: number;
  kind: SnapshotError['kind'];
}

/** The root cause (the table's most precedent non-wrapper class present) and the wrappers around it. */
function classesIn(
  sig: CompiledSignatures,
  text: string,
): { root: FoundClass | null; wrapper: FoundClass | null; wrappers: string[] } {
  let root: (FoundClass & { rank: number }) | null = null;
  let wrapper: (FoundClass & { rank: number }) | null = null;
  const wrappers: string[] = [];
  CLASS_WORD.lastIndex = 0;
  for (let m = CLASS_WORD.exec(text); m; m = CLASS_WORD.exec(text)) {
    const name = m[1] ?? '';
    const known = sig.classes.get(name);
    if (!known) continue;
    const found = { name, index: m.index, kind: known.kind ?? 'other', rank: known.rank };
    if (known.wrapper) {
      if (!wrappers.includes(name)) wrappers.push(name);
      if (!wrapper || found.rank < wrapper.rank) wrapper = found;
    } else if (!root || found.rank < root.rank) root = found;
  }
  return { root, wrapper, wrappers };
}

function lastClass(sig: CompiledSignatures, text: string): { name: string; index: number } | null {
  let found: { name: string; index: number } | null = null;
  CLASS_LINE.lastIndex = 0;
  for (let m = CLASS_LINE.exec(text); m; m = CLASS_LINE.exec(text)) {
    const name = m[1];
    if (name && !sig.generic.has(name) && !sig.classes.get(name)?.wrapper) found = { name, index: m.index };
  }
  return found;
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end < 0 ? undefined : end).trim();
  return line.length > 300 ? line.slice(0, 300) + '…' : line;
}

/** Whether the text reads like an error message (a log line's ERROR, a class name, a trace), by the table. */
export function looksLikeErrorText(text: string, table?: ErrorSignatures | CompiledSignatures | null): boolean {
  const head = text.length > TEXT_CAP ? text.slice(0, TEXT_CAP) : text;
  return resolveSignatures(table).errorish?.test(head) ?? false;
}
