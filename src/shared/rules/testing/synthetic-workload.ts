/**
 * A synthetic rule workload for the "200 rules over 200k rows" budget: list tables
 * of random rows, table rules comparing filtered counts and sums, and the hand-written loop that
 * computes the same aggregates — the floor the rule engine is compared with in bench/. Deterministic
 * (seeded), so a test can check the engine's values against the hand-written ones.
 */
import { tableDefSchema, type TableDef } from '../../catalog/catalog-types';
import type { StoredRow } from '../../records/record-types';
import { memoryDataSource, type RuleDataSource } from '../rule-data-source';
import type { Rule } from '../rule-types';
import { storedRow } from './rule-test-helpers';

export interface SyntheticAggregate {
  readonly kind: 'count' | 'sum';
  readonly table: string;
  readonly field: string | null;
  /** `filterField >= min`, or no filter. */
  readonly filter: { readonly field: string; readonly min: number } | null;
}

export interface SyntheticWorkload {
  readonly tables: readonly TableDef[];
  readonly rows: Readonly<Record<string, readonly StoredRow[]>>;
  readonly source: RuleDataSource;
  /** Table rules: `left <= right * 10`, each side one aggregate of `aggregates`. */
  readonly rules: readonly Rule[];
  /** rule i uses aggregates[2i] (left) and aggregates[2i + 1] (right). */
  readonly aggregates: readonly SyntheticAggregate[];
}

export interface SyntheticOptions {
  readonly tableCount?: number;
  readonly rowsPerTable?: number;
  readonly ruleCount?: number;
  readonly seed?: number;
}

const FIELDS = ['n1', 'n2', 'n3', 'n4', 'n5'] as const;

/** Small deterministic PRNG (mulberry32): the same seed gives the same workload. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticTable(code: string): TableDef {
  return tableDefSchema.parse({
    code,
    name: `合成表 ${code}`,
    category: 'S',
    period: 'academic-year',
    shape: 'list',
    status: 'defined',
    ownerDepartment: null,
    cooperatingDepartments: [],
    core: false,
    naturalKey: ['id_no'],
    supplementary: true,
    verified: false,
    note: '',
    fields: [
      { key: 'id_no', label: '编号', type: 'code', unit: '', required: true, note: '', verified: false },
      ...FIELDS.map((k, i) => ({
        key: k,
        label: `数值${i + 1}`,
        type: 'integer',
        unit: '',
        required: false,
        note: '',
        verified: false,
      })),
    ],
  });
}

export function aggregateText(a: SyntheticAggregate): string {
  const where = a.filter === null ? '' : ` where ${a.filter.field} >= ${a.filter.min}`;
  return a.kind === 'count' ? `count(${a.table}${where})` : `sum(${a.table}.${a.field ?? ''}${where})`;
}

export function buildSyntheticWorkload(options: SyntheticOptions = {}): SyntheticWorkload {
  const tableCount = options.tableCount ?? 4;
  const rowsPerTable = options.rowsPerTable ?? 50_000;
  const ruleCount = options.ruleCount ?? 200;
  const rand = prng(options.seed ?? 42);
  const tables = Array.from({ length: tableCount }, (_, i) => syntheticTable(`S${i + 1}`));
  const rows: Record<string, StoredRow[]> = {};
  let n = 0;
  for (const t of tables) {
    const list: StoredRow[] = new Array<StoredRow>(rowsPerTable);
    for (let r = 0; r < rowsPerTable; r++) {
      // About 2 % of cells are empty, as in real returns.
      const values: Record<string, number | string | null> = { id_no: `${t.code}-${r}` };
      for (const f of FIELDS) values[f] = rand() < 0.02 ? null : Math.floor(rand() * 1000);
      list[r] = storedRow(++n, values);
    }
    rows[t.code] = list;
  }
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const aggregates: SyntheticAggregate[] = [];
  for (let i = 0; i < ruleCount * 2; i++) {
    const table = pick(tables).code;
    const filter = rand() < 0.7 ? { field: pick(FIELDS), min: Math.floor(rand() * 900) } : null;
    aggregates.push(
      rand() < 0.3
        ? { kind: 'count', table, field: null, filter }
        : { kind: 'sum', table, field: pick(FIELDS), filter },
    );
  }
  const rules: Rule[] = Array.from({ length: ruleCount }, (_, i) => ({
    id: `syn-${i + 1}`,
    name: `合成规则 ${i + 1}`,
    scope: { kind: 'table', table: aggregates[2 * i]!.table },
    context: 'table',
    left: aggregateText(aggregates[2 * i]!),
    operator: '<=',
    right: `${aggregateText(aggregates[2 * i + 1]!)} * 10`,
    importance: 'medium',
    missingValueStrategy: 'SKIP_IF_ANY_VALUE_MISSING',
    message: '{left} > {right}',
    enabled: true,
  }));
  return { tables, rows, source: memoryDataSource({ tables, rows }), rules, aggregates };
}

/**
 * The floor: the same aggregates computed by a hand-written loop — one pass per table, direct property
 * reads, no expression machinery. Returns one value per aggregate (null for a sum over no values).
 */
export function handWrittenAggregates(w: SyntheticWorkload): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(w.aggregates.length).fill(null);
  for (const t of w.tables) {
    const mine = w.aggregates.map((a, i) => [a, i] as const).filter(([a]) => a.table === t.code);
    const acc = new Float64Array(mine.length);
    const seen = new Uint8Array(mine.length);
    for (const row of w.rows[t.code] ?? []) {
      const v = row.values;
      for (let j = 0; j < mine.length; j++) {
        const a = mine[j]![0];
        if (a.filter !== null) {
          const x = v[a.filter.field];
          if (typeof x !== 'number' || x < a.filter.min) continue;
        }
        if (a.kind === 'count') {
          acc[j]! += 1;
          seen[j] = 1;
        } else {
          const x = v[a.field ?? ''];
          if (typeof x === 'number') {
            acc[j]! += x;
            seen[j] = 1;
          }
        }
      }
    }
    mine.forEach(([a, i], j) => (out[i] = a.kind === 'count' ? acc[j]! : seen[j] === 1 ? acc[j]! : null));
  }
  return out;
}
