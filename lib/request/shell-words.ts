import { readBash } from './import/bash-words';
import { readCmd } from './import/cmd-words';
import { readPowerShell } from './import/powershell-words';

/** The shells people copy curl commands from. */
export type ShellDialect = 'bash' | 'cmd' | 'powershell';

/**
 * Which shell a paste was written for. cmd: `^` before a newline or a quote (Chrome/Edge
 * "Copy as cURL (cmd)"); PowerShell: a backtick before a newline, or `curl.exe` without bash
 * continuations (Firefox's Windows copy); otherwise bash/zsh (Chrome, Firefox, Safari "Copy as cURL", curl's docs).
 */
export function detectDialect(text: string): ShellDialect {
  if (/\^\r?\n|\^"/.test(text)) return 'cmd';
  // Firefox's Windows copy (`curl.exe "…""…"`, `` `$ ``) reads the same in PowerShell as in cmd.
  // A continuation backtick follows a space; one right after a word closes bash's `command`.
  if (/(^|[ \t])`[ \t]*\r?\n/.test(text) || (/(^|\s|&)curl\.exe\s/.test(text) && !/\\\r?\n/.test(text)))
    return 'powershell';
  return 'bash';
}

/** Split pasted shell text into commands of words, reading it as `dialect` (detected when omitted). */
export function shellCommands(text: string, dialect: ShellDialect = detectDialect(text)): string[][] {
  if (dialect === 'cmd') return readCmd(text);
  if (dialect === 'powershell') return readPowerShell(text);
  return readBash(text);
}

/** The words of the first command of a paste. */
export function shellWords(text: string): string[] {
  return shellCommands(text)[0] ?? [];
}
