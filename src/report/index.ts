import type { Formatter } from './types.js';
import { toText } from './text.js';
import { toJson } from './json.js';
import { toSarif } from './sarif.js';
import { toMarkdown } from './markdown.js';
import { toGithub } from './github.js';

export type FormatName = 'text' | 'json' | 'sarif' | 'markdown' | 'github';

export const formatters: Record<FormatName, Formatter> = {
  text: toText,
  json: toJson,
  sarif: toSarif,
  markdown: toMarkdown,
  github: toGithub,
};
