import { describe, expect, test } from '@jest/globals';
import { findInlineSuppressions } from '../../src/policy/inlineSuppressions.js';
import { applyBaseline, createBaseline } from '../../src/policy/baseline.js';
import type { Finding } from '../../src/core/types.js';
import { getAtPointer } from '../../src/core/pointer.js';
import { dedent } from '../support/dedent.js';
import { unmarked } from '../../src/core/quoted.js';

describe('inline suppressions', () => {
  test('apply to the next line that is neither blank nor a comment, and need a reason', () => {
    const { byLine, problems } = findInlineSuppressions(
      dedent(`
        client_name: x
        # lp-app-manifest-check-disable-next-line redirect-uri-https -- local development only, see ADR-7

        # another comment
        redirect_uris: [http://localhost/cb]
        description: "# lp-app-manifest-check-disable-next-line schema -- inside a string, not a comment"
          # lp-app-manifest-check-disable-next-line scope-supported
        scope: openid
        #lp-app-manifest-check-disable-next-line acme/custom --   two rules, one line
        # lp-app-manifest-check-disable-next-line schema -- and another
        logo_uri: x
      `),
    );
    expect([...byLine]).toEqual([
      [5, [{ ruleId: 'redirect-uri-https', reason: 'local development only, see ADR-7' }]],
      [
        11,
        [
          { ruleId: 'acme/custom', reason: 'two rules, one line' },
          { ruleId: 'schema', reason: 'and another' },
        ],
      ],
    ]);
    expect(problems).toEqual([
      { line: 7, column: 3, message: expect.stringContaining('needs a rule id and a reason') },
    ]);
  });

  test('a directive at the end of the file is reported', () => {
    expect(
      findInlineSuppressions('client_name: x\n# lp-app-manifest-check-disable-next-line schema -- why\n').problems.map(
        (p) => ({ ...p, message: unmarked(p.message) }),
      ),
    ).toEqual([{ line: 2, column: 1, message: 'suppression of schema has no line after it to apply to' }]);
  });
});

describe('baselines', () => {
  const finding = (line: number, pointer: string, ruleId = 'redirect-uri-https'): Finding => ({
    ruleId,
    severity: 'error',
    message: 'm',
    file: 'a.json',
    line,
    column: 3,
    endLine: line,
    endColumn: 9,
    pointer,
  });
  const before = {
    client_name: 'x',
    redirect_uris: ['http://a.example/cb', 'http://b.example/cb'],
    client_secret: 'hunter2',
  };
  const valueAt = (value: unknown) => (_file: string, pointer: string) => getAtPointer(value, pointer);

  test('recorded findings survive lines moving; new and changed ones are reported; fixed ones are stale', () => {
    const baseline = createBaseline(
      [
        finding(3, '/redirect_uris/0'),
        finding(3, '/redirect_uris/1'),
        finding(4, '/client_secret', 'client-secret-committed'),
      ],
      valueAt(before),
    );
    expect(JSON.stringify(baseline)).not.toContain('hunter2');
    const after = {
      ...before,
      redirect_uris: ['http://a.example/cb', 'http://c.example/cb'],
      client_secret: 'hunter2',
    };
    const { findings, stale } = applyBaseline(
      [
        finding(13, '/redirect_uris/0'),
        finding(13, '/redirect_uris/1'),
        finding(14, '/client_secret', 'client-secret-committed'),
        finding(20, '/scope', 'scope-supported'),
      ],
      baseline,
      valueAt(after),
      'baseline.json',
    );
    expect(findings.map((f) => [f.pointer, f.suppressed?.kind ?? 'reported'])).toEqual([
      ['/redirect_uris/0', 'baseline'],
      ['/redirect_uris/1', 'reported'],
      ['/client_secret', 'baseline'],
      ['/scope', 'reported'],
    ]);
    expect(stale.map((e) => e.pointer)).toEqual(['/redirect_uris/1']);
  });

  test('each value is read and hashed once, however many findings point at it (every repeat of a duplicate key)', () => {
    const big = { client_name: 'x', a: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i])) };
    let reads = 0;
    const counted = (_file: string, pointer: string) => {
      reads++;
      return getAtPointer(big, pointer);
    };
    const repeats = Array.from({ length: 20_000 }, (_, i) => finding(i + 2, '/a', 'duplicate-key'));
    const baseline = createBaseline(repeats, counted);
    expect(baseline.entries).toHaveLength(20_000);
    expect(reads).toBe(1);
    reads = 0;
    const { findings, stale } = applyBaseline([...repeats, finding(1, '/client_name')], baseline, counted, 'b.json');
    expect(findings.filter((f) => f.suppressed)).toHaveLength(20_000);
    expect(stale).toEqual([]);
    expect(reads).toBe(2);
  });
});
