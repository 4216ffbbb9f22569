import { WordReader } from './word-reader';

/**
 * Pass 1, as cmd.exe reads a line: outside double quotes `^` escapes the next character
 * (`^` + newline continues the line, and Chrome writes a literal newline as `^` + two
 * newlines), and unescaped `&` `|` or a newline end the command; inside quotes everything is
 * literal. Returns each command's text, quotes kept, for the argument parser.
 */
function cmdLines(src: string): { line: string; pipe: boolean; vars: string[] }[] {
  const out: { line: string; pipe: boolean; vars: string[] }[] = [];
  let line = '';
  let quoted = false;
  let vars: string[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    // cmd expands %NAME% before anything else, inside quotes too (Chrome writes ^% to stop it).
    const variable = c === '%' ? /^%[A-Za-z_][\w()-]*%/.exec(src.slice(i))?.[0] : undefined;
    if (variable) vars.push(variable);
    if (quoted) {
      if (c === '"') quoted = false;
      if (c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
        // cmd ends the line even inside quotes.
        quoted = false;
        out.push({ line, pipe: false, vars });
        line = '';
        vars = [];
        if (c === '\r') i++;
        continue;
      }
      line += c;
    } else if (c === '^') {
      let next = src[++i];
      if (next === '\r' && src[i + 1] === '\n') next = src[++i];
      if (next === '\n') {
        // `^` + newline: continuation; a second newline right after is kept literally.
        if (src[i + 1] === '\r' && src[i + 2] === '\n') i++;
        if (src[i + 1] === '\n') {
          line += '\n';
          i++;
        }
      } else if (next !== undefined) line += next === '"' ? '\u0000' : next; // an escaped quote does not toggle
    } else if (c === '"') {
      quoted = true;
      line += c;
    } else if (c === '&' || c === '|' || c === '\n') {
      out.push({ line, pipe: c === '|' && src[i + 1] !== '|', vars });
      line = '';
      vars = [];
      if (src[i + 1] === c) i++;
    } else line += c;
  }
  out.push({ line, pipe: false, vars });
  return out;
}

/**
 * Pass 2, as the Microsoft C runtime splits a command line into argv: `"` toggles quoting,
 * 2n backslashes + `"` give n backslashes and a toggle, 2n+1 give n and a literal `"`, other
 * backslashes are literal, `""` inside quotes is a literal `"`.
 */
function crtArgs(line: string, r: WordReader, pipe: boolean) {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\') {
      let n = 0;
      while (line[i + n] === '\\') n++;
      const after = line[i + n];
      if (after === '"' || after === '\u0000') {
        r.add('\\'.repeat(Math.floor(n / 2)));
        i += n;
        if (n % 2 === 1) r.add('"');
        else if (after === '"' || after === '\u0000') quoted = !quoted;
      } else {
        r.add('\\'.repeat(n));
        i += n - 1;
      }
    } else if (c === '"' || c === '\u0000') {
      if (quoted && (line[i + 1] === '"' || line[i + 1] === '\u0000')) {
        r.add('"');
        i++;
      } else {
        quoted = !quoted;
        r.add('');
      }
    } else if (!quoted && (c === ' ' || c === '\t' || c === '\r')) r.endWord();
    else r.add(c);
  }
  if (pipe) r.pipe();
  else r.endCommand();
}

/**
 * Split Windows cmd text (Chrome/Edge "Copy as cURL (cmd)", `curl.exe` in cmd) into commands
 * of words: cmd.exe's `^` escaping first, then the C runtime's argument rules.
 */
export function readCmd(src: string): string[][] {
  const r = new WordReader();
  for (const { line, pipe, vars } of cmdLines(src)) {
    for (const v of vars) r.unexpanded(v);
    crtArgs(line, r, pipe);
  }
  return r.finish();
}
