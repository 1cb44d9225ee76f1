import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../src/rules/index.js';
import { runRule } from './ruleTable.js';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules');

/**
 * The first code block of a docs section, with the file name its language gives. A snippet shows only the part of a
 * manifest it is about: without a client_name it is not a manifest, so one is added.
 */
function example(text: string, section: string): { name: string; text: string } | undefined {
  const match = new RegExp(`## ${section}\\n+\`\`\`(json|yaml)\\n([\\s\\S]*?)\`\`\``).exec(text);
  if (!match) return undefined;
  const [, format, body] = match;
  if (body.includes('client_name')) return { name: `manifest.${format}`, text: body };
  const completed =
    format === 'json'
      ? body.replace(/^\s*\{/, '{\n  "client_name": "com.example.app",')
      : `client_name: com.example.app\n${body}`;
  return { name: `manifest.${format}`, text: completed };
}

const manifestRules = builtinRules.filter((rule) => rule.kind === 'manifest');

test.each(manifestRules.map((rule) => [rule.meta.id, rule] as const))(
  'docs/rules/%s.md: the failing example fails the rule, the passing one passes it',
  async (id, rule) => {
    const text = readFileSync(path.join(docs, `${id}.md`), 'utf8');
    const failing = example(text, 'Failing');
    const passing = example(text, 'Passing');
    if (failing) {
      const findings = await runRule(rule, { name: 'failing', files: { [failing.name]: failing.text } });
      expect(findings.length).toBeGreaterThan(0);
    }
    if (passing) {
      const findings = await runRule(rule, { name: 'passing', files: { [passing.name]: passing.text } });
      expect(findings.map((f) => f.message)).toEqual([]);
    }
  },
);
