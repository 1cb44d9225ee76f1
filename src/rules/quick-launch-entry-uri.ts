import type { ManifestRule } from '../core/types.js';

export const quickLaunchEntryUri: ManifestRule = {
  kind: 'manifest',
  meta: {
    id: 'quick-launch-entry-uri',
    description: 'quick_launch_enabled: true needs an entry_uri.',
    defaultSeverity: 'error',
    help: 'The quick-launch menu launches the application at `entry_uri` ("The application launch URI (Start the SSO flow)"); without one the menu entry leads nowhere.',
  },
  check(manifest) {
    const { quick_launch_enabled: quickLaunch, entry_uri: entryUri } = manifest.value;
    if (quickLaunch !== true) return [];
    if (typeof entryUri === 'string' && entryUri.trim() !== '') return [];
    return [
      { pointer: '/quick_launch_enabled', message: 'quick_launch_enabled is true but there is no entry_uri to launch' },
    ];
  },
};
