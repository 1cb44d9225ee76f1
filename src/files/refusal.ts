import type { Stats } from 'node:fs';

/** Why a file was not opened. */
export type RefusalCode =
  'outside' | 'symlink' | 'missing' | 'loop' | 'not-regular' | 'too-large' | 'denied' | 'exists' | 'error';

/**
 * A file not read or not written, and why, in words fit for a report: the reason names the problem, never the file's
 * content or where a symlink points.
 */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
}

/** `read` or `written`, the end of every reason: "symlink loop; not read". */
export type Verb = 'read' | 'written';

export function refuse(code: RefusalCode, reason: string): Refusal {
  return { ok: false, code, reason };
}

export function outside(verb: Verb, throughSymlink: boolean): Refusal {
  return refuse('outside', `${throughSymlink ? 'symlink points outside' : 'outside'} the root; not ${verb}`);
}

/** Not a regular file: what it is instead when known (from fstat, or named by the caller). */
export function notRegular(verb: Verb, what?: Stats | string): Refusal {
  const kind = what === undefined ? '' : ` (${typeof what === 'string' ? what : kindOf(what)})`;
  return refuse('not-regular', `not a regular file${kind}; not ${verb}`);
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symlink';
  return 'not a file';
}

/** A system error as a refusal: the error code decides the words; no path or message of the error is repeated. */
export function refusalOf(error: unknown, verb: Verb): Refusal {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return refuse('missing', 'not found');
    case 'ELOOP':
      return refuse('loop', `symlink loop; not ${verb}`);
    case 'EACCES':
    case 'EPERM':
      return refuse('denied', 'permission denied');
    case 'EISDIR':
      return notRegular(verb, 'a directory');
    case 'EAGAIN':
    case 'ENXIO':
    case 'ENODEV':
      return notRegular(verb);
    case 'EEXIST':
      return refuse('exists', 'exists; not overwritten');
    default:
      return refuse('error', `could not be ${verb} (${code ?? 'unknown error'})`);
  }
}
