/**
 * What every checker (spelling, style rules, numbers and dates, later consistency and claims)
 * reports, and what `redaksi check --json` prints. Offsets are JavaScript string indices into the
 * text that was checked, so the editor can map them onto its document and the CLI onto the file.
 * This shape is a public contract (README, "redaksi check"): add fields, never rename or remove.
 */

/** The kinds of finding; later issues add theirs here. */
export const findingKinds = ['spelling', 'style', 'number', 'date', 'consistency', 'claim'] as const;
export type FindingKind = (typeof findingKinds)[number];

export interface Finding {
  kind: FindingKind;
  /** Stable rule id, e.g. `spelling.unknown`, `id.di-place`, `id.nonstandard`, `date.weekday`. */
  rule: string;
  start: number;
  end: number;
  /** `text.slice(start, end)` of the checked text. */
  text: string;
  /** One sentence for the user, in the UI language asked for. */
  message: string;
  /** Replacements for `text`, best first; empty when there is no mechanical fix. */
  suggestions: string[];
  /**
   * Consistency and date findings: the other place involved ("Rudianto" here, "Rudiantara" there),
   * as offsets into the same text.
   */
  related?: { start: number; end: number; text: string };
}

/** A rule's documentation, shown in the editor's popover and the Settings list, in both UI languages. */
export interface RuleInfo {
  id: string;
  kind: FindingKind;
  /** The language of the text the rule applies to. */
  lang: 'id' | 'en';
  title: { id: string; en: string };
  explanation: { id: string; en: string };
  example: { wrong: string; right: string };
}

/** Orders findings by position (then longer first), the order the CLI prints and the panel lists. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || a.rule.localeCompare(b.rule);
}
