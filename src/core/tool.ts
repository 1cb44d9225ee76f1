import pkg from '../../package.json' with { type: 'json' };

export const toolName = 'lp-app-manifest-check';
export const toolVersion: string = pkg.version;
/** owner/name on GitHub: the Action's `uses:`, the reusable workflow, the raw URLs of the schemas. */
export const toolRepository = 'lp-app-manifest-check/lp-app-manifest-check';
export const toolInformationUri = `https://github.com/${toolRepository}`;
/**
 * The tag every moving reference names (`uses: …@v1`, documentation and schema URLs): the release workflow moves it
 * to each release of this major version, so it follows package.json and is never written by hand.
 */
export const toolMajorTag = `v${toolVersion.split('.')[0]}`;
/** Rule documentation lives beside the code, one page per rule. */
export const docsBaseUrl = `${toolInformationUri}/blob/${toolMajorTag}/docs/rules/`;
/** Where editors fetch the published schemas (the `$id` of each file in schemas/). */
export const schemaBaseUrl = `https://raw.githubusercontent.com/${toolRepository}/${toolMajorTag}/schemas/`;
