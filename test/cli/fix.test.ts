import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { dedent } from '../support/dedent.js';

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: {},
    isTTY: false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const YAML = dedent(`
  # The bot's manifest
  client_name: com.example.bot # reverse DNS
  redirect_uri: https://a.example/cb   # one for now
  grant_types: authorization_code
  response_types: [code]
  quick_launch_enabled: yes
  entry_uri: https://a.example/start
  logo_uri: http://a.example/logo.png
  client_secret: s3cr3t-value-that-must-not-print
  capabilities:
    webhooks:
      ms.MessagingEventNotification.ExConversationChangeNotification:
        endpoint: https://hooks.example/c # conversations
`);

const YAML_FIXED = dedent(`
  # The bot's manifest
  client_name: com.example.bot # reverse DNS
  redirect_uris: [https://a.example/cb]   # one for now
  grant_types: [authorization_code]
  response_types: [code]
  quick_launch_enabled: true
  entry_uri: https://a.example/start
  logo_uri: http://a.example/logo.png
  client_secret: s3cr3t-value-that-must-not-print
  capabilities:
    webhooks:
      cqm.ExConversationChangeNotification:
        endpoint: https://hooks.example/c # conversations
`);

const JSON_TEXT =
  '\uFEFF{\r\n  "client_name": "com.example.other",\r\n  "enabled_for_profiles": 7,\r\n  "enabled": "off"\r\n}\r\n';
const JSON_FIXED =
  '\uFEFF{\r\n  "client_name": "com.example.other",\r\n  "enabled_for_profiles": [7],\r\n  "enabled": false\r\n}\r\n';

function repository(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lp-fix-'));
  writeFileSync(path.join(dir, 'bot.yaml'), YAML);
  writeFileSync(path.join(dir, 'other.json'), JSON_TEXT);
  return dir;
}

interface JsonFinding {
  ruleId: string;
  pointer: string;
  fix?: unknown;
  suggestions?: Array<{ description: string }>;
}

describe('--fix', () => {
  test('writes every certain fix, keeps comments, BOM and CRLF, and reports what remains', async () => {
    const dir = repository();
    const { code, stdout, stderr } = await cli(['--root', dir, '--offline', '--fix', '--format', 'json'], dir);
    expect(readFileSync(path.join(dir, 'bot.yaml'), 'utf8')).toBe(YAML_FIXED);
    expect(readFileSync(path.join(dir, 'other.json'), 'utf8')).toBe(JSON_FIXED);
    const remaining = (JSON.parse(stdout).findings as JsonFinding[]).map((f) => `${f.ruleId} ${f.pointer}`);
    expect(remaining).toEqual(['uri-https /logo_uri', 'client-secret-committed /client_secret']);
    expect(stderr).toContain('fixed 6 findings in 2 files');
    expect(stderr).not.toContain('s3cr3t');
    expect(code).toBe(1);
  });

  test('a second run has nothing left to fix', async () => {
    const dir = repository();
    await cli(['--root', dir, '--offline', '--fix'], dir);
    const again = await cli(['--root', dir, '--offline', '--fix'], dir);
    expect(again.stderr).toContain('fixed 0 findings in 0 files');
    expect(readFileSync(path.join(dir, 'bot.yaml'), 'utf8')).toBe(YAML_FIXED);
  });

  test('a manifest reached through a symlink is not written through it; the real file is fixed', async () => {
    const dir = repository();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'app.yaml'), 'client_name: com.example.real\nenabled: on\n');
    symlinkSync(path.join('real', 'app.yaml'), path.join(dir, 'link.yaml'));
    const { stderr } = await cli(['--root', dir, '--offline', '--fix', 'link.yaml', 'real/app.yaml'], dir);
    expect(stderr).toMatch(/link\.yaml: .*symlink.*its fixes were not written/);
    expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real', 'app.yaml'), 'utf8')).toBe(
      'client_name: com.example.real\nenabled: true\n',
    );
  });
});

