/**
 * The most the tool reads of each kind of file; a larger file is refused as too large, never read in part. A manifest's
 * limit is a parse limit (ParseLimits.maxBytes, 1 MiB by default), since the engine lets a run set it.
 */
export const FILE_LIMITS = {
  /** A policy is a screen of YAML; an extended one too. */
  policy: 1024 * 1024,
  /** A baseline holds an entry (~150 bytes) per recorded finding: room for a few hundred thousand. */
  baseline: 64 * 1024 * 1024,
  /** A .gitignore of the walk outside git. */
  gitignore: 1024 * 1024,
} as const;
