import type { Range } from '../core/types.js';

/** Offsets (UTF-16 code units of the decoded text) to 1-based lines and columns; CRLF counts as one line break. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    const clamped = this.clamp(offset);
    const index = this.lineAt(clamped);
    return { line: index + 1, column: clamped - this.startOf(index) + 1 };
  }

  /** `end` is exclusive, so endColumn is the column just after the last character. One object: a file can have 100,000. */
  range(start: number, end: number): Range {
    const from = this.clamp(start);
    const to = this.clamp(Math.max(start, end));
    const fromLine = this.lineAt(from);
    const toLine = to === from ? fromLine : this.lineAt(to);
    return {
      line: fromLine + 1,
      column: from - this.startOf(fromLine) + 1,
      endLine: toLine + 1,
      endColumn: to - this.startOf(toLine) + 1,
    };
  }

  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }

  /** The offset a line starts at; `line` is one lineAt gave, or between its bounds (0 and the last line). */
  private startOf(line: number): number {
    return this.starts[line]!;
  }

  /** The 0-based line of an offset, by binary search over the line starts: an index of starts. */
  private lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.startOf(mid) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The end of the line holding `offset`, without the line break and trailing blanks. */
  lineEnd(offset: number): number {
    let end = this.text.indexOf('\n', offset);
    if (end === -1) end = this.text.length;
    while (end > offset && /[\s]/.test(this.text.charAt(end - 1))) end--;
    return end;
  }
}
