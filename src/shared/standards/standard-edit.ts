/**
 * Editing the standards of one indicator at the office: its values at each level for the school's
 * category (设置标准 for every category) and its 规划目标, stored as the next version of the whole set;
 * the data writer validates that set whole (standard-validate.ts) before anything is written.
 */
import {
  STANDARD_LEVELS,
  type SchoolCategory,
  type StandardLevel,
  type StandardSet,
  type StandardValue,
  type Target,
} from './standard-types';

/** One level's value as the editor shows it; value null: no value at this level. */
export interface StandardEntry {
  readonly level: StandardLevel;
  readonly category: StandardValue['category'];
  readonly value: number | null;
  readonly source: string;
  readonly verified: boolean;
  readonly note: string;
}

/** The category a level's value is kept for: 设置标准 applies to all; the rest to the school's category. */
export function entryCategory(
  level: StandardLevel,
  category: SchoolCategory | null,
): StandardValue['category'] {
  return level === 'setting' || category === null ? 'all' : category;
}

/** The indicator's entries at every level, for the school's category. */
export function standardEntries(
  set: StandardSet,
  indicatorId: string,
  category: SchoolCategory | null,
): StandardEntry[] {
  return STANDARD_LEVELS.map((level) => {
    const scope = entryCategory(level, category);
    const v = set.values.find(
      (x) => x.indicatorId === indicatorId && x.level === level && x.category === scope,
    );
    return {
      level,
      category: scope,
      value: v?.value ?? null,
      source: v?.source ?? '',
      verified: v?.verified ?? false,
      note: v?.note ?? '',
    };
  });
}

/**
 * The set's next version with the indicator's entries and target replaced (an entry without a value, or
 * a target of null, removes it). Other indicators' and categories' values are kept as they were.
 */
export function withIndicatorStandards(
  set: StandardSet,
  indicatorId: string,
  entries: readonly StandardEntry[],
  target: Omit<Target, 'indicatorId'> | null,
): StandardSet {
  const replaced = (v: StandardValue) =>
    v.indicatorId === indicatorId && entries.some((e) => e.level === v.level && e.category === v.category);
  const added: StandardValue[] = entries.flatMap((e) =>
    e.value === null
      ? []
      : [
          {
            indicatorId,
            category: e.category,
            level: e.level,
            value: e.value,
            source: e.source.trim(),
            verified: e.verified,
            note: e.note,
          },
        ],
  );
  const targets = set.targets.filter((t) => t.indicatorId !== indicatorId);
  return {
    ...set,
    version: set.version + 1,
    values: [...set.values.filter((v) => !replaced(v)), ...added],
    targets: target === null ? targets : [...targets, { indicatorId, ...target }],
  };
}
