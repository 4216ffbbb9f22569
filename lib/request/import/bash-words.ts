import { WordReader } from './word-reader';

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
};

const VARIABLE = /[A-Za-z_]/;
/**
 * An expansion inside double quotes: `$NAME`, `${…}`, `$(…)` or `` `…` `` (kept as written there
 * too). Bounded: it is tried at every `$` and backtick, and an unclosed `${` must not make each
 * try scan to the end of the paste (a 300 KB `${a${a…` took 80 s).
 */
const EXPANSION = /^(\$[A-Za-z_][A-Za-z0-9_]{0,255}|\$\{[^}]{0,256}\}|\$\([^)]{0,256}\)|`[^`]{0,256}`)/;

/** Read an ANSI-C quoted string starting after `$'`; returns the text and the index of the closing quote. */
function ansiC(src: string, start: number): [string, number] {
  let out = '';
  let i = start;
  for (; i < src.length && src[i] !== "'"; i++) {
    if (src[i] !== '\\') {
      out += src[i];
      continue;
    }
    const rest = src.slice(i + 1, i + 10);
    const code =
      /^x([0-9a-fA-F]{1,2})/.exec(rest) ??
      /^u([0-9a-fA-F]{1,4})/.exec(rest) ??
      /^U([0-9a-fA-F]{1,8})/.exec(rest) ??
      /^([0-7]{1,3})/.exec(rest);
    if (code) {
      const value = parseInt(code[1]!, /^[0-7]/.test(code[0]) ? 8 : 16);
      out += value <= 0x10ffff ? String.fromCodePoint(value) : '';
      i += code[0].length;
    } else {
      const e = src[++i] ?? '';
      out += SIMPLE_ESCAPES[e] ?? `\\${e}`;
    }
  }
  return [out, i];
}

/**
 * Split bash/zsh text into commands of words, as the shell would before running them:
 * '…', "…" (where `\"` `\\` `\$` `` \` `` are escapes and `\`+newline disappears), $'…'
 * (ANSI-C, Chrome's "Copy as cURL (bash)"), backslash escapes, `\`+newline continuations,
 * comments, and `;` `&&` `||` `|` newline as command separators. Redirections (`> out`,
 * `2>&1`, `< in`) are dropped. Variables and globs are not expanded: text stays literal.
 */
export function readBash(src: string): string[][] {
  const r = new WordReader();
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[i + 1];
      if (next === '\n') i++;
      else if (next === '\r' && src[i + 2] === '\n') i += 2;
      else if (next !== undefined) {
        r.add(next);
        i++;
      }
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      r.add(src.slice(i + 1, end < 0 ? src.length : end));
      i = end < 0 ? src.length : end;
    } else if (
      (c === '`' && src.indexOf('`', i + 1) > 0) ||
      (c === '$' && (src[i + 1] === '(' || src[i + 1] === '{'))
    ) {
      // Command substitution and ${…} are not run: kept as written, as one piece of the word.
      const end = substitutionEnd(src, i);
      r.add(src.slice(i, end + 1));
      r.unexpanded(src.slice(i, end + 1));
      i = end;
    } else if (c === '$' && src[i + 1] === '"') {
      continue; // $"…" is a translatable string: the same text as "…" here
    } else if (c === '$' && VARIABLE.test(src.slice(i + 1, i + 2))) {
      const name = /^\$[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      r.add(name);
      r.unexpanded(name);
      i += name.length - 1;
    } else if (c === '$' && src[i + 1] === "'") {
      const [text, next] = ansiC(src, i + 2);
      r.add(text);
      i = next;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\') {
          const next = src[j + 1] ?? '';
          if (next === '\n') {
            j++;
            continue;
          }
          if (next === '\r' && src[j + 2] === '\n') {
            j += 2;
            continue;
          }
          if ('"\\$`'.includes(next) && next) j++;
        } else if (src[j] === '`' || src[j] === '$') {
          const found = EXPANSION.exec(src.slice(j));
          if (found) r.unexpanded(found[0]);
        }
        text += src[j];
      }
      r.add(text);
      i = j;
    } else if (c === '#' && !r.inWord) {
      while (i + 1 < src.length && src[i + 1] !== '\n') i++;
    } else if (c === '\n') {
      r.endWord(); // ends a heredoc delimiter, whose body starts on the next line
      if (r.heredoc) i = readHeredoc(src, i + 1, r);
      r.endCommand();
    } else if (c === ';') r.endCommand();
    else if (c === '&' || c === '|') {
      if (c === '&' && r.redirecting) continue; // the `&` of `2>&1`
      const doubled = src[i + 1] === c;
      if (c === '|' && !doubled) r.pipe();
      else r.endCommand();
      if (doubled) i++;
    } else if (c === '<' && src.startsWith('<<<', i)) {
      r.redirect('herestring');
      i += 2;
    } else if (c === '<' && src[i + 1] === '<') {
      const strip = src[i + 2] === '-';
      r.redirect('heredoc', strip);
      i += strip ? 2 : 1;
    } else if (c === '<') r.redirect('in');
    else if (c === '>') r.redirect('out');
    else if (c === ' ' || c === '\t' || c === '\r') r.endWord();
    else r.add(c);
  }
  if (r.heredoc) r.endWord();
  return r.finish();
}

/** The index of the character that closes the `…`, $(…) or ${…} starting at `start`. */
function substitutionEnd(src: string, start: number): number {
  if (src[start] === '`') {
    let i = start + 1;
    while (i < src.length && src[i] !== '`') i += src[i] === '\\' ? 2 : 1;
    return Math.min(i, src.length - 1);
  }
  const [open, close] = src[start + 1] === '(' ? ['(', ')'] : ['{', '}'];
  let depth = 0;
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === open) depth++;
    else if (src[i] === close && --depth === 0) return i;
  }
  return src.length - 1;
}

/** A heredoc body: the lines from `start` up to the delimiter line; returns the index of that line's end. */
function readHeredoc(src: string, start: number, r: WordReader): number {
  const { delimiter, stripTabs } = r.heredoc!;
  const lines: string[] = [];
  let pos = start;
  while (pos <= src.length) {
    const nl = src.indexOf('\n', pos);
    const end = nl < 0 ? src.length : nl;
    let line = src.slice(pos, end).replace(/\r$/, '');
    if (stripTabs) line = line.replace(/^\t+/, '');
    if (line === delimiter || nl < 0) {
      if (line !== delimiter) lines.push(line);
      r.heredocBody(lines.length ? `${lines.join('\n')}\n` : '');
      return end;
    }
    lines.push(line);
    pos = nl + 1;
  }
  return src.length;
}
