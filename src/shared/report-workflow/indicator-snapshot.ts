/**
 * The office's indicator snapshot (docs/report-workflow.md): school-wide indicator values as the office
 * computed them on a date, carried signed in its chapter bundle. A department holds only its own
 * tables, so in its editor these values stand in for school indicators (marked with the snapshot's
 * date), and a value the office never sent reads 由督导室汇总; grouped queries over the department's own
 * tables still compute live from what it holds.
 */
import { z } from 'zod';
import type { AggregateReading, IndicatorInfo, ReportDataSource } from '../report/data-source';
import type { AggregateQuery } from '../report/live-attrs';
import { createStaticSource, type StaticIndicator } from '../report/static-source';

export const NOT_SENT_REASON = '由督导室汇总';
/** How a department's editor marks school indicators (from the office's snapshot, with its date). */
export const OFFICE_SNAPSHOT_MARK = '督导室快照';
/** How a department's editor marks grouped queries over its own tables. */
export const OWN_TABLES_MARK = '本部门数据';

export const snapshotValueSchema = z
  .object({
    id: z.string().min(1).max(120),
    name: z.string().max(200),
    unit: z.string().max(40),
    precision: z.number().int().min(0).max(6),
    definition: z.string().max(2000),
    value: z.number().nullable(),
    previous: z.number().nullable(),
    /** Why the office could not compute it (value null). */
    reason: z.string().max(500),
  })
  .strict();

export const indicatorSnapshotSchema = z
  .object({
    takenAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
    /** 草稿数据 while the office's year is open, the lock's label once locked. */
    source: z.enum(['draft', 'lock']),
    label: z.string().max(200),
    values: z.array(snapshotValueSchema).max(400),
  })
  .strict();
export type IndicatorSnapshot = z.infer<typeof indicatorSnapshotSchema>;

/** The office takes a snapshot of what its own data source reads now. */
export function takeSnapshot(source: ReportDataSource, at: string): IndicatorSnapshot {
  return {
    takenAt: at,
    source: source.snapshot.kind,
    label: source.snapshot.label,
    values: source.list().map((info) => {
      const r = source.value(info.id);
      return {
        id: info.id,
        name: info.name,
        unit: info.unit,
        precision: info.precision,
        definition: info.definition,
        value: r.ok ? r.value : null,
        previous: r.ok ? r.previous : null,
        reason: r.ok ? '' : r.reason,
      };
    }),
  };
}

/**
 * A department's data source: school indicators from the snapshot (or 由督导室汇总 when none was sent),
 * grouped queries from its own tables.
 */
export function departmentSource(
  snapshot: IndicatorSnapshot | null,
  known: readonly IndicatorInfo[],
  aggregate: (q: AggregateQuery) => AggregateReading,
): ReportDataSource {
  const date = snapshot?.takenAt.slice(0, 10) ?? '';
  const snap = {
    kind: snapshot?.source ?? 'draft',
    id: snapshot === null ? 'office:none' : `office:${snapshot.takenAt}`,
    label: snapshot === null ? NOT_SENT_REASON : `督导室 ${date} 下发（${snapshot.label}）`,
    marks: {
      value:
        snapshot === null
          ? NOT_SENT_REASON
          : `${OFFICE_SNAPSHOT_MARK} ${date}${snapshot.source === 'draft' ? '（草稿）' : ''}`,
      aggregate: OWN_TABLES_MARK,
    },
  } as const;
  const sent = new Map((snapshot?.values ?? []).map((v) => [v.id, v]));
  const ids = new Set([...known.map((k) => k.id), ...sent.keys()]);
  const indicators: StaticIndicator[] = [...ids].map((id) => {
    const v = sent.get(id);
    const info: IndicatorInfo = known.find((k) => k.id === id) ?? {
      id,
      name: v?.name ?? id,
      unit: v?.unit ?? '',
      precision: v?.precision ?? 2,
      definition: v?.definition ?? '',
      sourceTables: [],
      standard: null,
    };
    if (v === undefined) return { info, reading: { reason: NOT_SENT_REASON } };
    return {
      info,
      reading:
        v.value === null ? { reason: v.reason || NOT_SENT_REASON } : { value: v.value, previous: v.previous },
    };
  });
  return createStaticSource(snap, indicators, aggregate);
}
