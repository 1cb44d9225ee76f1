/**
 * A value from the source shown in a message goes through `quoted`, never raw: the marks around it let the engine's
 * redaction step (engine/redact.ts) find every quoted value and drop it when it may be a credential, before any
 * reporter sees the message. The marks are private-use characters, stripped by that step.
 */
export const QUOTE_OPEN = '\uE000';
export const QUOTE_CLOSE = '\uE001';

const MARKS = /[\uE000\uE001]/g;

/**
 * The value as JSON (strings in double quotes), cut to `max` characters with `…`, between the marks. A mark inside the
 * value is written as its JSON escape, so a manifest cannot end the span early and leave the rest of a value unmarked.
 */
export function quoted(value: unknown, max = 80): string {
  return marked(typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value)), max);
}

/** Source text shown as it is (a URI's scheme, say), cut and marked as `quoted` does. */
export function marked(text: string, max = 80): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return QUOTE_OPEN + cut.replace(MARKS, (mark) => `\\u${mark.charCodeAt(0).toString(16)}`) + QUOTE_CLOSE;
}

/** The text without the marks, as a person reads it. */
export function unmarked(text: string): string {
  return text.includes(QUOTE_OPEN) || text.includes(QUOTE_CLOSE) ? text.replace(MARKS, '') : text;
}
