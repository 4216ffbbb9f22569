/**
 * Split a shell command line into words the way bash would for a pasted curl command:
 * single quotes, double quotes (with \" \\ \$ \` escapes), ANSI-C $'...' quotes (Chrome's
 * "Copy as cURL"), backslash escapes and line continuations (`\` + newline, and `^` for
 * cmd.exe copies). No expansion of variables or globs: the text is taken literally.
 */
export function shellWords(input: string): string[] {
  const src = input.replace(/\\\r?\n/g, ' ').replace(/\^\r?\n/g, ' ');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      word += src.slice(i + 1, end < 0 ? src.length : end);
      i = end < 0 ? src.length : end;
      inWord = true;
    } else if (c === '$' && src[i + 1] === "'") {
      const [text, next] = ansiC(src, i + 2);
      word += text;
      i = next;
      inWord = true;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\' && '"\\$`'.includes(src[j + 1] ?? '')) j++;
        word += src[j];
      }
      i = j;
      inWord = true;
    } else if (c === '\\') {
      word += src[i + 1] ?? '';
      i++;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

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
  '0': '\0',
};

/** Read an ANSI-C quoted string starting after `$'`; returns the text and the index of the closing quote. */
function ansiC(src: string, start: number): [string, number] {
  let out = '';
  let i = start;
  for (; i < src.length && src[i] !== "'"; i++) {
    if (src[i] !== '\\') {
      out += src[i];
      continue;
    }
    const e = src[++i] ?? '';
    const hex = /^x([0-9a-fA-F]{1,2})/.exec(src.slice(i)) ?? /^u([0-9a-fA-F]{1,4})/.exec(src.slice(i));
    if (hex) {
      out += String.fromCodePoint(parseInt(hex[1]!, 16));
      i += hex[0].length - 1;
    } else out += SIMPLE_ESCAPES[e] ?? `\\${e}`;
  }
  return [out, i];
}
