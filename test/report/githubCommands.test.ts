/**
 * `--format github` writes the workflow commands the Action writes through @actions/core: for hostile text, each line
 * carries the same command, properties and message, escaped as @actions/core escapes them (the order of properties
 * is free in the protocol).
 */
import { expect, test } from '@jest/globals';
import * as core from '@actions/core';
import fc from 'fast-check';
import { annotationOf } from '../../src/report/github.js';
import type { Finding } from '../../src/core/types.js';

function stdoutOf(run: () => void): string {
  let text = '';
  const write = process.stdout.write;
  process.stdout.write = (chunk: string) => {
    text += chunk;
    return true;
  };
  try {
    run();
  } finally {
    process.stdout.write = write;
  }
  return text;
}

function parse(line: string): { command: string; properties: string[]; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/s.exec(line.replace(/\n$/, ''));
  if (!match) throw new Error(`not a workflow command: ${line}`);
  return { command: match[1], properties: match[2].split(',').sort(), message: match[3] };
}

test('every annotation equals what @actions/core writes, for any file name, rule id and message', () => {
  fc.assert(
    fc.property(
      fc.string(),
      fc.string({ minLength: 1 }),
      fc.string({ minLength: 1 }),
      fc.constantFrom('error', 'warning', 'notice' as const),
      (message, file, ruleId, severity) => {
        const finding: Finding = {
          ruleId,
          severity,
          message,
          file,
          line: 3,
          column: 5,
          endLine: 4,
          endColumn: 9,
          pointer: '',
        };
        const theirs = stdoutOf(() =>
          core[severity](message, { title: ruleId, file, startLine: 3, startColumn: 5, endLine: 4, endColumn: 9 }),
        );
        expect(parse(annotationOf(finding))).toEqual(parse(theirs));
      },
    ),
  );
});
