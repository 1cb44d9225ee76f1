import type { ManifestFormat } from '../core/types.js';
import type { ParseLimits } from './types.js';

/**
 * What the engine needs to know about parsing before it loads a parser: the limits and the format a name implies.
 * Kept apart from parseSource.ts so that importing them does not load yaml, js-yaml or jsonc-parser.
 */

/** A manifest is a couple of kilobytes and six levels deep; these leave room for any real one and none for abuse. */
export const defaultParseLimits: ParseLimits = { maxBytes: 1_048_576, maxDepth: 64, maxAliasCount: 100 };

export function formatOf(file: string): ManifestFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}
