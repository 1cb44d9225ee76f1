import { describe, expect, test } from '@jest/globals';
import { repeatedDirectiveAt } from '../../src/parse/yamlDirectives.js';
import { parseYamlFully } from '../../src/parse/yaml.js';
import { defaultParseLimits } from '../../src/parse/parseSource.js';

describe('a directive repeated before one document is a parse error (YAML 1.2 §6.8)', () => {
  test.each([
    ['%YAML twice (yaml-test-suite SF5V)', '%YAML 1.2\n%YAML 1.2\n---\n'],
    ['%YAML twice with two versions', '%YAML 1.2\n%YAML 1.1\n---\nclient_name: c\n'],
    ['%YAML twice, a comment between', '%YAML 1.2 # first\n# and\n%YAML 1.2\n---\nclient_name: c\n'],
    ['%TAG twice for one handle', '%TAG !a! tag:a.example,2000:\n%TAG !a! tag:b.example,2000:\n---\nclient_name: c\n'],
  ])('%s', (_, text) => {
    const second = text.indexOf('%', text.indexOf('\n%') + 1);
    expect(repeatedDirectiveAt(text)).toBe(second);
    const outcome = parseYamlFully('x.yaml', text, defaultParseLimits);
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0].problem.range?.line).toBe(text.slice(0, second).split('\n').length);
  });

  test.each([
    ['one of each', '%YAML 1.2\n%TAG !a! tag:a.example,2000:\n---\nclient_name: c\n'],
    ['%TAG for two handles', '%TAG !a! tag:a.example,2000:\n%TAG !b! tag:a.example,2000:\n---\nclient_name: c\n'],
    ['one %YAML for each of two documents', '%YAML 1.2\n---\na: 1\n...\n%YAML 1.2\n---\nb: 1\n'],
    ['the text of directives inside a string', 'client_name: "%YAML 1.2 %YAML 1.2"\n'],
    ['the text of directives inside a block scalar', 'client_name: c\nd: |\n  %YAML 1.2\n  %YAML 1.2\n'],
  ])('not for %s', (_, text) => {
    expect(repeatedDirectiveAt(text)).toBe(-1);
  });
});
