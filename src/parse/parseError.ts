import { LineIndex } from './lineIndex.js';
import type { ParseOutcome } from './types.js';

/** A parse failure at one offset of the decoded text, one character wide. */
export function parseErrorAt(text: string, offset: number, message: string): Extract<ParseOutcome, { ok: false }> {
  const lines = new LineIndex(text);
  const at = Math.max(0, Math.min(offset, text.length));
  return {
    ok: false,
    text,
    problems: [
      {
        ruleId: 'parse-error',
        problem: {
          pointer: '',
          message,
          range: lines.range(at, Math.min(at + 1, text.length)),
        },
      },
    ],
  };
}
