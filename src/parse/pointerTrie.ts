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
  readonly parent: TrieNode<P> | undefined;
  /** The answer of deepestFound, worked out once for all the requests through this node. */
  resolved?: { place: P; exact: boolean };
}

export interface PointerTrie<P extends Place> {
  root: TrieNode<P>;
  /** For each request, in order: the node of its last segment. */
  leaves: Array<TrieNode<P>>;
}

/**
 * The requests of one file as a tree of segments, so that one walk answers all of them: cost linear in the pointers'
 * length, not in the document's size. A pointer that does not parse asks for the whole document.
 */
export function pointerTrie<P extends Place>(requests: readonly LocateRequest[]): PointerTrie<P> {
  const root: TrieNode<P> = { children: undefined, found: undefined, parent: undefined };
  const childOf = (node: TrieNode<P>, segment: string): TrieNode<P> => {
    node.children ??= new Map();
    let child = node.children.get(segment);
    if (!child) {
      child = { children: undefined, found: undefined, parent: node };
      node.children.set(segment, child);
    }
    return child;
  };
  const leaves = requests.map(({ pointer }) => {
    let node = root;
    if (pointer.charCodeAt(0) !== 0x2f) return node;
    if (pointer.includes('~')) {
      for (const segment of parsePointer(pointer)) node = childOf(node, segment);
      return node;
    }
    // Most pointers have no escapes: their segments are cut out as they are, with no array of them.
    for (let start = 1; ;) {
      const end = pointer.indexOf('/', start);
      node = childOf(node, end === -1 ? pointer.slice(start) : pointer.slice(start, end));
      if (end === -1) return node;
      start = end + 1;
    }
  });
  return { root, leaves };
}

/**
 * The deepest place of a request's path the walk found, and whether that is the whole path. A place counts only when
 * it was found inside the very place found for its parent: a child seen under an earlier repeat of its parent's key is
 * not in the value the document keeps.
 */
export function deepestFound<P extends Place>(leaf: TrieNode<P>): { place: P; exact: boolean } {
  if (leaf.resolved) return leaf.resolved;
  const unresolved: Array<TrieNode<P>> = [];
  let node = leaf;
  while (!node.resolved && node.parent) {
    unresolved.push(node);
    node = node.parent;
  }
  if (!node.resolved) {
    if (!node.found) throw new Error('the walk did not visit the root');
    node.resolved = { place: node.found, exact: true };
  }
  // Root side first: each child's parent is resolved before it.
  for (let child = unresolved.pop(); child !== undefined; child = unresolved.pop()) {
    const up = child.parent!.resolved!;
    child.resolved =
      up.exact && child.found && child.found.under === up.place
        ? { place: child.found, exact: true }
        : { ...up, exact: false };
  }
  return leaf.resolved!;
}

/** An array index as RFC 6901 writes it: no sign, no leading zero. */
export function arrayIndex(segment: string): number | undefined {
  return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;
}
