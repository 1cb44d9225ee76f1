/**
 * The shared vocabulary of every layer. Data flows one way:
 * discover → parse → schema → rules → findings → reporters.
 * A Finding is created once (in engine/evaluate.ts) and only read downstream.
 */

export type Severity = 'error' | 'warning' | 'notice';
/** A severity as configured by a policy: `off` disables the rule. */
export type SeverityLevel = Severity | 'off';
export type ManifestFormat = 'json' | 'yaml';

/** 1-based line/column; `endColumn` is the column just after the last character (SARIF convention). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What a rule (or the parser, or the schema stage) reports, before policy and positions are applied. */
export interface Problem {
  /** RFC 6901 pointer of the offending value: the object for a missing property, the property for an unknown one. */
  pointer: string;
  message: string;
  /** Point the position at the property's key rather than its value (unknown / duplicate properties). */
  target?: 'key' | 'value';
  /** The JSON Schema keyword, for `schema` problems. */
  keyword?: string;
  /** An explicit position, for problems that have no pointer to resolve (parse errors). */
  range?: Range;
  /** Changes certain to be right, applied by `--fix` (ESLint's line: a fix never changes what the app does). */
  fix?: ValuePatch[];
  /** Changes offered, never applied automatically (they may change behaviour). */
  suggestions?: ProblemSuggestion[];
}

/**
 * A change to a manifest's value, named by pointer: all a rule knows, since rules never see the source. The parse
 * layer renders patches into text edits that leave everything else of the source (comments, quoting, key order,
 * layout) as it was.
 */
export type ValuePatch =
  /** Replace the value at `pointer` (a property's value or an array item). */
  | { op: 'replace'; pointer: string; value: unknown }
  /** Rename the property at `pointer` to `key`, keeping its value. */
  | { op: 'rename'; pointer: string; key: string }
  /** Remove the property or array item at `pointer`. */
  | { op: 'remove'; pointer: string };

export interface ProblemSuggestion {
  /** What the change does, in the imperative ("Use https"). */
  description: string;
  patches: ValuePatch[];
}

/** One replacement of the source text: `[start, end)` in UTF-16 code units of the file's text, and where that is. */
export interface TextEdit extends Range {
  start: number;
  end: number;
  text: string;
}

export interface FindingSuggestion {
  description: string;
  edits: TextEdit[];
}

/** A finding as every reporter reads it (JSON report v1, SPEC §5). */
export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the root, with `/`. */
  file: string;
  pointer: string;
  keyword?: string;
  /** Set when an inline comment or a baseline suppressed the finding: counted, never hidden. */
  suppressed?: { kind: 'inline' | 'baseline'; reason: string };
  /** Text edits certain to be right (`--fix`); never overlapping one another. */
  fix?: { edits: TextEdit[] };
  /** Text edits offered for a person to choose. */
  suggestions?: FindingSuggestion[];
}

/** A parsed manifest, as rules see it. Rules never do I/O and never see positions. */
export interface Manifest {
  /** Path relative to the root, with `/`. */
  file: string;
  format: ManifestFormat;
  /**
   * The parsed top-level object (always an object with a `client_name` or `client_name#…` key); a cross-file or
   * network rule is given only the keys it reads (ProjectRule.reads).
   */
  value: Record<string, unknown>;
}

/**
 * What a rule says about itself. For built-in rules it is the whole catalog: the README rules table, the built-in
 * `recommended` and `strict` policies and the policy schema are generated from it (`npm run catalog`).
 */