describe('fixes that are right alone but collide together are never applied together', () => {
  // Two unknown keys, each one edit from the same known name: each rename alone is certain, both make a duplicate key
  // whose first value is lost.
  test.each([
    [
      'YAML, two renames onto entry_uri',
      'app.yaml',
      'client_name: com.example.a\nentry_ur: https://a.example/one\nentry_uris: https://a.example/two\n',
      'client_name: com.example.a\nentry_uri: https://a.example/one\nentry_uris: https://a.example/two\n',
    ],
    [
      'JSON, two renames onto scope',
      'app.json',
      '{"client_name": "com.example.a", "scop": "msg.consumer", "scopes": "msg.consumer"}',
      '{"client_name": "com.example.a", "scope": "msg.consumer", "scopes": "msg.consumer"}',
    ],
    [
      'YAML, two webhook events in other letter cases',
      'hooks.yaml',
      'client_name: com.example.a\ncapabilities:\n  webhooks:\n    ms.messagingeventnotification.contentevent:\n      endpoint: https://h.example/1\n    MS.MESSAGINGEVENTNOTIFICATION.CONTENTEVENT:\n      endpoint: https://h.example/2\n',
      'client_name: com.example.a\ncapabilities:\n  webhooks:\n    ms.MessagingEventNotification.ContentEvent:\n      endpoint: https://h.example/1\n    MS.MESSAGINGEVENTNOTIFICATION.CONTENTEVENT:\n      endpoint: https://h.example/2\n',
    ],
  ])('%s: one is applied, the other left as a finding, no value lost', async (_, name, text, fixed) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lp-fix-collide-'));
    writeFileSync(path.join(dir, name), text);
    const { stdout } = await cli(['--root', dir, '--offline', '--fix', '--format', 'json'], dir);
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe(fixed);
    const rules = (JSON.parse(stdout).findings as JsonFinding[]).map((f) => f.ruleId);
    expect(rules).not.toContain('duplicate-key');
    expect(rules.length).toBeGreaterThan(0);
  });
});

describe('--fix-dry-run', () => {
  test('writes nothing and prints a diff that git apply turns into the fixed files; no secret in it', async () => {
    const dir = repository();
    const { code, stdout, stderr } = await cli(['--root', dir, '--offline', '--fix-dry-run'], dir);
    expect(readFileSync(path.join(dir, 'bot.yaml'), 'utf8')).toBe(YAML);
    expect(readFileSync(path.join(dir, 'other.json'), 'utf8')).toBe(JSON_TEXT);
    expect(stdout).not.toContain('s3cr3t');
    expect(stdout).toContain('[redacted]');
    expect(stderr).toContain('would fix 6 findings in 2 files');
    // The text report of what would remain follows the diff.
    expect(stdout).toContain('client-secret-committed');
    expect(code).toBe(1);
    expect(stdout.startsWith('--- a/bot.yaml\n')).toBe(true);
    // git finds the redacted context line once the file holds the same text.
    writeFileSync(path.join(dir, 'bot.yaml'), YAML.replace('s3cr3t-value-that-must-not-print', '[redacted]'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'p.diff'), diffOf(stdout));
    execFileSync('git', ['apply', 'p.diff'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'bot.yaml'), 'utf8')).toBe(
      YAML_FIXED.replace('s3cr3t-value-that-must-not-print', '[redacted]'),
    );
    expect(readFileSync(path.join(dir, 'other.json'), 'utf8')).toBe(JSON_FIXED);
  });

  test('with a json report on stdout, the diff goes to stderr and stdout stays JSON', async () => {
    const dir = repository();
    const { stdout, stderr } = await cli(['--root', dir, '--offline', '--fix-dry-run', '--format', 'json'], dir);
    const report = JSON.parse(stdout) as { findings: JsonFinding[] };
    // What would remain: the webhook's name would be fixed, the logo's scheme only has a suggestion.
    expect(report.findings.map((f) => f.ruleId)).toEqual(['uri-https', 'client-secret-committed']);
    expect(report.findings[0].suggestions?.map((s) => s.description)).toEqual(['Use https']);
    expect(stderr).toContain('--- a/bot.yaml');
  });

  test('cannot be combined with --fix or --write-baseline', async () => {
    const dir = repository();
    expect((await cli(['--root', dir, '--fix', '--fix-dry-run'], dir)).code).toBe(2);
    expect((await cli(['--root', dir, '--fix', '--write-baseline', 'b.json'], dir)).code).toBe(2);
  });
});

/** The diffs at the start of the output, up to the report. */
function diffOf(output: string): string {
  const lines = output.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && !/^(--- |\+\+\+ |@@ |[ +\\-])/.test(line));
  return lines.slice(0, end === -1 ? lines.length : end).join('\n') + '\n';
}
