import type { ManifestFormat, Problem, Range } from '../core/types.js';

export interface ParseLimits {
  maxBytes: number;
  maxDepth: number;
  maxAliasCount: number;
}

/** A parsed file with the means to turn a pointer into a position in its original text. */
export interface SourceDocument {
  file: string;
  format: ManifestFormat;
  /** Decoded text (BOM removed). */
  text: string;
  value: unknown;
  /**
   * The range of the value at `pointer` (or of its key with target `key`). A pointer that does not exist
   * resolves to its nearest existing ancestor, so every finding has a position inside the file.
   */
  locate(pointer: string, target?: 'key' | 'value'): Range;
}

export interface ParseProblem {
  ruleId: 'parse-error' | 'duplicate-key';
  problem: Problem;
}

export type ParseOutcome =
  | { ok: true; document: SourceDocument; problems: ParseProblem[] }
  | {
      ok: false;
      problems: ParseProblem[];
      /** The text that did not parse, scanned for credentials so that a broken file is masked too (engine/credentials.ts). */
      text?: string;
    };
