/** Collects words into commands for the shell readers (bash, cmd, PowerShell). */
export class WordReader {
  private commands: string[][] = [];
  private words: string[] = [];
  private word = '';
  /** True once the current word has started (so `""` still gives an empty word). */
  inWord = false;
  /** The next word is a redirection target (`> out.json`), not an argument. */
  redirecting = false;

  add(text: string) {
    this.word += text;
    this.inWord = true;
  }

  endWord() {
    if (!this.inWord) return;
    if (this.redirecting) this.redirecting = false;
    else this.words.push(this.word);
    this.word = '';
    this.inWord = false;
  }

  /** `>`, `>>`, `2>`, `<`: drop the file descriptor number before it and the file after it. */
  redirect() {
    if (this.inWord && /^\d*$/.test(this.word)) {
      this.word = '';
      this.inWord = false;
    } else this.endWord();
    this.redirecting = true;
  }

  /** Words after a pipe belong to the receiving command (`| jq .`), which is not part of the request. */
  private piped = false;

  endCommand() {
    this.endWord();
    this.redirecting = false;
    if (this.words.length && !this.piped) this.commands.push(this.words);
    this.words = [];
    this.piped = false;
  }

  /** `a | b`: end `a`; `b` is dropped. */
  pipe() {
    this.endCommand();
    this.piped = true;
  }

  finish(): string[][] {
    this.endCommand();
    return this.commands;
  }
}
