/**
 * The built-in indicator set every new workspace starts from (the office edits its own copy). Ids are
 * stable: standards, targets, rectification items and reports refer to indicators by id.
 */
import { INDICATORS_2004 } from './builtin-indicators-2004';
import { INDICATORS_OTHER } from './builtin-indicators-other';
import type { IndicatorDef } from './indicator-types';

export const BUILTIN_INDICATORS: readonly IndicatorDef[] = [...INDICATORS_2004, ...INDICATORS_OTHER];
