import type { Formatter } from './types.js';

/** Every output format, by the name `--format` takes; one file of the same signature each. */
export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** A format's function, loaded when asked for: a run prints one or two, and the CLI's start-up counts. */
export async function formatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'text':
      return (await import('./text.js')).toText;
    case 'json':
      return (await import('./json.js')).toJson;
    case 'sarif':
      return (await import('./sarif.js')).toSarif;
    case 'markdown':
      return (await import('./markdown.js')).toMarkdown;
    case 'github':
      return (await import('./github.js')).toGithub;
  }
}
