import { describe, expect, test } from '@jest/globals';
import { toCompact } from '../../src/report/compact.js';
import { context, result, withFindings } from '../support/reportResult.js';

/** What a problem matcher (VS Code's $gcc-like, GitHub's `add-matcher`) would be given to read these lines. */
const LINE =
  /^(?<file>.+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|notice) (?<message>.*) \[(?<rule>[^\]]+)\]$/;

describe('compact', () => {
  test('file:line:col: severity message [rule-id] per unsuppressed finding, then the summary', () => {
    expect(toCompact(result, context)).toBe(
      [
        'apps/a.json:7:9: error must be an integer, not a string ("3") [schema]',
        'apps/a.json:12:5: error redirect URI uses http:, not https: [redirect-uri-https]',
        'apps/b|c.yaml:1:14: warning client_name "x|y⏎z::error::forged%0A<script>alert(1)</script> @octocat [link](https://evil.example)" is not in reverse-DNS form [client-name-format]',
        'apps/b|c.yaml:2:1: notice "id" is assigned by LivePerson at installation; the value here is ignored [server-assigned-field]',
        'apps/b|c.yaml:4:15: error display_name must start with "Acme" [acme/display-name-prefix]',
        '',
        '✖ 5 problems (3 errors, 1 warning, 1 notice) in 2 of 3 manifests',
        '  1 suppressed',
        'Skipped logo-dimensions, logo-fetch (offline)',
        'Skipped apps/link.json: symlink points outside the root; not read',
        '',
      ].join('\n'),
    );
  });

  test('a matcher reads back every field; file text cannot add a line or drive the terminal', () => {
    const hostile = withFindings(
      result.findings.map((f) => ({
        ...f,
        file: `evil\n${f.file}\u001b[2J`,
        message: `${f.message}\r\nx: error y [z]`,
      })),
    );
    const lines = toCompact(hostile, context).split('\n');
    const shown = result.findings.filter((f) => !f.suppressed);
    for (const [index, f] of shown.entries()) {
      const match = LINE.exec(lines[index])!;
      expect(match.groups).toMatchObject({
        line: String(f.line),
        column: String(f.column),
        severity: f.severity,
        rule: f.ruleId,
      });
      expect(match.groups!.file).toBe(`evil⏎${f.file}\\u001b[2J`);
    }
    expect(lines[shown.length]).toBe('');
    expect(toCompact(hostile, context)).not.toMatch(/\u001b|\r/);
  });

  test('a clean run is the summary alone', () => {
    expect(toCompact({ ...withFindings([]), skipped: [] }, context)).toBe('✔ 3 manifests checked, no problems\n');
  });
});
