import type { ManifestFormat, Problem, Range } from '../core/types.js';

export interface ParseLimits {
  maxBytes: number;
  maxDepth: number;
  maxAliasCount: number;
}

/** A pointer whose position a finding needs: the value there, or with target `key` the key that names it. */
export interface LocateRequest {
  pointer: string;
  target?: 'key' | 'value';
}

/** What locating cost, for tests that hold it linear: characters or nodes walked, and parses of the text. */
export interface LocateMeter {
  steps: number;
  parses: number;
}

/** A parsed file with the means to turn pointers into positions in its original text. */
export interface SourceDocument {
  file: string;
  format: ManifestFormat;
  /** Decoded text (BOM removed). */
  text: string;
  value: unknown;
  /**
   * Set on a YAML document whose value came from the fast path (yamlFast.ts): its text holds none of what that path
   * refuses (anchors, tags, flow collections over lines…), so fixes may be rendered from js-yaml's reading.
   */
  readonly fastPath?: boolean;
  /** Of a fast-path document: js-yaml's frames of its text, read at most once for locating and rendering alike. */
  frames?(): Frame | undefined;
  /**
   * The range of the value at each request's pointer (or of its key with target `key`), in order. A pointer that does
   * not exist resolves to its nearest existing ancestor, so every finding has a position inside the file. All of a
   * file's requests in one call: the cost is one walk of the file, whatever the number of requests.
   */
  locateAll(requests: readonly LocateRequest[], meter?: LocateMeter): Range[];
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

/** One call of js-yaml's composeNode: where it opened and closed, and what it read (yamlFastPositions.ts). */
export interface Frame {
  open: number;
  close: number;
  kind: 'scalar' | 'mapping' | 'sequence' | null;
  result: unknown;
  children: Frame[];
}
