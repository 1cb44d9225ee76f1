import type { Formatter } from './types.js';

/** Every output format, by the name `--format` takes; one file of the same signature each. */
export const FORMATS = [
  'text',
  'json',
  'sarif',
  'markdown',
  'github',
  'junit',
  'checkstyle',
  'gitlab',
  'compact',
] as const;
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
    case 'junit':
      return (await import('./junit.js')).toJunit;
    case 'checkstyle':
      return (await import('./checkstyle.js')).toCheckstyle;
    case 'gitlab':
      return (await import('./gitlab.js')).toGitlab;
    case 'compact':
      return (await import('./compact.js')).toCompact;
  }
}
