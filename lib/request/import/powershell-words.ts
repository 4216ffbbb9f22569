import { WordReader } from './word-reader';

const BACKTICK_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  v: '\v',
};

/**
 * A variable PowerShell expands outside '…' (`$token`, `$env:API_KEY`, `${x}`, `$(…)` opening).
 * Bounded like bash's: it is tried at every `$`, so an unclosed `${` must not scan to the end.
 */
const POWERSHELL_VARIABLE = /^\$(\{[^}]{0,256}\}|\(|(env:)?[A-Za-z_][\w]{0,255})/;

/**
 * Split PowerShell text (`curl.exe` with backtick continuations) into commands of words:
 * '…' (with `''` for a quote), "…" (backtick escapes, `""` for a quote), a backtick outside
 * quotes escapes the next character and before a newline continues the line; `;`, `|`,
 * newline separate commands; a leading `&` (call operator) is dropped. Variables stay literal.
 */
export function readPowerShell(src: string): string[][] {
  const r = new WordReader();
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '`') {
      const next = src[i + 1];
      if (next === '\r' && src[i + 2] === '\n') i += 2;
      else if (next === '\n') i++;
      else if (next !== undefined) {
        r.add(BACKTICK_ESCAPES[next] ?? next);
        i++;
      }
    } else if (c === "'") {
      let j = i + 1;
      let text = '';
      for (; j < src.length; j++) {
        if (src[j] === "'") {
          if (src[j + 1] !== "'") break;
          j++;
        }
        text += src[j];
      }
      r.add(text);
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      for (; j < src.length; j++) {
        const d = src[j]!;
        if (d === '`' && j + 1 < src.length) {
          const e = src[++j]!;
          text += BACKTICK_ESCAPES[e] ?? e;
        } else if (d === '$' && POWERSHELL_VARIABLE.test(src.slice(j))) {
          r.unexpanded(POWERSHELL_VARIABLE.exec(src.slice(j))![0]);
          text += d;
        } else if (d === '"') {
          if (src[j + 1] !== '"') break;
          text += '"';
          j++;
        } else text += d;
      }
      r.add(text);
      i = j;
    } else if (c === '$' && POWERSHELL_VARIABLE.test(src.slice(i))) {
      const name = POWERSHELL_VARIABLE.exec(src.slice(i))![0];
      r.add(name);
      r.unexpanded(name);
      i += name.length - 1;
    } else if (c === '#' && !r.inWord) {
      while (i + 1 < src.length && src[i + 1] !== '\n') i++;
    } else if (c === '|') r.pipe();
    else if (c === '\n' || c === ';') r.endCommand();
    else if (c === '&' && !r.inWord) continue;
    else if (c === '>' || c === '<') r.redirect();
    else if (c === ' ' || c === '\t' || c === '\r') r.endWord();
    else r.add(c);
  }
  return r.finish();
}
