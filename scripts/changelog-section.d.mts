/** Types of scripts/changelog-section.mjs, for its test and the release checks. */
export interface ChangelogHeading {
  version: string;
  date: string | undefined;
  start: number;
  bodyStart: number;
}
export function changelogHeadings(text: string): ChangelogHeading[];
export function changelogSection(text: string, version: string): string;
