import type { NetworkRule, ProjectProblem } from '../core/types.js';
import { probeLogos } from './logoProbes.js';

interface Options {
  width: number;
  height: number;
}

/** SVG lengths count as pixels only when unitless or in px; probe-image-size reports other units in wUnits/hUnits. */
function pixelUnits(units: string | undefined): boolean {
  return units === undefined || units === '' || units === 'px';
}

export const logoDimensions: NetworkRule<Options> = {
  kind: 'network',
  reads: ['logo_uri'],
  meta: {
    id: 'logo-dimensions',
    description: 'The image at logo_uri is exactly 70×70 pixels.',
    defaultSeverity: 'error',
    optionsSchema: {
      type: 'object',
      properties: {
        width: { type: 'integer', minimum: 1, description: 'Required width in pixels.' },
        height: { type: 'integer', minimum: 1, description: 'Required height in pixels.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { width: 70, height: 70 },
    help: 'LivePerson\'s manifest schema: "logo size is must be exactly 70x70 pixels". The image is fetched (https only, no private addresses, at most 1 MiB read) and its size read from its header. An SVG passes only with width and height of 70 in px (or unitless), or with neither and a viewBox of 70×70.',
  },
  async check(manifests, options, network) {
    const problems: ProjectProblem[] = [];
    for (const { manifest, probe } of await probeLogos(manifests, network)) {
      if (!probe.ok) continue;
      const { width, height } = options(manifest.file);
      const units = pixelUnits(probe.wUnits) && pixelUnits(probe.hUnits);
      if (units && probe.width === width && probe.height === height) continue;
      const size = units
        ? `${probe.width}×${probe.height} px`
        : `${probe.width}${probe.wUnits ?? ''}×${probe.height}${probe.hUnits ?? ''} (not pixels)`;
      problems.push({
        file: manifest.file,
        pointer: '/logo_uri',
        message: `logo is ${size} (${probe.type}); it must be ${width}×${height} px`,
      });
    }
    return problems;
  },
};
