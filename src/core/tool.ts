import pkg from '../../package.json' with { type: 'json' };

export const toolName = 'lp-app-manifest-check';
export const toolVersion: string = pkg.version;
export const toolInformationUri = 'https://github.com/lp-app-manifest-check/lp-app-manifest-check';
/** Rule documentation lives beside the code, one page per rule. */
export const docsBaseUrl = `${toolInformationUri}/blob/v1/docs/rules/`;
