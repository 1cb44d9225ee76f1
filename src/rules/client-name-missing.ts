import type { Problem, StageRule } from '../core/types.js';
import { childPointer } from '../core/pointer.js';
import {
  clientNameDistance,
  isNearClientName,
  MANIFEST_ONLY_KEYS,
  MANIFEST_ONLY_QUORUM,
} from '../core/manifestKeys.js';
import { isRecord } from './manifestFields.js';

/**
 * Why a parsed top level that is not a manifest (no `client_name` key) still is one: a key that is a misspelling of
 * `client_name`, or several keys only manifests have. Undefined for anything else (a package.json, a lock file).
 */
export function missingClientName(value: unknown): Problem | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  const near = keys
    .filter(isNearClientName)
    .sort((a, b) => clientNameDistance(a) - clientNameDistance(b))
    .at(0);
  if (near !== undefined) {
    return {
      pointer: childPointer('', near),
      target: 'key',
      message: `no "client_name" key: did you mean "client_name" instead of ${JSON.stringify(near.slice(0, 80))}?`,
    };
  }
  const own = keys.filter((key) => MANIFEST_ONLY_KEYS.includes(key));
  if (own.length < MANIFEST_ONLY_QUORUM) return undefined;
  const shown = own.slice(0, 3).map((key) => `"${key}"`);
  return {
    pointer: '',
    message: `looks like an application manifest (it has ${shown.join(', ')}${own.length > 3 ? ', …' : ''}) but has no "client_name" key, which every manifest needs`,
  };
}

export const clientNameMissing: StageRule = {
  kind: 'stage',
  meta: {
    id: 'client-name-missing',
    description: 'A file that looks like a manifest has no client_name key (misspelt or left out).',
    defaultSeverity: 'error',
    help: 'A manifest is found by its `client_name` key. A file whose key is misspelt (`client_nmae`, `clientName`) or that has the keys only manifests have (`redirect_uris`, `grant_types`, `capabilities`, …) without one would otherwise pass as "not a manifest" and never be checked: it is reported instead, with the nearest key named.',
  },
};
