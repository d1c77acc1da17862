/**
 * Small builders for rule tests and benches: rows, rules with defaults, and a source over a fixture
 * catalog. Row ids are deterministic UUID-shaped strings so failures are easy to read.
 */
import type { TableDef } from '../../catalog/catalog-types';
import type { CellValue, StoredRow } from '../../records/record-types';
import { memoryDataSource, type RuleDataSource } from '../rule-data-source';
import type { Rule } from '../rule-types';

export function rowId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function storedRow(n: number, values: Record<string, CellValue>): StoredRow {
  return { id: rowId(n), values, by: 'test', at: '2025-10-01T00:00:00.000Z', src: 'typed' };
}

export function rowsOf(list: readonly Record<string, CellValue>[], first = 1): StoredRow[] {
  return list.map((v, i) => storedRow(first + i, v));
}

/** A rule with the common defaults (row rule, high importance, skip if any value is missing). */
export function makeRule(partial: Partial<Rule> & Pick<Rule, 'left' | 'right'>): Rule {
  return {
    id: 'r1',
    name: '测试规则',
    scope: { kind: 'table', table: 'A7-6-1' },
    context: 'row',
    operator: '<=',
    importance: 'high',
    missingValueStrategy: 'SKIP_IF_ANY_VALUE_MISSING',
    message: '左侧 {left}，右侧 {right}',
    enabled: true,
    ...partial,
  };
}

export function sourceOf(
  tables: readonly TableDef[],
  rows: Readonly<Record<string, readonly StoredRow[]>>,
  prev?: RuleDataSource,
): RuleDataSource {
  return memoryDataSource(prev === undefined ? { tables, rows } : { tables, rows, prev });
}
