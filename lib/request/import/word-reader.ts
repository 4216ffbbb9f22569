/** Commands that are part of a pipeline (`echo x | curl …`, `curl … | jq .`). */
const piped = new WeakSet<string[]>();

/** True when `words` came from one side of a pipe: a non-curl command there is no surprise. */
export const isPiped = (words: string[]) => piped.has(words);

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

  private inPipeline = false;

  endCommand() {
    this.endWord();
    this.redirecting = false;
    if (this.words.length) {
      if (this.inPipeline) piped.add(this.words);
      this.commands.push(this.words);
    }
    this.words = [];
    this.inPipeline = false;
  }

  /** `a | b`: both are commands, marked as piped. */
  pipe() {
    this.inPipeline = true;
    this.endCommand();
    this.inPipeline = true;
  }

  finish(): string[][] {
    this.endCommand();
    return this.commands;
  }
}
