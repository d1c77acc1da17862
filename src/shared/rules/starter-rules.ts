/**
 * The starter rule set shipped with the built-in catalog. Names are the official field labels of the
 * draft catalog (src/shared/catalog/draft/status-data-catalog.json), so the office can read and edit them.
 * Thresholds marked as benchmarks come from 教发〔2004〕2号 (docs/domain.md §3) and must be adjusted by the
 * office for its school category (医学/体育/艺术 have stricter 生师比 values); they are soft rules.
 */
import type { Rule } from './rule-types';
import { RESOURCE_RULES } from './starter-rules-resources';
import { STUDENT_RULES } from './starter-rules-students';

/** The rules a new workspace starts with; the office edits, disables or adds to them. */
export const STARTER_RULES: readonly Rule[] = [...STUDENT_RULES, ...RESOURCE_RULES];