export interface RuleMeta {
  /**
   * Stable id: lowercase words or digits joined by `-` (`redirect-uri-https`, `schema`, `oauth2-pkce`); the file that
   * defines a built-in rule is named after it. Custom rules are namespaced (`acme/display-name-prefix`).
   */
  id: string;
  /** One sentence, shown in SARIF, the README rules table and docs. */
  description: string;
  /** Severity in the built-in `recommended` policy. */
  defaultSeverity: Severity;
  /**
   * Set when the built-in `strict` policy sets the rule: its severity there. A rule strict does not name keeps its
   * `recommended` setting.
   */
  strictSeverity?: Severity;
  /** Options the built-in `strict` policy pins (over `defaultOptions`); only with `strictSeverity`. */
  strictOptions?: Record<string, unknown>;
  /**
   * JSON Schema of the rule's options: `type: object`, `properties`, `additionalProperties: false` (the policy schema
   * is generated from it, so nothing else); absent when the rule has none.
   */
  optionsSchema?: Record<string, unknown>;
  /** Defaults for the options; a policy's options are merged over these. */
  defaultOptions?: Record<string, unknown>;
  /** Longer help text (markdown) used by SARIF `help` and the docs. */
  help?: string;
  /** Set when some findings of the rule carry a `fix` (`--list-rules`, the README rules table). */
  fixable?: boolean;
  /** Set when some findings of the rule carry `suggestions`. */
  hasSuggestions?: boolean;
  /**
   * Set on rules whose findings are security weaknesses: SARIF tags them `security` with this `security-severity`
   * (0.0–10.0, CVSS-like; GitHub code scanning ranks 9.0+ critical, 7.0+ high, 4.0+ medium, else low).
   */
  security?: { severity: number };
}

/**
 * The stages of the engine that are not rules of their own (`parse-error`, `duplicate-key`, `schema`) still have
 * an id and metadata, so a policy can configure them and reports can describe them.
 */
export interface StageRule {
  kind: 'stage';
  meta: RuleMeta;
}

/** Looks at one manifest at a time. */
export interface ManifestRule<O = Record<string, unknown>> {
  kind: 'manifest';
  meta: RuleMeta;
  check(manifest: Manifest, options: O): Problem[];
}

export interface ProjectProblem extends Problem {
  file: string;
  /**
   * The places in other manifests that make the finding with this one (the manifest that had the client_name first).
   * A run that reports only some files or lines (only-changed, a subdirectory, stdin) reports the finding when it
   * reports any of its places: a pull request that makes a duplicate is told, whichever file the finding is on.
   */
  related?: readonly Place[];
}

/** A place in a manifest of the run: the file, and the pointer of the value there. */
export interface Place {
  file: string;
  pointer: string;
}

/** Looks across every manifest of the run (e.g. `client-name-unique`). `options` are per file (policy overrides). */
export interface ProjectRule<O = Record<string, unknown>> {
  kind: 'project';
  meta: RuleMeta;
  /**
   * The top-level keys of a manifest the rule reads: the run keeps only these of each manifest until the rule runs
   * (memory for a repository of thousands). Absent: the whole value. A property test holds each rule's findings the
   * same on whole manifests (test/rules/reads.test.ts).
   */
  reads?: readonly string[];
  check(manifests: readonly Manifest[], options: (file: string) => O): ProjectProblem[];
}

/** Result of fetching an image's header to learn its size; never holds response bytes. */
export type ImageProbe =
  | { ok: true; width: number; height: number; type: string; wUnits?: string; hUnits?: string; url: string }
  | { ok: false; reason: string; url: string };

/** What network rules are handed; tests hand one that talks to a loopback server. */
export interface NetworkServices {
  /** One request per distinct URL per run: implementations cache by URL. */
  probeImage(url: string): Promise<ImageProbe>;
}

/** Needs the network; skipped (and listed as skipped) when the run is offline. */
export interface NetworkRule<O = Record<string, unknown>> {
  kind: 'network';
  meta: RuleMeta;
  /** As ProjectRule.reads. */
  reads?: readonly string[];
  check(
    manifests: readonly Manifest[],
    options: (file: string) => O,
    network: NetworkServices,
  ): Promise<ProjectProblem[]>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule = StageRule | ManifestRule<any> | ProjectRule<any> | NetworkRule<any>;

/** A rule that did not run (`ruleId`), or a file that was not read (`ruleId: ''` and `file`), with the reason. */
export interface Skipped {
  ruleId: string;
  reason: string;
  file?: string;
}

/** The whole outcome of a run; every reporter is a pure function of this. */
export interface CheckResult {
  manifests: Array<{ file: string; format: ManifestFormat }>;
  findings: Finding[];
  skipped: Skipped[];
}
