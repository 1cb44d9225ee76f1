/**
 * Numbers JSON cannot hold: JSON.parse turns a number beyond the range of a 64-bit float (`1e999`, `-1e999`, four
 * hundred digits) into ±Infinity, which the schema would then judge as "must be an integer". RFC 8259 §6 leaves such
 * numbers to the implementation; a manifest holding one is refused where it is written, as YAML's `.inf` is.
 */

/** Offset of the first number in JSON text (that JSON.parse accepted) that is not finite as a double, or -1. */
export function infiniteNumberAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = closingQuote(text, i);
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1;
      while (end < text.length && isNumberPart(text.charCodeAt(end))) end++;
      if (!Number.isFinite(Number(text.slice(i, end)))) return i;
      i = end - 1;
    }
  }
  return -1;
}

/** Digits, `.`, `e`/`E` and signs: what a JSON number token is made of. */
function isNumberPart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
}

/** The offset of the quote closing the string opened at `open` (a quote after an odd run of backslashes is escaped). */
function closingQuote(text: string, open: number): number {
  for (let close = text.indexOf('"', open + 1); close !== -1; close = text.indexOf('"', close + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return close;
  }
  return text.length;
}
