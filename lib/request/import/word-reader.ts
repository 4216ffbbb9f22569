/** Commands that are part of a pipeline (`echo x | curl …`, `curl … | jq .`). */
const piped = new WeakSet<string[]>();

/** True when `words` came from one side of a pipe: a non-curl command there is no surprise. */
export const isPiped = (words: string[]) => piped.has(words);

/** What a command reads on stdin (`<<EOF` heredoc, `<<<` here-string, `< file`), for curl's `@-`. */
export interface Stdin {
  text?: string;
  file?: string;
}
const stdins = new WeakMap<string[], Stdin>();
export const stdinOf = (words: string[]): Stdin | undefined => stdins.get(words);

/** The command whose output a piped command reads (`echo '{…}' | curl -d @- …`). */
const upstreams = new WeakMap<string[], string[]>();
export const upstreamOf = (words: string[]): string[] | undefined => upstreams.get(words);

/** Shell expansions (`$TOKEN`, `$(cmd)`, `` `cmd` ``) a command holds, kept as written. */
const expansions = new WeakMap<string[], string[]>();
export const expansionsOf = (words: string[]): string[] => expansions.get(words) ?? [];

/** Kinds of redirection: output targets are dropped, input ones become the command's stdin. */
type Redirect = 'out' | 'in' | 'herestring' | 'heredoc';

/** Collects words into commands for the shell readers (bash, cmd, PowerShell). */
export class WordReader {
  private commands: string[][] = [];
  private words: string[] = [];
  private word = '';
  /** True once the current word has started (so `""` still gives an empty word). */
  inWord = false;
  /** The next word is a redirection target (`> out.json`), not an argument. */
  redirecting = false;
  private redirectKind: Redirect = 'out';
  private stdin: Stdin | null = null;
  /** A heredoc's delimiter, waiting for the end of the line where its body starts. */
  heredoc: { delimiter: string; stripTabs: boolean } | null = null;
  private stripTabs = false;
  private expanded: string[] = [];

  /** Note a shell expansion that was kept as written (the reader never runs or looks up anything). */
  unexpanded(text: string) {
    if (!this.expanded.includes(text)) this.expanded.push(text);
  }

  add(text: string) {
    this.word += text;
    this.inWord = true;
  }

  endWord() {
    if (!this.inWord) return;
    if (this.redirecting) {
      this.redirecting = false;
      if (this.redirectKind === 'in') this.stdin = { file: this.word };
      else if (this.redirectKind === 'herestring') this.stdin = { text: `${this.word}\n` };
      else if (this.redirectKind === 'heredoc') this.heredoc = { delimiter: this.word, stripTabs: this.stripTabs };
    } else this.words.push(this.word);
    this.word = '';
    this.inWord = false;
  }

  /** `>`, `>>`, `2>`, `<`, `<<<`, `<<`: drop the file descriptor number before it; the next word is its target. */
  redirect(kind: Redirect = 'out', stripTabs = false) {
    if (this.inWord && /^\d*$/.test(this.word)) {
      this.word = '';
      this.inWord = false;
    } else this.endWord();
    this.redirecting = true;
    this.redirectKind = kind;
    this.stripTabs = stripTabs;
  }

  /** The body of a pending heredoc, read by the shell reader after the command's line. */
  heredocBody(text: string) {
    this.stdin = { text };
    this.heredoc = null;
  }

  private inPipeline = false;
  private upstream: string[] | null = null;

  endCommand() {
    this.endWord();
    this.redirecting = false;
    if (this.words.length) {
      if (this.inPipeline) piped.add(this.words);
      if (this.stdin) stdins.set(this.words, this.stdin);
      if (this.expanded.length) expansions.set(this.words, this.expanded);
      if (this.upstream) upstreams.set(this.words, this.upstream);
      this.commands.push(this.words);
    }
    this.upstream = null;
    this.words = [];
    this.inPipeline = false;
    this.stdin = null;
    this.expanded = [];
  }

  /** `a | b`: both are commands, marked as piped. */
  pipe() {
    this.inPipeline = true;
    const count = this.commands.length;
    this.endCommand();
    this.inPipeline = true;
    this.upstream = this.commands.length > count ? this.commands[this.commands.length - 1]! : null;
  }

  finish(): string[][] {
    this.endCommand();
    return this.commands;
  }
}
