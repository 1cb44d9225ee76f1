import { Parser } from 'yaml';

/**
 * Offset of a directive that repeats one before it ahead of the same document, or -1: a second `%YAML`, or a second
 * `%TAG` for the same handle. YAML 1.2 §6.8.1 and §6.8.2 make both errors; `yaml` 2.x keeps the last one silently
 * (yaml-test-suite SF5V). The text is lexed again only when it holds either directive twice.
 */
export function repeatedDirectiveAt(text: string): number {
  if (!twice(text, '%YAML') && !twice(text, '%TAG')) return -1;
  const seen = new Set<string>();
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document') {
      seen.clear();
    } else if (token.type === 'directive') {
      const [name, handle] = token.source.trim().split(/[ \t]+/);
      const key = name === '%YAML' ? name : name === '%TAG' ? `${name} ${handle}` : undefined;
      if (key === undefined) continue;
      if (seen.has(key)) return token.offset;
      seen.add(key);
    }
  }
  return -1;
}

function twice(text: string, needle: string): boolean {
  const first = text.indexOf(needle);
  return first !== -1 && text.indexOf(needle, first + 1) !== -1;
}
