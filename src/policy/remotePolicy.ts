import path from 'node:path';

/** `github:OWNER/REPO/PATH@REF`: a policy file in another repository, pinned to a ref. */
export interface RemotePolicyReference {
  owner: string;
  repo: string;
  /** Path inside the repository, `/` separators, no leading slash. */
  path: string;
  ref: string;
}

export type ReadRemotePolicy = (reference: RemotePolicyReference) => Promise<string>;

const NAME = /^[A-Za-z0-9_.-]+$/;

export function isRemoteReference(reference: string): boolean {
  return reference.startsWith('github:');
}

/** Parses a reference, or returns what is wrong with it. */
export function parseRemoteReference(reference: string): RemotePolicyReference | string {
  const body = reference.slice('github:'.length);
  const at = body.lastIndexOf('@');
  if (at < 0 || at === body.length - 1)
    return `"${reference}" must be pinned to a tag, branch or commit: github:OWNER/REPO/PATH@REF`;
  const ref = body.slice(at + 1);
  const [owner, repo, ...rest] = body.slice(0, at).split('/');
  const file = rest.join('/');
  if (
    !owner ||
    !repo ||
    !NAME.test(owner) ||
    !NAME.test(repo) ||
    rest.length === 0 ||
    rest.some((s) => s === '' || s === '.' || s === '..')
  ) {
    return `"${reference}" is not of the form github:OWNER/REPO/PATH@REF`;
  }
  if (!/\.ya?ml$/i.test(file)) return `"${reference}" must name a .yml or .yaml file`;
  if (/[\s~^:?*[\\]/.test(ref) || ref.includes('..')) return `"${reference}" has an invalid ref "${ref}"`;
  return { owner, repo, path: file, ref };
}

export function formatRemoteReference(reference: RemotePolicyReference): string {
  return `github:${reference.owner}/${reference.repo}/${reference.path}@${reference.ref}`;
}

/** A relative `extends` inside a remote policy names a file of the same repository at the same ref. */
export function resolveRemoteRelative(
  base: RemotePolicyReference,
  relative: string,
): RemotePolicyReference | undefined {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(base.path), relative));
  if (joined.startsWith('../') || joined === '..' || path.posix.isAbsolute(relative)) return undefined;
  return { ...base, path: joined };
}
