import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { Finding, TextEdit } from '../../src/core/types.js';
import { applyEdits } from '../../src/core/textEdit.js';
import {
  chooseSuggestions,
  fenceFor,
  gitBlobId,
  suggestedChange,
  type SuggestedChange,
} from '../../src/github/suggestedChange.js';
import { suggestionBody } from '../../src/github/reviewSuggestions.js';

/** An edit of `text` from offset `start` to `end`; the Range is filled in as the engine would (not used here). */
function edit(start: number, end: number, text: string): TextEdit {
  return { start, end, text, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function finding(edits: TextEdit[] | undefined, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'webhook-event-name',
    severity: 'error',
    message: 'did you mean ms.MessagingEventNotification.ContentEvent',
    file: 'apps/a.yaml',
    pointer: '/x',
    line: 2,
    column: 3,
    endLine: 2,
    endColumn: 9,
    ...(edits ? { fix: { edits } } : {}),
    ...over,
  };
}

const YAML = 'client_name: com.acme.a # keep\nredirect_uri: https://a/cb\nenabled: yes\n';

describe('suggestedChange: the edits as whole lines', () => {
  test.each([
    [
      'a key renamed inside a line',
      [edit(31, 43, 'redirect_uris')],
      { startLine: 2, endLine: 2, text: 'redirect_uris: https://a/cb', before: 'redirect_uri: https://a/cb' },
    ],
    [
      'two edits on two lines: one suggestion over both',
      [edit(31, 43, 'redirect_uris'), edit(67, 70, 'true')],
      {
        startLine: 2,
        endLine: 3,
        text: 'redirect_uris: https://a/cb\nenabled: true',
        before: 'redirect_uri: https://a/cb\nenabled: yes',
      },
    ],
    [
      'a whole line removed (with its line break): the lines become empty',
      [edit(31, 58, '')],
      { startLine: 2, endLine: 3, text: 'enabled: yes', before: 'redirect_uri: https://a/cb\nenabled: yes' },
    ],
    [
      'an edit at the very start keeps the comment after it',
      [edit(13, 23, 'com.acme.b')],
      { startLine: 1, endLine: 1, text: 'client_name: com.acme.b # keep' },
    ],
  ])('%s', (_, edits, expected) => {
    expect(suggestedChange(finding(edits), YAML)).toMatchObject(expected);
  });

  test.each([
    ['no edits', undefined],
    ['overlapping edits', [edit(31, 40, 'a'), edit(35, 43, 'b')]],
    ['an edit past the end of the text', [edit(70, 200, 'x')]],
    ['an edit that changes nothing', [edit(31, 43, 'redirect_uri')]],
  ])('none for %s', (_, edits) => {
    expect(suggestedChange(finding(edits), YAML)).toBeUndefined();
  });

  test('a single suggestion is offered with its description; two are a choice for a person, not one click', () => {
    const one = finding(undefined, { suggestions: [{ description: 'Use http', edits: [edit(45, 50, 'http')] }] });
    expect(suggestedChange(one, YAML)).toMatchObject({ description: 'Use http', text: 'redirect_uri: http://a/cb' });
    const two = finding(undefined, {
      suggestions: [
        { description: 'a', edits: [edit(45, 50, 'https')] },
        { description: 'b', edits: [edit(45, 50, 'ftp')] },
      ],
    });
    expect(suggestedChange(two, YAML)).toBeUndefined();
  });

  test('CRLF line ends stay out of the suggested lines', () => {
    const text = 'a: 1\r\nb: yes\r\nc: 3\r\n';
    expect(suggestedChange(finding([edit(9, 12, 'true')]), text)).toMatchObject({
      startLine: 2,
      endLine: 2,
      text: 'b: true',
    });
  });

  test('property: replacing the suggested lines gives exactly the text with every edit applied', () => {
    const line = fc.stringMatching(/^[a-z: #"\-[\]{}`]{0,12}$/);
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.stringMatching(/^[a-z\n`]{0,6}$/)), { minLength: 1, maxLength: 4 }),
        (lines, finalBreak, raw) => {
          const text = lines.join('\n') + (finalBreak ? '\n' : '');
          // Non-overlapping edits in order.
          const edits: TextEdit[] = [];
          let at = 0;
          for (const [skip, length, replacement] of raw) {
            const start = Math.min(text.length, at + (skip % (text.length + 1)));
            const end = Math.min(text.length, start + length);
            if (start < at) continue;
            edits.push(edit(start, end, replacement));
            at = end;
          }
          let expected = '';
          let from = 0;
          for (const e of edits) {
            expected += text.slice(from, e.start) + e.text;
            from = e.end;
          }
          expected += text.slice(from);
          const change = suggestedChange(finding(edits), text);
          if (expected === text) return change === undefined;
          if (!change) return false;
          // GitHub replaces lines startLine..endLine with the lines of the comment's suggestion block.
          const all = text.split('\n');
          const applied = [
            ...all.slice(0, change.startLine - 1),
            ...blockLines(change),
            ...all.slice(change.endLine),
          ].join('\n');
          expect(applied).toBe(expected);
          expect(all.slice(change.startLine - 1, change.endLine).join('\n')).toBe(change.before);
          return true;
        },
      ),
      { numRuns: 500 },
    );
  });

  test('the fence is longer than any run of backticks in the text', () => {
    expect(fenceFor('a')).toBe('```');
    expect(fenceFor('x ```` y')).toBe('`````');
  });
});

/**
 * The lines a review comment's suggestion block holds, read as GitHub reads the body: "Commit suggestion" replaces
 * lines startLine..endLine with them (none: the lines are deleted).
 */
function blockLines(change: SuggestedChange): string[] {
  const lines = suggestionBody(change, 'abc').split('\n');
  const open = lines.findIndex((l) => /^`{3,}suggestion$/.test(l));
  const fence = lines[open].slice(0, -'suggestion'.length);
  const close = lines.indexOf(fence, open + 1);
  return lines.slice(open + 1, close);
}

describe('chooseSuggestions', () => {
  const bytes = Buffer.from(YAML);
  const base = {
    touches: () => true,
    inHunk: () => true,
    blob: () => gitBlobId(bytes),
    read: () => bytes,
    secrets: [] as string[],
  };
  const renamed = finding([edit(31, 43, 'redirect_uris')]);

  test('a fix on a changed line of the head file is offered', () => {
    expect(chooseSuggestions([renamed], base).changes.map((c) => c.text)).toEqual(['redirect_uris: https://a/cb']);
  });

  test.each([
    ['on a line the pull request did not change', { touches: () => false }, undefined],
    ['reaching beyond the diff', { inHunk: () => false }, 'notChanged'],
    ['in a workspace file that is not the head commit', { blob: () => '0'.repeat(40) }, 'notInWorkspace'],
    ['in a file that cannot be read', { read: () => undefined }, 'notInWorkspace'],
    ['on lines holding a credential the run found', { secrets: ['https://a/cb'] }, 'credential'],
  ])('none %s', (_, over, counted) => {
    const choice = chooseSuggestions([renamed], { ...base, ...over });
    expect(choice.changes).toEqual([]);
    const withheld = Object.entries(choice.withheld).filter(([, n]) => n > 0);
    expect(withheld).toEqual(counted ? [[counted, 1]] : []);
  });

  test('two findings on the same lines are one suggestion with both edits (GitHub batches only lines apart)', () => {
    const yes = finding([edit(67, 70, 'true')], { line: 3, endLine: 3, message: 'must be a boolean' });
    const both = chooseSuggestions([renamed, finding([edit(45, 50, 'http')], { message: 'use http' }), yes], base);
    expect(both.changes.map((c) => [c.startLine, c.endLine, c.text])).toEqual([
      [2, 2, 'redirect_uris: http://a/cb'],
      [3, 3, 'enabled: true'],
    ]);
    expect(both.changes[0].others?.map((f) => f.message)).toEqual(['use http']);
    expect(suggestionBody(both.changes[0], 'abc').split('\n').slice(0, 2)).toEqual([
      `**webhook-event-name**: ${renamed.message}`,
      '**webhook-event-name**: use http',
    ]);
    // Edits that overlap cannot be one suggestion: the later finding waits, counted.
    const clash = chooseSuggestions([renamed, finding([edit(31, 44, 'x:')])], base);
    expect(clash.changes.map((c) => c.text)).toEqual(['redirect_uris: https://a/cb']);
    expect(clash.withheld.overlapping).toBe(1);
  });

  test('property: committing the suggestion writes what --fix writes, with or without a byte order mark', () => {
    // The class: the suggestion's lines taken from a text other than the one the engine decoded (whose offsets the
    // edits count), e.g. with the BOM the engine drops, shifting every edit of the file by one.
    const line = fc.stringMatching(/^[a-z: #"]{0,10}$/);
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.tuple(fc.nat(), fc.nat(5), fc.stringMatching(/^[a-z]{0,5}$/)),
        (lines, bom, [skip, length, replacement]) => {
          const text = lines.join('\n') + '\n';
          const start = skip % (text.length + 1);
          const edits = [edit(start, Math.min(text.length, start + length), replacement)];
          const fixed = (bom ? '\uFEFF' : '') + applyEdits(text, edits);
          const raw = Buffer.from((bom ? '\uFEFF' : '') + text);
          const { changes } = chooseSuggestions([finding(edits)], {
            ...base,
            blob: () => gitBlobId(raw),
            read: () => raw,
          });
          if (fixed === raw.toString('utf8')) return changes.length === 0;
          expect(changes).toHaveLength(1);
          const [change] = changes;
          // GitHub's lines are the file's bytes as they are, the first with its mark.
          const all = raw.toString('utf8').split('\n');
          expect(all.slice(change.startLine - 1, change.endLine).join('\n')).toBe(change.before);
          const committed = [
            ...all.slice(0, change.startLine - 1),
            ...blockLines(change),
            ...all.slice(change.endLine),
          ];
          expect(committed.join('\n')).toBe(fixed);
          return true;
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a file that is not UTF-8 (the engine offers it no fix) is not read as something else', () => {
    const latin1 = Buffer.from('client_name: caf\xe9\nredirect_uri: https://a/cb\n', 'latin1');
    const choice = chooseSuggestions([finding([edit(17, 29, 'redirect_uris')])], {
      ...base,
      blob: () => gitBlobId(latin1),
      read: () => latin1,
    });
    expect(choice.changes).toEqual([]);
    expect(choice.withheld.notInWorkspace).toBe(1);
  });

  test('suppressed findings are never offered', () => {
    const suppressed = { ...renamed, suppressed: { kind: 'inline' as const, reason: 'x' } };
    expect(chooseSuggestions([suppressed], base).changes).toEqual([]);
  });
});
