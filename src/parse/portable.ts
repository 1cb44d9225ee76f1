import type { ParseLimits, ParseOutcome, ParseProblem } from './types.js';
import { JsonDocument } from './json.js';
import { ComposedYamlDocument, FastYamlDocument } from './yaml.js';

/**
 * A parse outcome as it crosses from one thread to another (structured clone): its data, and which kind of document
 * to rebuild around them. Every kind finds positions from its text alone, so the rebuilt outcome gives the same
 * values, problems and positions as the one it was made from.
 */
export type PortableOutcome =
  | Extract<ParseOutcome, { ok: false }>
  | {
      ok: true;
      kind: 'json' | 'yaml-fast' | 'yaml-composed';
      file: string;
      text: string;
      value: unknown;
      problems: ParseProblem[];
    };

export function toPortable(outcome: ParseOutcome): PortableOutcome {
  if (!outcome.ok) return outcome;
  const { document, problems } = outcome;
  const kind =
    document instanceof JsonDocument
      ? 'json'
      : document instanceof FastYamlDocument
        ? 'yaml-fast'
        : document instanceof ComposedYamlDocument
          ? 'yaml-composed'
          : undefined;
  if (!kind) throw new Error(`a ${document.format} document of an unknown kind cannot cross threads`);
  return { ok: true, kind, file: document.file, text: document.text, value: document.value, problems };
}

export function fromPortable(portable: PortableOutcome, limits: ParseLimits): ParseOutcome {
  if (!portable.ok) return portable;
  const { kind, file, text, value, problems } = portable;
  const document =
    kind === 'json'
      ? new JsonDocument(file, text, value)
      : kind === 'yaml-fast'
        ? new FastYamlDocument(file, text, value, limits)
        : new ComposedYamlDocument(file, text, value, undefined, limits.maxDepth);
  return { ok: true, document, problems };
}
