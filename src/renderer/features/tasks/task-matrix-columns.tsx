/**
 * Columns of the 任务分配 table: one row per table, with controls where the user may assign it and plain
 * text elsewhere (a read-only row as greyed controls cut its department names and reads as broken).
 */
import { Checkbox, DatePicker, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { TABLE_KIND_LABELS, TABLE_KINDS, type TableDef } from '../../../shared/catalog/catalog-types';
import { tableKind } from '../../../shared/catalog/table-kind';
import type { TaskAssignment } from '../../../shared/tasks/task-types';
import { displayDate, fromYyyymmdd, toYyyymmdd } from '../../ui/date-fields';
import { normalisedPoints, updateKind } from '../../../shared/tasks/update-points';
import { DateListField } from '../../ui/DateListField';
import { T } from './texts';

export interface TaskColumnContext {
  readonly tables: ReadonlyMap<string, TableDef>;
  readonly deptOptions: ReadonlyArray<{ value: string; label: string }>;
  readonly canEdit: (t: TaskAssignment) => boolean;
  readonly update: (code: string, patch: Partial<TaskAssignment>) => void;
}

export function taskMatrixColumns(c: TaskColumnContext): ColumnsType<TaskAssignment> {
  const kindOf = (t: TaskAssignment) => {
    const def = c.tables.get(t.tableCode);
    return def ? tableKind(def) : 'special';
  };
  const name = (code: string) => c.deptOptions.find((o) => o.value === code)?.label ?? code;
  return [
    {
      title: T.kind,
      width: 110,
      render: (_, t) => <Tag>{TABLE_KIND_LABELS[kindOf(t)]}</Tag>,
      filters: TABLE_KINDS.map((k) => ({ text: TABLE_KIND_LABELS[k], value: k })),
      onFilter: (v, t) => kindOf(t) === v,
    },
    { title: T.tableCode, dataIndex: 'tableCode', width: 100 },
    { title: T.tableName, render: (_, t) => c.tables.get(t.tableCode)?.name ?? '', width: 200 },
    {
      title: T.responsible,
      width: 160,
      render: (_, t) =>
        !c.canEdit(t) ? (
          name(t.responsibleDepartment)
        ) : (
          <Select
            value={t.responsibleDepartment}
            options={[...c.deptOptions]}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%' }}
            aria-label={`${t.tableCode} ${T.responsible}`}
            onChange={(v: string) =>
              c.update(t.tableCode, {
                responsibleDepartment: v,
                cooperatingDepartments: t.cooperatingDepartments.filter((d) => d !== v),
              })
            }
          />
        ),
    },
    {
      title: T.cooperating,
      width: 200,
      render: (_, t) =>
        !c.canEdit(t) ? (
          t.cooperatingDepartments.map(name).join('、')
        ) : (
          <Select
            mode="multiple"
            value={t.cooperatingDepartments}
            showSearch={{ optionFilterProp: 'label' }}
            options={c.deptOptions.filter((o) => o.value !== t.responsibleDepartment)}
            style={{ width: '100%' }}
            aria-label={`${t.tableCode} ${T.cooperating}`}
            onChange={(v: string[]) => c.update(t.tableCode, { cooperatingDepartments: v })}
          />
        ),
    },
    {
      title: T.summary,
      width: 160,
      render: (_, t) =>
        !c.canEdit(t) ? (
          t.summaryDepartment === null ? (
            T.none
          ) : (
            name(t.summaryDepartment)
          )
        ) : (
          <Select
            allowClear
            placeholder={T.none}
            value={t.summaryDepartment ?? undefined}
            options={[...c.deptOptions]}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: '100%' }}
            aria-label={`${t.tableCode} ${T.summary}`}
            onChange={(v: string | undefined) => c.update(t.tableCode, { summaryDepartment: v ?? null })}
          />
        ),
    },
    {
      title: T.updatePoints,
      width: 240,
      render: (_, t) => {
        const onChange = updateKind(t) === 'on-change';
        if (!c.canEdit(t)) return onChange ? T.onChange : (t.updatePoints ?? []).map(displayDate).join('、');
        return (
          <>
            <Checkbox
              checked={onChange}
              title={T.onChangeHint}
              aria-label={`${t.tableCode} ${T.onChange}`}
              // The two kinds exclude each other: ticking drops the dates, unticking leaves none.
              onChange={(e) =>
                c.update(t.tableCode, {
                  updateOnChange: e.target.checked ? true : undefined,
                  updatePoints: [],
                })
              }
            >
              {T.onChange}
            </Checkbox>
            {!onChange && (
              <DateListField
                dates={t.updatePoints ?? []}
                label={`${t.tableCode} ${T.updatePoints}`}
                removeLabel={(d) => T.removePoint(t.tableCode, d)}
                placeholder={T.updatePointsHint}
                onChange={(ds) => c.update(t.tableCode, { updatePoints: normalisedPoints(ds) })}
              />
            )}
          </>
        );
      },
    },
    {
      title: T.deadline,
      width: 140,
      render: (_, t) =>
        !c.canEdit(t) ? (
          displayDate(t.deadline)
        ) : (
          <DatePicker
            allowClear={false}
            value={fromYyyymmdd(t.deadline)}
            aria-label={`${t.tableCode} ${T.deadline}`}
            onChange={(d) => d && c.update(t.tableCode, { deadline: toYyyymmdd(d) })}
          />
        ),
    },
  ];
}
