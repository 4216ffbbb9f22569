import type { ImportResult } from './draft';
import { curlRequests, type CurlExtras } from './import/curl-requests';
import type { ReadFile } from './import/curl-data';
import { toDraft } from './import/to-draft';
import type { ImportedRequest } from './import/import-types';
import { expansionsOf, isPiped, stdinOf, upstreamOf, type Stdin } from './import/word-reader';
import { shellCommands, type ShellDialect } from './shell-words';

/** Words that may stand before `curl` in a paste: prompts, `sudo`, `time`, env assignments, PowerShell's `&`. */
const PREFIX = /^(\$|%|>|#|PS|sudo|time|command|exec|&|[A-Za-z_][A-Za-z0-9_]*=.*|[A-Za-z]:\\.*>|PS [^>]*>)$/;
const isCurl = (word: string) => /^curl(\.exe)?$/i.test(word.split(/[\\/]/).pop() ?? '');

/**
 * A paste copied from Markdown (a chat, a README): code-fence lines (```bash, ~~~) are not
 * shell, and a command wrapped whole in `…` is inline code, not a command substitution.
 */
function withoutMarkdown(text: string): string {
  // Only a paste that opens with a fence is a fenced block (a heredoc body may hold ``` lines).
  const unfenced = /^\s*(```|~~~)/.test(text) ? text.replace(/^[ \t]*(```|~~~)[\w+-]*[ \t]*$/gm, '') : text;
  const inline = /^\s*`([^`]+)`\s*$/.exec(unfenced);
  return inline ? inline[1]! : unfenced;
}

/**
 * What a command piped into curl writes, when the paste says it literally: `echo` (its words
 * and a newline, none with -n) and `cat file`. Anything else is not run, so stays unknown.
 */
function pipedIn(upstream: string[] | undefined): Stdin | undefined {
  const [command, ...args] = upstream ?? [];
  if (command === 'cat' && args.length === 1) return { file: args[0]! };
  if (command !== 'echo') return undefined;
  const noNewline = args[0] === '-n';
  const words = noNewline ? args.slice(1) : args;
  return { text: `${words.join(' ')}${noNewline ? '' : '\n'}` };
}

/** A curl request plus the options the playground keeps beside the request (-L, -m). */
export interface CurlImport {
  request: ImportedRequest;
  extras: CurlExtras;
}

/**
 * Every request in a pasted block of curl commands — one command or several ("Copy all as
 * cURL"), from bash/zsh, Windows cmd or PowerShell. Commands that are not curl are skipped;
 * throws when there is no curl command at all. Files named in the commands are read only
 * through `readFile` (the CLI's); without it they are noted.
 */
export function parseCurlAll(
  text: string,
  options: { dialect?: ShellDialect; readFile?: ReadFile } = {},
): CurlImport[] {
  const out: CurlImport[] = [];
  let skipped = 0;
  for (const words of shellCommands(withoutMarkdown(text), options.dialect)) {
    let start = 0;
    while (start < words.length - 1 && !isCurl(words[start]!) && PREFIX.test(words[start]!)) start++;
    if (!isCurl(words[start] ?? '')) {
      if (!isPiped(words)) skipped++;
      continue;
    }
    const stdin = stdinOf(words) ?? pipedIn(upstreamOf(words));
    const read = options.readFile;
    // `@-` and `-T -` read stdin: the heredoc or here-string of the paste, or its `< file`.
    const readFile = (path: string) =>
      path === '-' ? (stdin?.text ?? (stdin?.file && read ? read(stdin.file) : null)) : (read?.(path) ?? null);
    // A file that cannot be read keeps its name in the body; stdin is named by its `< file`.
    const ref = (path: string) => (path === '-' && stdin?.file ? stdin.file : path);
    const { requests, extras } = curlRequests(words.slice(start + 1), readFile, ref);
    if (requests.length === 0) throw new Error('No URL found in the curl command.');
    const unexpanded = expansionsOf(words);
    if (unexpanded.length)
      for (const r of requests)
        r.notes.push(
          `The shell would expand ${unexpanded.join(', ')}; ${unexpanded.length === 1 ? 'it was' : 'they were'} kept as written — put in the value you mean.`,
        );
    out.push(...requests.map((request) => ({ request, extras })));
  }
  if (out.length === 0) throw new Error('Not a curl command: it should start with "curl".');
  if (skipped && out[0]) out[0].request.notes.push(`${skipped} line(s) that are not curl commands were skipped.`);
  return out;
}

/** The first request of a pasted curl command, as a playground draft with notes. */
export function parseCurl(text: string): ImportResult {
  const [first] = parseCurlAll(text);
  if (!first) throw new Error('No URL found in the curl command.');
  return toDraft(first.request, first.extras);
}
