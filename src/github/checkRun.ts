import type { Finding, Severity } from '../core/types.js';
import { describeApiError, type GitHubClient } from './client.js';

export type CheckRunMode = 'auto' | 'always' | 'never';

/** The Checks API takes at most 50 annotations per request; more are appended by updating the check run. */
export const ANNOTATIONS_PER_REQUEST = 50;

const LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * The findings to annotate, most important first: errors, then warnings, then notices, and within each those on lines
 * the pull request changed before the rest; otherwise in report order. Should the API give out part way, what was
 * sent is what matters most. Suppressed findings are never annotated.
 */
export function annotationOrder(findings: readonly Finding[], changed?: (finding: Finding) => boolean): Finding[] {
  const keyed = findings
    .filter((f) => !f.suppressed)
    .map((finding, index) => ({ finding, index, away: changed && !changed(finding) ? 1 : 0 }));
  keyed.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.away - b.away || a.index - b.index);
  return keyed.map((k) => k.finding);
}

/** One finding as a check run annotation; columns only within one line, as the Checks API accepts them. */
export function checkAnnotation(f: Finding) {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    ...(f.line === f.endLine ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn) } : {}),
    annotation_level: LEVEL[f.severity],
    message: f.message,
    title: f.ruleId,
  };
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure';
  title: string;
  /** Markdown, at most 65,535 characters (the Checks API's limit). */
  summary: string;
  /** In the order they are to be sent (annotationOrder). */
  findings: readonly Finding[];
}

export type CheckRunOutcome =
  | {
      posted: true;
      url: string;
      /** Annotations GitHub accepted. */
      sent: number;
      /** Findings that could not be sent after the check run was created: the caller annotates them otherwise. */
      unsent: Finding[];
      /** Why some were not sent, or why the check run may not show its conclusion. */
      warning?: string;
    }
  | {
      posted: false;
      /** 403: the token may not write checks (a fork's read-only token, or a job without `checks: write`). */
      refused: boolean;
      reason: string;
    };

/**
 * One check run with every finding as an annotation: created complete, with its conclusion and the first 50, then
 * updated with 50 more at a time (the Checks API appends them). Created complete rather than in progress, so that a run
 * whose API budget runs out part way never leaves a check run in progress for a required check to wait on. Nothing is
 * thrown: a check run that cannot be created says why, and one that fails part way hands back what it could not send.
 */
export async function postCheckRun(client: GitHubClient, request: CheckRunRequest): Promise<CheckRunOutcome> {
  const batches: Finding[][] = [];
  for (let i = 0; i < request.findings.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(request.findings.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (batch: readonly Finding[] = []) => ({
    title: request.title,
    summary: request.summary,
    ...(batch.length > 0 ? { annotations: batch.map(checkAnnotation) } : {}),
  });
  const names = { owner: request.owner, repo: request.repo };

  let created;
  try {
    ({ data: created } = await client.rest.checks.create({
      ...names,
      name: request.name,
      head_sha: request.headSha,
      conclusion: request.conclusion,
      completed_at: new Date().toISOString(),
      output: output(batches[0]),
    }));
  } catch (error) {
    return { posted: false, refused: (error as { status?: number }).status === 403, reason: describeApiError(error) };
  }
  let sent = batches[0]?.length ?? 0;
  for (const [i, batch] of batches.entries()) {
    if (i === 0) continue; // sent with the create
    try {
      await client.rest.checks.update({ ...names, check_run_id: created.id, output: output(batch) });
      sent += batch.length;
    } catch (error) {
      const unsent = batches.slice(i).flat();
      return {
        posted: true,
        url: created.html_url ?? '',
        sent,
        unsent,
        warning: `${unsent.length} annotation(s) could not be added to the check run (${describeApiError(error)})`,
      };
    }
  }
  return { posted: true, url: created.html_url ?? '', sent, unsent: [] };
}
