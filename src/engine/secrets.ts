import type { ParsedFile } from './evaluate.js';

/**
 * Values that may be credentials: webhook header values and client_secret. The Action registers them with the
 * runner's masking (core.setSecret) so that no log line can show them, whatever prints them.
 */
export function secretValues(files: readonly ParsedFile[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    if (!file.outcome.ok) continue;
    const stack: unknown[] = [file.outcome.document.value];
    while (stack.length > 0) {
      const value = stack.pop();
      // Item by item: spreading a long array into push's arguments overflows the call stack.
      if (Array.isArray(value)) for (const item of value) stack.push(item);
      else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (
            (key === 'header_value' || key === 'client_secret') &&
            typeof child === 'string' &&
            child.trim().length >= 3
          )
            found.add(child);
          else stack.push(child);
        }
      }
    }
  }
  return [...found];
}
