/**
 * Which sheet column fills which field. Detection proposes; the user's choices in the mapping step are
 * remembered per table as (normal form of the header label → field key), so next year's file with the
 * same odd labels maps itself. A mapping is valid when no field is filled from two columns; unmapped
 * required fields are shown but do not block (every row will then report the empty required cell).
 */
import type { FieldDef, TableDef } from '../catalog/catalog-types';
import type { DetectedColumn } from './header-detect';
import { normaliseLabel } from './header-labels';

/** Field key per sheet column (index = 0-based column), null = not imported. */
export type ColumnMapping = readonly (string | null)[];

/** Remembered choices: normal form of a header label → field key. */
export type SavedMapping = Readonly<Record<string, string>>;

export function initialMapping(
  columns: readonly DetectedColumn[],
  table: TableDef,
  saved: SavedMapping | null,
): ColumnMapping {
  const keys = new Set(table.fields.map((f) => f.key));
  const used = new Set(columns.map((c) => c.fieldKey).filter((k): k is string => k !== null));
  const width = columns.reduce((w, c) => Math.max(w, c.index + 1), 0);
  const out: (string | null)[] = new Array<string | null>(width).fill(null);
  for (const c of columns) {
    if (c.fieldKey !== null) {
      out[c.index] = c.fieldKey;
      continue;
    }
    const label = normaliseLabel(c.label);
    const remembered =
      saved !== null && label !== '' && Object.hasOwn(saved, label) ? saved[label] : undefined;
    if (remembered !== undefined && keys.has(remembered) && !used.has(remembered)) {
      out[c.index] = remembered;
      used.add(remembered);
    }
  }
  return out;
}

export interface MappingCheck {
  /** Field keys chosen for more than one column. */
  readonly duplicates: readonly string[];
  /** Required fields no column fills. */
  readonly missingRequired: readonly FieldDef[];
  /** Fields no column fills (required or not). */
  readonly unmapped: readonly FieldDef[];
  readonly mappedCount: number;
}

export function checkMapping(mapping: ColumnMapping, table: TableDef): MappingCheck {
  const count = new Map<string, number>();
  for (const k of mapping) if (k !== null) count.set(k, (count.get(k) ?? 0) + 1);
  const duplicates = [...count].filter(([, n]) => n > 1).map(([k]) => k);
  const unmapped = table.fields.filter((f) => !count.has(f.key));
  return {
    duplicates,
    missingRequired: unmapped.filter((f) => f.required),
    unmapped,
    mappedCount: count.size,
  };
}

/** True when the user needs to look at the mapping: some labelled column or some required field is unmatched. */
export function mappingNeedsReview(
  columns: readonly DetectedColumn[],
  mapping: ColumnMapping,
  table: TableDef,
): boolean {
  const check = checkMapping(mapping, table);
  if (check.duplicates.length > 0 || check.missingRequired.length > 0 || check.mappedCount === 0) return true;
  return columns.some((c) => c.label.trim() !== '' && (mapping[c.index] ?? null) === null);
}

/** Choices worth remembering: columns the user mapped where detection found nothing (or something else). */
export function mappingToRemember(
  columns: readonly DetectedColumn[],
  mapping: ColumnMapping,
  previous: SavedMapping | null,
): SavedMapping {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (previous !== null) for (const [k, v] of Object.entries(previous)) out[k] = v;
  for (const c of columns) {
    const chosen = mapping[c.index] ?? null;
    const label = normaliseLabel(c.label);
    if (label === '' || chosen === null || chosen === c.fieldKey) continue;
    out[label] = chosen;
  }
  return { ...out };
}
