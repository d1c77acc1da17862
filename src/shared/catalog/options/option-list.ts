/**
 * A named, reusable list of enum options. Built-in lists fill the draft's enums whose values are known;
 * the catalog editor offers them as presets. `verified` says whether the list follows a national standard
 * or the draft itself (true) or is a common convention not yet checked against the platform (false);
 * a field filled from an unverified list is itself marked unverified.
 */
export interface OptionList {
  readonly id: string;
  /** Chinese name shown in the editor's preset picker. */
  readonly name: string;
  readonly options: readonly string[];
  readonly verified: boolean;
  /** Where the values come from, for reviewers. */
  readonly source: string;
}
