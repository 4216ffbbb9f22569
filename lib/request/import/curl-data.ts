/** Body helpers for curl's data and form options: what curl would put on the wire. */

/**
 * Reads a file named in a command (`-d @body.json`, `-T file`, `-F f=@x`): the CLI passes one
 * (relative to where the command runs); the browser has none, so files are noted instead.
 * Returns null when the file cannot be read. `-` is stdin: a heredoc, here-string or `< file`.
 */
export type ReadFile = (path: string) => string | null;

/**
 * How a file that cannot be read stays in the body: as curl's own `@path` reference (what
 * curlconverter's generators keep too), so the user sees which file to paste. Stdin (`-`)
 * redirected from a file (`< body.json`) is named by that file.
 */
export type FileRef = (path: string) => string;
const sameName: FileRef = (path) => path;

/**
 * What curl's --data-urlencode writes for content: `curl_easy_escape` (every byte but
 * A-Z a-z 0-9 - . _ ~ as %XX), then `%20` as `+` (tool_getparam.c,
 * replace_url_encoded_space_by_plus, "according to RFC1866").
 */
const curlEscape = (text: string) =>
  encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');

/** `--data-urlencode` / `--url-query` forms: `content`, `=content`, `name=content`, `@file`, `name@file`. */
export function urlencodeArg(
  written: string,
  arg: string,
  notes: string[],
  readFile?: ReadFile,
  ref: FileRef = sameName,
): string {
  const eq = arg.indexOf('=');
  const at = arg.indexOf('@');
  if (at >= 0 && (eq < 0 || at < eq)) {
    const path = arg.slice(at + 1);
    const content = readOptional(path, readFile);
    if (content === null) {
      const kept = `${at === 0 ? '' : `${arg.slice(0, at)}=`}@${ref(path)}`;
      notes.push(
        `${written} ${arg}: the file cannot be read here; "${kept}" was kept in its place — paste its content instead.`,
      );
      return kept;
    }
    return at === 0 ? curlEscape(content) : `${arg.slice(0, at)}=${curlEscape(content)}`;
  }
  if (eq < 0) return curlEscape(arg);
  const value = curlEscape(arg.slice(eq + 1));
  return eq === 0 ? value : `${arg.slice(0, eq)}=${value}`;
}

/** A part of a multipart body (`-F name=value`, `-F file=@path;type=image/png`). */
export interface FormPart {
  name: string;
  value: string;
  filename?: string;
  type?: string;
}

/** Split `value;type=x;filename=y` the way curl does for -F (a double-quoted value keeps its `;`). */
function formValue(raw: string): { value: string; params: Record<string, string> } {
  let value = raw;
  let rest = '';
  if (raw.startsWith('"')) {
    const end = raw.indexOf('"', 1);
    value = raw.slice(1, end < 0 ? raw.length : end).replace(/\\(["\\])/g, '$1');
    rest = end < 0 ? '' : raw.slice(end + 1);
  } else {
    const m = /;(type|filename|headers|encoder)=/.exec(raw);
    if (m) {
      value = raw.slice(0, m.index);
      rest = raw.slice(m.index);
    }
  }
  const params: Record<string, string> = {};
  for (const m of rest.matchAll(/;\s*(type|filename|headers|encoder)=("[^"]*"|[^;]*)/g))
    params[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  return { value, params };
}

/** A file's content through `readFile`, or null (no reader, stdin, or unreadable). */
export const readOptional = (path: string, readFile?: ReadFile) => (readFile ? readFile(path) : null);
export const basename = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The types curl guesses from a file name's extension for -F parts (lib/mime.c). */
const TYPE_BY_EXTENSION: Record<string, string> = {
  gif: 'image/gif',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  htm: 'text/html',
  html: 'text/html',
  pdf: 'application/pdf',
  xml: 'application/xml',
};
const guessType = (file: string) => TYPE_BY_EXTENSION[/\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''];

/** One `-F` / `--form-string` argument as a part; files become empty parts with a note. */
export function formPart(
  written: string,
  arg: string,
  literal: boolean,
  notes: string[],
  readFile?: ReadFile,
): FormPart | null {
  const eq = arg.indexOf('=');
  if (eq < 1) {
    notes.push(`${written} ${arg}: expected name=content; it was ignored.`);
    return null;
  }
  const name = arg.slice(0, eq);
  const raw = arg.slice(eq + 1);
  if (literal) return { name, value: raw };
  const { value, params } = formValue(raw);
  for (const dropped of ['headers', 'encoder'] as const)
    if (params[dropped] !== undefined)
      notes.push(`${written} ${name}: the part's ${dropped}=${params[dropped]} was not applied.`);
  if (value.startsWith('@') || value.startsWith('<')) {
    const path = value.slice(1);
    const content = readOptional(path, readFile);
    if (content !== null)
      return value.startsWith('@')
        ? { name, value: content, filename: params.filename ?? basename(path), type: params.type ?? guessType(path) }
        : { name, value: content, type: params.type };
    notes.push(
      `${written} ${name}=${value}: the file cannot be read here; the part was sent empty — paste its content or attach it in your own client.`,
    );
    return value.startsWith('@')
      ? {
          name,
          value: '',
          filename: params.filename ?? basename(path),
          type: params.type ?? guessType(path),
        }
      : { name, value: '', type: params.type };
  }
  return { name, value, type: params.type, filename: params.filename };
}

/** Fixed so that the same command always imports to the same body. */
export const FORM_BOUNDARY = '------------------------apitriageform';

/** The multipart/form-data body curl would send for these parts (RFC 7578). */
export function multipartBody(parts: readonly FormPart[], boundary = FORM_BOUNDARY): string {
  const quote = (s: string) => s.replace(/"/g, '%22').replace(/\r?\n/g, ' ');
  const chunks = parts.map((p) => {
    const disposition = `Content-Disposition: form-data; name="${quote(p.name)}"${
      p.filename !== undefined ? `; filename="${quote(p.filename)}"` : ''
    }`;
    const type = p.type ?? (p.filename !== undefined ? 'application/octet-stream' : undefined);
    return `--${boundary}\r\n${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n${p.value}\r\n`;
  });
  return `${chunks.join('')}--${boundary}--\r\n`;
}

/**
 * Undo curl's URL globbing escapes (`\[` `\]` `\{` `\}`, as Chrome writes them) and report
 * real globs (`{a,b}`, `[1-9]`), which would make curl send several requests.
 */
export function unglob(url: string, notes: string[]): string {
  const unescaped = url.replace(/\\([[\]{}])/g, '');
  if (/\{[^}]*,[^}]*\}|\[[^\]]*-[^\]]*\]/.test(unescaped))
    notes.push(`${url}: curl would expand this URL pattern into several requests; it was used as written.`);
  return url.replace(/\\([[\]{}])/g, '$1');
}
