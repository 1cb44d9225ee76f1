import { parsePointer } from '../core/pointer.js';
import type { LocateRequest } from './types.js';

/** What a walk found at one place of the document; `under` is the place of the parent it was found in. */
export interface Place {
  readonly under: Place | undefined;
}

/** One segment of the requested pointers: the walk of a document visits only the containers requests go into. */
export interface TrieNode<P extends Place> {
  /** By unescaped segment; absent where no request goes deeper. */
  children: Map<string, TrieNode<P>> | undefined;
  /** Set by the walk each time it finds this place (the last time wins, as with repeated keys). */
  found: P | undefined;
}

export interface PointerTrie<P extends Place> {
  root: TrieNode<P>;
  /** For each request, in order: the nodes of its segments, the root first. */
  paths: Array<Array<TrieNode<P>>>;
}

/**
 * The requests of one file as a tree of segments, so that one walk answers all of them: cost linear in the pointers'
 * length, not in the document's size. A pointer that does not parse asks for the whole document.
 */
export function pointerTrie<P extends Place>(requests: readonly LocateRequest[]): PointerTrie<P> {
  const root: TrieNode<P> = { children: undefined, found: undefined };
  const paths = requests.map(({ pointer }) => {
    let segments: string[];
    try {
      segments = parsePointer(pointer);
    } catch {
      segments = [];
    }
    const path = [root];
    let node = root;
    for (const segment of segments) {
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (!child) {
        child = { children: undefined, found: undefined };
        node.children.set(segment, child);
      }
      path.push(child);
      node = child;
    }
    return path;
  });
  return { root, paths };
}

/**
 * The deepest place of a path the walk found, and whether that is the whole path. A place counts only when it was
 * found inside the very place found for its parent: a child seen under an earlier repeat of its parent's key is not
 * in the value the document keeps.
 */
export function deepestFound<P extends Place>(path: ReadonlyArray<TrieNode<P>>): { place: P; exact: boolean } {
  let place = path[0].found;
  if (!place) throw new Error('the walk did not visit the root');
  for (let i = 1; i < path.length; i++) {
    const found = path[i].found;
    if (!found || found.under !== place) return { place, exact: false };
    place = found;
  }
  return { place, exact: true };
}

/** An array index as RFC 6901 writes it: no sign, no leading zero. */
export function arrayIndex(segment: string): number | undefined {
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;
}
