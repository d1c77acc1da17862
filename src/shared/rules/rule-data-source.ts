/**
 * Where rules read data from. A station holds only some tables (a department holds its own slices, the
 * office the union), so the source says which tables it holds: a rule that needs a table the source
 * does not hold is 本站无法判断 (undecidable), never pass or fail. `prev` is last year's data (an
 * earlier workspace or an imported archive of it) for `prev(…)` and year-over-year checks.
 */
import type { TableDef } from '../catalog/catalog-types';
import type { StoredRow } from '../records/record-types';

export interface RuleDataSource {
  /** True when this station holds the table's data (an empty table it holds counts as held). */
  hasTable(code: string): boolean;
  /** The rows of a held table; an empty array for tables not held. The array must not change during one run. */
  rows(code: string): readonly StoredRow[];
  tableDef(code: string): TableDef | undefined;
  /** Last year's data, when an earlier workspace or its archive is available. */
  readonly prev?: RuleDataSource;
}

/** Lookup of table definitions used when compiling rules (the catalog of the collection year). */
export interface RuleSchema {
  table(code: string): TableDef | undefined;
  /** All table codes, for "did you mean" hints. */
  codes(): readonly string[];
}

export function schemaFromTables(tables: readonly TableDef[]): RuleSchema {
  const byCode = new Map(tables.map((t) => [t.code, t]));
  const codes = tables.map((t) => t.code);
  return { table: (code) => byCode.get(code), codes: () => codes };
}

export interface MemoryDataSourceInput {
  readonly tables: readonly TableDef[];
  /** Rows per held table code; tables without an entry are not held. */
  readonly rows: Readonly<Record<string, readonly StoredRow[]>>;
  readonly prev?: RuleDataSource;
}

/** A data source over plain arrays: tests, the bench, and stores that already hold rows in memory. */
export function memoryDataSource(input: MemoryDataSourceInput): RuleDataSource {
  const defs = new Map(input.tables.map((t) => [t.code, t]));
  const held = new Map(Object.entries(input.rows));
  const source: RuleDataSource = {
    hasTable: (code) => held.has(code),
    rows: (code) => held.get(code) ?? [],
    tableDef: (code) => defs.get(code),
  };
  return input.prev === undefined ? source : { ...source, prev: input.prev };
}
