import type { ImageProbe, Manifest, NetworkServices } from '../core/types.js';

/** Every manifest with a string logo_uri and what the network said of it; the services fetch each URL once. */
export async function probeLogos(
  manifests: readonly Manifest[],
  network: NetworkServices,
): Promise<Array<{ manifest: Manifest; probe: ImageProbe }>> {
  const withLogo = manifests.filter((m) => typeof m.value.logo_uri === 'string' && m.value.logo_uri.trim() !== '');
  return Promise.all(
    withLogo.map(async (manifest) => ({
      manifest,
      probe: await network.probeImage((manifest.value.logo_uri as string).trim()),
    })),
  );
}
