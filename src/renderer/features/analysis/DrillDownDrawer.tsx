/**
 * Drill-down from an indicator's value to the rows behind it: each term of its numerator and denominator
 * (the table, the term as written, how many rows it counts) and those rows, each openable in the grid at
 * that row (the department slice it belongs to is looked up from the station's slices).
 */
import { useEffect, useState } from 'react';
import { Button, Card, Drawer, Space, Table, Typography } from 'antd';
import { indicatorDrillDown, PART_LABELS, type DrillTerm } from '../../../shared/indicators';
import type { StoredRow } from '../../../shared/records/record-types';
import type { RuleDataSource } from '../../../shared/rules';
import { useSession } from '../../app/session-store';
import { repository } from '../../data/repository-instance';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { T } from './texts';
import type { AnalysisRow } from './use-analysis';

/** Rows listed per term; the count says how many there are in all. */
const SHOWN = 200;

interface Props {
  readonly row: AnalysisRow | null;
  readonly source: RuleDataSource;
  readonly data: WorkspaceData;
  onClose(): void;
}

/** Row id → department code for the slices of the given tables. */
async function departmentsOf(data: WorkspaceData, tables: ReadonlySet<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of data.slices.filter((x) => tables.has(x.tableCode))) {
    const rows = await repository().loadTableRows({
      workspaceId: data.workspace.id,
      tableCode: s.tableCode,
      departmentCode: s.departmentCode,
    });
    for (const r of rows) out.set(r.id, s.departmentCode);
  }
  return out;
}

export function DrillDownDrawer({ row, source, data, onClose }: Props) {
  const go = useSession((s) => s.go);
  const [owner, setOwner] = useState<ReadonlyMap<string, string>>(new Map());
  const terms: DrillTerm[] = row === null ? [] : indicatorDrillDown(row.compiled, source);
  const tableKey = [...new Set(terms.map((t) => t.table))].sort().join(',');
  useEffect(() => {
    if (tableKey === '') return;
    let live = true;
    void departmentsOf(data, new Set(tableKey.split(','))).then((m) => {
      if (live) setOwner(m);
    });
    return () => {
      live = false;
    };
  }, [data, tableKey]);
  if (row === null) return null;
  const name = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;

  return (
    <Drawer open width={720} title={T.drill.title(row.def.name)} onClose={onClose}>
      <Typography.Paragraph type="secondary">{row.def.definition}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        {terms.map((t, i) => {
          const def = source.tableDef(t.table);
          const fields = (def?.fields ?? []).slice(0, 3);
          const byId = new Map(source.rows(t.table).map((r) => [r.id, r]));
          const rows = t.rowIds.slice(0, SHOWN).flatMap((id) => byId.get(id) ?? []);
          return (
            <div key={`${t.part}-${i}`} data-testid={`drill-term-${i}`}>
              <Card
                size="small"
                title={`${PART_LABELS[t.part]}：${t.text}`}
                extra={T.drill.rows(t.table, def?.name ?? '', t.rowIds.length)}
              >
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  scroll={{ y: 240 }}
                  dataSource={rows}
                  columns={[
                    {
                      title: T.drill.department,
                      key: 'dept',
                      render: (_: unknown, r: StoredRow) => name(owner.get(r.id) ?? ''),
                    },
                    ...fields.map((f) => ({
                      title: f.label,
                      key: f.key,
                      render: (_: unknown, r: StoredRow) => String(r.values[f.key] ?? ''),
                    })),
                    {
                      title: '',
                      key: 'open',
                      render: (_: unknown, r: StoredRow) => {
                        const dept = owner.get(r.id);
                        return (
                          <Button
                            size="small"
                            disabled={dept === undefined}
                            onClick={() =>
                              go('table', t.table, {
                                departmentCode: dept ?? '',
                                rowId: r.id,
                                fieldKey: null,
                              })
                            }
                          >
                            {T.drill.open}
                          </Button>
                        );
                      },
                    },
                  ]}
                />
              </Card>
            </div>
          );
        })}
      </Space>
    </Drawer>
  );
}
