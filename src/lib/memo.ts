/**
 * A memo of what a pure function makes of a text, for one build and, where asked, the next: a rebuild that reads
 * again only what changed asks again for nearly every text the last build asked for. What a build does not ask for is
 * let go at its end, so the memo holds at most two builds' texts, and, without `carry`, none once the build is done.
 */
export class TextMemo<V> {
  private last = new Map<string, V>();
  private now = new Map<string, V>();

  constructor(private readonly make: (text: string) => V) {}

  get(text: string): V {
    let value = this.now.get(text);
    if (value === undefined) {
      value = this.last.get(text) ?? this.make(text);
      this.now.set(text, value);
    }
    return value;
  }

  /** A build's end: with `carry`, what it made serves the next build; else everything is let go. */
  end(carry: boolean): void {
    this.last = carry ? this.now : new Map();
    this.now = new Map();
  }
}
