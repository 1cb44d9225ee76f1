import type { ProjectProblem, ProjectRule } from '../core/types.js';
import { quoted } from '../core/quoted.js';

export const clientNameUnique: ProjectRule = {
  kind: 'project',
  reads: ['client_name'],
  meta: {
    id: 'client-name-unique',
    description: 'No two manifests of the repository share a client_name.',
    defaultSeverity: 'error',
    help: 'LivePerson requires "the unique name" of an application as its client_name; two manifests with one name install over each other.',
  },
  check(manifests) {
    const first = new Map<string, string>();
    const problems: ProjectProblem[] = [];
    const ordered = [...manifests].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const manifest of ordered) {
      const name = manifest.value.client_name;
      if (typeof name !== 'string') continue;
      const earlier = first.get(name);
      if (earlier === undefined) {
        first.set(name, manifest.file);
      } else {
        problems.push({
          file: manifest.file,
          pointer: '/client_name',
          message: `client_name ${quoted(name)} is already used by ${earlier}`,
          related: [{ file: earlier, pointer: '/client_name' }],
        });
      }
    }
    return problems;
  },
};
