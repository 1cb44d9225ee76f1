import type { Finding, Problem, TextEdit, ValuePatch } from '../core/types.js';
import type { SourceDocument } from '../parse/types.js';
import type { Redaction } from './redact.js';
import { offersChanges } from '../core/valuePatch.js';

/**
 * Turns the value patches of the problems behind findings into the findings' `fix` and `suggestions`: rendered as text
 * edits of each file's source (parse/renderPatch.ts, which gives none where it cannot be sure), then held to the
 * redaction step. A fix or suggestion whose text would show a credential, or that changes a credential place, is
 * dropped, never shown. A suppressed finding carries no fix: `--fix` must not change what a person chose to keep.
 */
export async function attachFixes(
  findings: readonly Finding[],
  problemOf: ReadonlyMap<Finding, Problem>,
  documents: Pick<ReadonlyMap<string, SourceDocument>, 'get' | 'has'>,
  redactionFor: (file: string) => Redaction,
): Promise<void> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.suppressed || !documents.has(finding.file)) continue;
    // Only files with something to render are read again to render it (a full `yaml` reading of each).
    const problem = problemOf.get(finding);
    if (!problem || !offersChanges(problem)) continue;
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  if (byFile.size === 0) return;
  const { renderPatches } = await import('../parse/renderPatch.js');
  for (const [file, list] of byFile) {
    const document = documents.get(file)!;
    const redaction = redactionFor(file);
    const sets: ValuePatch[][] = [];
    const wanted = list.map((finding) => {
      const problem = problemOf.get(finding)!;
      const fix = problem.fix && problem.fix.length > 0 ? sets.push(problem.fix) - 1 : undefined;
      const suggestions = (problem.suggestions ?? []).map((s) => ({
        description: s.description,
        patches: s.patches,
        set: sets.push(s.patches) - 1,
      }));
      return { finding, problem, fix, suggestions };
    });
    const rendered = renderPatches(document, sets);
    const shown = (set: number, patches: readonly ValuePatch[]): TextEdit[] | undefined => {
      const edits = rendered[set];
      return edits && redaction.allowsEdits(edits, patches) ? edits : undefined;
    };
    for (const { finding, problem, fix, suggestions } of wanted) {
      const fixEdits = fix === undefined ? undefined : shown(fix, problem.fix!);
      if (fixEdits) finding.fix = { edits: fixEdits };
      const offered = suggestions.flatMap(({ description, patches, set }) => {
        const edits = shown(set, patches);
        return edits ? [{ description: redaction.message(description, problem.pointer), edits }] : [];
      });
      if (offered.length > 0) finding.suggestions = offered;
    }
  }
}
