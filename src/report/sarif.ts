import { uriPath } from '../core/uriPath.js';
import type { Finding, Severity, TextEdit } from '../core/types.js';
import { fingerprints } from './fingerprint.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * SARIF `fixes` (§3.55): the certain fix first, then each suggestion, as replacements of regions of the file. Regions
 * are given by line and column (the run's columnKind), which a byte order mark does not shift.
 */
function fixesOf(f: Finding) {
  const artifactLocation = { uri: uriPath(f.file), uriBaseId: '%SRCROOT%' };
  const change = (edits: readonly TextEdit[]) => [
    {
      artifactLocation,
      replacements: edits.map((e) => ({
        deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
        insertedContent: { text: e.text },
      })),
    },
  ];
  return [
    ...(f.fix ? [{ description: { text: 'Fix (applied by --fix)' }, artifactChanges: change(f.fix.edits) }] : []),
    ...(f.suggestions ?? []).map((s) => ({ description: { text: s.description }, artifactChanges: change(s.edits) })),
  ];
}

/** SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). */
export const toSarif: Formatter = (result, context) => {
  const ids = context.rules.map((r) => r.id);
  // Each id's first index, as ids.indexOf gives it, in one map: a lookup per finding, not a scan of the rules.
  const indexOf = new Map<string, number>();
  ids.forEach((id, index) => indexOf.has(id) || indexOf.set(id, index));
  for (const f of result.findings)
    if (!indexOf.has(f.ruleId)) {
      indexOf.set(f.ruleId, ids.length);
      ids.push(f.ruleId);
    }
  const metaById = new Map(context.rules.map((r) => [r.id, r]));
  const rules = ids.map((id) => {
    const meta = metaById.get(id);
    const helpUri = context.docsUrl(id);
    const description = meta?.description ?? id;
    const help = meta?.help ?? description;
    return {
      id,
      name: id.replace(/(^|[-/])(\w)/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: description },
      fullDescription: { text: help },
      help: { text: help, markdown: helpUri ? `${help}\n\n[Documentation](${helpUri})` : help },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[meta?.defaultSeverity ?? 'error'] },
      properties: meta?.security
        ? // GitHub ranks alerts tagged `security` by this score (a string, as its documentation writes it).
          { tags: ['lp-app-manifest', 'security'], 'security-severity': meta.security.severity.toFixed(1) }
        : { tags: ['lp-app-manifest'] },
    };
  });
  const prints = fingerprints(result.findings);
  const results = result.findings.map((f, index) => ({
    ruleId: f.ruleId,
    ruleIndex: indexOf.get(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriPath(f.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: Math.max(f.endColumn, f.column),
          },
        },
        logicalLocations: [{ fullyQualifiedName: f.pointer || '/', kind: 'element' }],
      },
    ],
    partialFingerprints: { 'lpAppManifestCheck/v1': prints[index] },
    ...(f.fix || f.suggestions ? { fixes: fixesOf(f) } : {}),
    ...(f.suppressed
      ? {
          suppressions: [
            { kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', justification: f.suppressed.reason },
          ],
        }
      : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.tool.name,
            version: context.tool.version,
            semanticVersion: context.tool.version,
            informationUri: context.tool.informationUri,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
