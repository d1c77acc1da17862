/**
 * Every built-in option list, by id: the mapping picks from here and the catalog editor offers them as
 * presets so the office does not retype 56 民族.
 */
import { COURSE_TYPES } from './course-types';
import { DEGREES } from './degrees';
import { DOCUMENT_CHANGES } from './document-changes';
import { EDUCATION_LEVELS } from './education-levels';
import { ENROLLMENT_METHODS } from './enrollment-methods';
import { ETHNIC_GROUPS } from './ethnic-groups';
import { GENDER } from './gender';
import { HAS_NONE } from './has-none';
import { INTAKE_SEASONS } from './intake-seasons';
import type { OptionList } from './option-list';
import { POLITICAL_STATUS } from './political-status';
import { PROVINCE_NAMES } from './provinces';
import { QUALIFICATION_LEVELS } from './qualification-levels';
import { QUALITY_PROJECT_LEVELS } from './quality-project-levels';
import { QUALITY_PROJECT_TYPES } from './quality-project-types';
import { SEMESTERS } from './semesters';
import { STUDENT_SOURCE_TYPES } from './student-source-types';
import { TITLE_LEVELS } from './title-levels';
import { YES_NO } from './yes-no';

export const OPTION_LISTS = {
  gender: GENDER,
  'yes-no': YES_NO,
  'has-none': HAS_NONE,
  'ethnic-groups': ETHNIC_GROUPS,
  'education-levels': EDUCATION_LEVELS,
  degrees: DEGREES,
  'title-levels': TITLE_LEVELS,
  'political-status': POLITICAL_STATUS,
  provinces: PROVINCE_NAMES,
  'enrollment-methods': ENROLLMENT_METHODS,
  'student-source-types': STUDENT_SOURCE_TYPES,
  'document-changes': DOCUMENT_CHANGES,
  semesters: SEMESTERS,
  'intake-seasons': INTAKE_SEASONS,
  'qualification-levels': QUALIFICATION_LEVELS,
  'course-types': COURSE_TYPES,
  'quality-project-types': QUALITY_PROJECT_TYPES,
  'quality-project-levels': QUALITY_PROJECT_LEVELS,
} as const satisfies Record<string, OptionList>;

export type OptionListId = keyof typeof OPTION_LISTS;

/** The presets in display order, for the editor's picker. */
export function optionListPresets(): OptionList[] {
  return Object.values(OPTION_LISTS);
}
