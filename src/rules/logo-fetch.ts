import type { NetworkRule, ProjectProblem } from '../core/types.js';
import { probeLogos } from './logoProbes.js';

export const logoFetch: NetworkRule = {
  kind: 'network',
  reads: ['logo_uri'],
  meta: {
    id: 'logo-fetch',
    description: 'The logo at logo_uri can be fetched and decoded as an image.',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    help: 'A logo LivePerson cannot fetch is not shown. The finding says what went wrong: the HTTP status, a timeout, a response that is not an image, a refused private address or too many redirects. Response bodies are never shown.',
  },
  async check(manifests, _options, network) {
    const problems: ProjectProblem[] = [];
    for (const { manifest, probe } of await probeLogos(manifests, network)) {
      if (probe.ok) continue;
      problems.push({
        file: manifest.file,
        pointer: '/logo_uri',
        message: `logo could not be checked: ${probe.reason}`,
      });
    }
    return problems;
  },
};
