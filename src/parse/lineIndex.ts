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
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.starts[low] + 1 };
  }

  /** `end` is exclusive, so endColumn is the column just after the last character. */
  range(start: number, end: number): Range {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /** The end of the line holding `offset`, without the line break and trailing blanks. */
  lineEnd(offset: number): number {
    let end = this.text.indexOf('\n', offset);
    if (end === -1) end = this.text.length;
    while (end > offset && /[\s]/.test(this.text[end - 1])) end--;
    return end;
  }
}
