import { describe, expect, test } from '@jest/globals';
import type { ManifestFormat, ValuePatch } from '../../src/core/types.js';
import { MAX_RENDERED_LENGTH, renderPatches, yamlRenderersOf } from '../../src/parse/renderPatch.js';
import { parseSource } from '../../src/parse/parseSource.js';
import { applyEdits } from '../../src/core/textEdit.js';

/** The text once the patches are rendered and applied, or undefined when they were refused. */
function fixed(text: string, format: ManifestFormat, patches: ValuePatch[]): string | undefined {
  const outcome = parseSource(`m.${format}`, new TextEncoder().encode(text), format);
  if (!outcome.ok) throw new Error('fixture does not parse');
  const [edits] = renderPatches({ ...outcome.document }, [patches]);
  return edits && applyEdits(text, edits);
}

describe('rendering value patches as text edits', () => {
  test.each<[string, ManifestFormat, string, ValuePatch[], string | undefined]>([
    [
      'JSON rename keeps layout',
      'json',
      '{\n  "client_name": "x",\n  "redirect_uri": ["https://a"]\n}\n',
      [{ op: 'rename', pointer: '/redirect_uri', key: 'redirect_uris' }],
      '{\n  "client_name": "x",\n  "redirect_uris": ["https://a"]\n}\n',
    ],
    [
      'JSON rename and wrap',
      'json',
      '{"client_name": "x", "redirect_uri": "https://a"}',
      [
        { op: 'rename', pointer: '/redirect_uri', key: 'redirect_uris' },
        { op: 'replace', pointer: '/redirect_uri', value: ['https://a'] },
      ],
      '{"client_name": "x", "redirect_uris": ["https://a"]}',
    ],
    [
      'JSON remove',
      'json',
      '{"client_name": "x", "id": 1}',
      [{ op: 'remove', pointer: '/id' }],
      '{"client_name": "x"}',
    ],
    [
      'JSON rename onto an existing key is refused',
      'json',
      '{"client_name": "x", "a": 1, "b": 2}',
      [{ op: 'rename', pointer: '/a', key: 'b' }],
      undefined,
    ],
    [
      'JSON repeated key on the path is refused',
      'json',
      '{"client_name": "x", "a": 1, "a": 2}',
      [{ op: 'replace', pointer: '/a', value: 3 }],
      undefined,
    ],
    [
      'YAML plain scalar to boolean, comments kept',
      'yaml',
      '# head\nclient_name: x # name\nquick_launch_enabled: yes # on\n',
      [{ op: 'replace', pointer: '/quick_launch_enabled', value: true }],
      '# head\nclient_name: x # name\nquick_launch_enabled: true # on\n',
    ],
    [
      'YAML single-quoted string keeps its quotes',
      'yaml',
      "client_name: x\nlogo_uri: 'http://a.example/l.png'\n",
      [{ op: 'replace', pointer: '/logo_uri', value: 'https://a.example/l.png' }],
      "client_name: x\nlogo_uri: 'https://a.example/l.png'\n",
    ],
    [
      'YAML wrap in flow list keeps the plain style',
      'yaml',
      'client_name: x\nredirect_uri: https://a.example/cb # cb\n',
      [
        { op: 'rename', pointer: '/redirect_uri', key: 'redirect_uris' },
        { op: 'replace', pointer: '/redirect_uri', value: ['https://a.example/cb'] },
      ],
      'client_name: x\nredirect_uris: [https://a.example/cb] # cb\n',
    ],
    [
      'YAML flow map key rename',
      'yaml',
      'client_name: x\ncapabilities: {webhooks: {"ms.MessagingEventNotification.contentevent": {endpoint: https://a}}}\n',
      [
        {
          op: 'rename',
          pointer: '/capabilities/webhooks/ms.MessagingEventNotification.contentevent',
          key: 'ms.MessagingEventNotification.ContentEvent',
        },
      ],
      'client_name: x\ncapabilities: {webhooks: {"ms.MessagingEventNotification.ContentEvent": {endpoint: https://a}}}\n',
    ],
    [
      'YAML block list replaced by a flow one',
      'yaml',
      'client_name: x\nids:\n  - a\n  - b\nnext: 1\n',
      [{ op: 'replace', pointer: '/ids', value: ['auth'] }],
      'client_name: x\nids:\n  [auth]\nnext: 1\n',
    ],
    [
      'YAML block list with a comment inside is refused',
      'yaml',
      'client_name: x\nids:\n  - a # keep me\n  - b\n',
      [{ op: 'replace', pointer: '/ids', value: ['auth'] }],
      undefined,
    ],
    [
      'YAML string that would read as a number is quoted',
      'yaml',
      'client_name: x\nv: abc\n',
      [{ op: 'replace', pointer: '/v', value: '123' }],
      'client_name: x\nv: "123"\n',
    ],
    [
      'YAML block scalar is refused',
      'yaml',
      'client_name: x\nv: |\n  abc\n',
      [{ op: 'replace', pointer: '/v', value: 'd' }],
      undefined,
    ],
    [
      'YAML alias target is refused',
      'yaml',
      'client_name: &n x\nother: *n\n',
      [{ op: 'replace', pointer: '/client_name', value: 'y' }],
      undefined,
    ],
    [
      'a pointer that names nothing is refused',
      'yaml',
      'client_name: x\n',
      [{ op: 'replace', pointer: '/nothing', value: 1 }],
      undefined,
    ],
  ])('%s', (name, format, text, patches, expected) => {
    expect(fixed(text, format, patches)).toBe(expected);
    if (format !== 'yaml') return;
    // Renames and scalars of block YAML, the common fixes, are the fast renderer's to answer.
    const common = /^YAML (plain scalar|single-quoted|wrap in flow|string that would)/.test(name);
    // The fast renderer of fast-path YAML (switch yaml-fast-render) gives exactly `yaml`'s edits where it answers.
    const { fast, yaml } = yamlRenderersOf(text);
    for (const patch of patches) {
      const edits = fast?.render(patch);
      if (common) expect(edits).toBeDefined();
      if (edits !== undefined) expect(edits).toEqual(yaml?.render(patch));
    }
  });
});

describe('a file larger than any manifest gets no rendered changes (its findings still name them)', () => {
  // Padding in a comment (YAML) or whitespace (JSON) so that only the length differs.
  const sized = (format: ManifestFormat, length: number) => {
    const body =
      format === 'json'
        ? '{"client_name": "x", "redirect_uri": ["https://a"]}'
        : 'client_name: x\nredirect_uri: [https://a]\n';
    const pad = length - body.length;
    return format === 'json' ? body.slice(0, -1) + ' '.repeat(pad) + '}' : body + '#' + 'x'.repeat(pad - 1);
  };
  const rename: ValuePatch[] = [{ op: 'rename', pointer: '/redirect_uri', key: 'redirect_uris' }];

  test.each<[ManifestFormat, number, boolean]>([
    ['json', MAX_RENDERED_LENGTH, true],
    ['json', MAX_RENDERED_LENGTH + 1, false],
    ['yaml', MAX_RENDERED_LENGTH, true],
    ['yaml', MAX_RENDERED_LENGTH + 1, false],
  ])('%s of %p characters: rendered %p', (format, length, rendered) => {
    const text = sized(format, length);
    expect(text).toHaveLength(length);
    expect(fixed(text, format, rename) !== undefined).toBe(rendered);
  });
});
