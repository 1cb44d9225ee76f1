import type { Finding, Severity } from '../core/types.js';
import type { Formatter } from './types.js';
import { findingsByFile } from './summary.js';
import { xmlAttribute as attr, xmlText as text } from './xmlEscape.js';

interface TestCase {
  name: string;
  classname: string;
  failure?: { message: string; type: Severity; lines: string[] };
  skipped?: string;
  output: string[];
}

/** ESLint's junit convention: the path without its extension, so Jenkins does not take `.json` for a class name. */
const classnameOf = (file: string) => file.replace(/\.[^./]*$/, '');

const lineOf = (f: Finding) =>
  `${f.file}:${f.line}:${f.column}: ${f.suppressed ? `suppressed (${f.suppressed.reason})` : f.severity} ${f.message} [${f.ruleId}] at ${f.pointer || '/'}`;

/** One test case per rule a file has findings of: failed by its errors and warnings, its notices as output. */
function caseOfRule(file: string, ruleId: string, findings: [Finding, ...Finding[]]): TestCase {
  const failing: Finding[] = [];
  const rest: Finding[] = [];
  for (const f of findings) (!f.suppressed && f.severity !== 'notice' ? failing : rest).push(f);
  const test: TestCase = { name: ruleId, classname: classnameOf(file), output: rest.map(lineOf) };
  const [first] = failing;
  if (first) {
    const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : '';
    test.failure = {
      message: first.message + more,
      type: failing.some((f) => f.severity === 'error') ? 'error' : 'warning',
      lines: failing.map(lineOf),
    };
  } else if (findings.every((f) => f.suppressed)) {
    test.skipped = `suppressed: ${findings[0].suppressed!.reason}`;
  }
  return test;
}

function testCase(test: TestCase): string {
  const open = `    <testcase name="${attr(test.name)}" classname="${attr(test.classname)}" time="0"`;
  const body = [
    ...(test.skipped !== undefined ? [`      <skipped message="${attr(test.skipped)}"/>`] : []),
    ...(test.failure
      ? [
          `      <failure message="${attr(test.failure.message)}" type="${test.failure.type}">${text(test.failure.lines.join('\n'))}</failure>`,
        ]
      : []),
    ...(test.output.length > 0 ? [`      <system-out>${text(test.output.join('\n'))}</system-out>`] : []),
  ];
  return body.length === 0 ? `${open}/>` : [`${open}>`, ...body, '    </testcase>'].join('\n');
}

interface Suite {
  name: string;
  file?: string;
  tests: TestCase[];
}

function testSuite(suite: Suite): string {
  const failures = suite.tests.filter((t) => t.failure).length;
  const skipped = suite.tests.filter((t) => t.skipped !== undefined).length;
  const file = suite.file !== undefined ? ` file="${attr(suite.file)}"` : '';
  return [
    `  <testsuite name="${attr(suite.name)}" tests="${suite.tests.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"${file}>`,
    ...suite.tests.map(testCase),
    '  </testsuite>',
  ].join('\n');
}

/**
 * JUnit XML as Jenkins, GitLab and Azure Pipelines read test reports: a test suite per file, a test case per rule
 * the file has findings of (a clean manifest is one passing case), suppressed findings and skipped files or rules as
 * skipped cases, so nothing the run did not check passes unseen.
 */
export const toJunit: Formatter = (result, context) => {
  const suites: Suite[] = [];
  const skippedFiles = new Map(result.skipped.filter((s) => s.file !== undefined).map((s) => [s.file!, s.reason]));
  for (const [file, findings] of findingsByFile(result, { everyManifest: true })) {
    const byRule = new Map<string, [Finding, ...Finding[]]>();
    for (const f of findings) {
      const list = byRule.get(f.ruleId);
      if (list) list.push(f);
      else byRule.set(f.ruleId, [f]);
    }
    const tests = [...byRule].map(([ruleId, list]) => caseOfRule(file, ruleId, list));
    const reason = skippedFiles.get(file);
    if (reason !== undefined) {
      skippedFiles.delete(file);
      tests.push({ name: file, classname: classnameOf(file), skipped: reason, output: [] });
    }
    if (tests.length === 0) tests.push({ name: file, classname: classnameOf(file), output: [] });
    suites.push({ name: file, file, tests });
  }
  for (const [file, reason] of skippedFiles) {
    suites.push({
      name: file,
      file,
      tests: [{ name: file, classname: classnameOf(file), skipped: reason, output: [] }],
    });
  }
  const skippedRules = result.skipped.filter((s) => s.file === undefined);
  if (skippedRules.length > 0) {
    const tool = context.tool.name;
    suites.push({
      name: tool,
      tests: skippedRules.map((s) => ({ name: s.ruleId, classname: tool, skipped: s.reason, output: [] })),
    });
  }
  let tests = 0;
  let failures = 0;
  for (const suite of suites) {
    tests += suite.tests.length;
    failures += suite.tests.filter((t) => t.failure).length;
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(context.tool.name)}" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites.map(testSuite),
    '</testsuites>',
    '',
  ].join('\n');
};
