import type { Range } from '../../src/core/types.js';
import type { SourceDocument } from '../../src/parse/types.js';

/** The range of one pointer: a document's locateAll asked for a single request. */
export function locate(document: SourceDocument, pointer: string, target?: 'key' | 'value'): Range {
  return document.locateAll([{ pointer, target }])[0];
}
