import { expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../src/rules/index.js';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules');

test.each(builtinRules.map((r) => [r.meta.id, r] as const))(
  'docs/rules/%s.md explains why, fails, passes and lists the options',
  (id, rule) => {
    const file = path.join(docs, `${id}.md`);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`# ${id}\n`);
    expect(text).toContain(`**${rule.meta.defaultSeverity}**`);
    for (const section of ['## Why', '## Failing', '## Passing', '## Options']) expect(text).toContain(section);
    // A rule that offers changes says which (docs/fixes.md lists them all).
    if (rule.meta.fixable || rule.meta.hasSuggestions) expect(text).toContain('## Fixes');
    for (const option of Object.keys((rule.meta.optionsSchema?.properties as object | undefined) ?? {}))
      expect(text).toContain(`\`${option}\``);
  },
);
