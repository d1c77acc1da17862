/**
 * Field keys must match FIELD_KEY_PATTERN (lowercase ASCII) so they work as object keys, column ids and
 * rule tokens. The draft carries a few camelCase keys from its Java sources (staffId, sfStuType …); they
 * are converted deterministically — camelCase → snake_case, anything else → '_' — so the same draft
 * always yields the same keys.
 */
import { FIELD_KEY_PATTERN } from '../catalog-types';

const MAX_KEY_LENGTH = 64;

/** "staffId" → "staff_id", "practice_posts" stays, "2nd" → "f_2nd". */
export function normalizeFieldKey(raw: string): string {
  let key = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (key === '') key = 'f';
  if (!/^[a-z]/.test(key)) key = `f_${key}`;
  return key.slice(0, MAX_KEY_LENGTH);
}

/** `base`, or `base_2`, `base_3` … — the first that is not in `used` (and still a valid key). */
export function uniqueFieldKey(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = base.slice(0, MAX_KEY_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate) && FIELD_KEY_PATTERN.test(candidate)) return candidate;
  }
}
