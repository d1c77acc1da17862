/**
 * 附表: the six annex tables of the year's report. Computed rows come from the report's data source (the
 * lock once locked, current data marked 草稿数据 before); entered rows are typed with their source
 * document and evidence, and the office approves or returns them. Exports the .xlsx for the 年报管理系统.
 */
import { Alert, App, Button, Input, Modal, Space, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { getPlatform } from '../../platform/platform';
import { useLiveSource } from '../report/live/source-store';
import { AnnexEntryModal, type EntryTarget } from './AnnexEntryModal';
import { AnnexTableView, type CellAction } from './AnnexTableView';
import { annexResolver, useAnnexStore } from './annex-store';
import { annexWorkbook } from './annex-xlsx';
import { SubmissionButton } from './SubmissionButton';
import { useRowEditing } from './use-row-editing';
import { T } from './texts';

export function AnnexPage() {
  const { message } = App.useApp();
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const store = useAnnexStore();
  const source = useLiveSource((s) => s.source);
  const [editing, setEditing] = useState<(CellAction & { target: EntryTarget }) | null>(null);
  const [returning, setReturning] = useState<CellAction | null>(null);
  const [reason, setReason] = useState('');
  // The open tab is the page's, not the Tabs': it stays put while the tables are recomputed.
  const [tab, setTab] = useState<string | undefined>(undefined);
  const ws = data?.workspace;
  useEffect(() => {
    if (!data) return;
    void useAnnexStore.getState().load(data.workspace.id);
    // The loader adds the tables the indicators read; the annexes query no others.
    void useLiveSource.getState().load(data.workspace, data.catalog, []);
  }, [data]);
  const resolver = useMemo(() => annexResolver(source, store), [source, store]);
  const byCell = useMemo(
    () => new Map(store.entries.map((e) => [`${e.rowId}|${e.column}`, e])),
    [store.entries],
  );
  const actor = useMemo(() => ({ name: user?.name ?? '', role: user?.role ?? '' }), [user]);
  const rows = useRowEditing(ws, actor);
  if (!data || !ws || !user) return null;
  const office = ws.station.role === 'office';
  const canReview = office && user.role !== 'filler';
  const ownerName = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;
  const tables = resolver.list().flatMap((d) => resolver.table(d.id) ?? []);

  const save = async (v: { value: number; source: string; evidence: string }): Promise<boolean> => {
    if (!editing) return false;
    const r = await store.save(
      {
        rowId: editing.row.def.id,
        column: editing.column,
        departmentCode: ws.station.departmentCode ?? '',
        ...v,
      },
      actor,
    );
    if (!r.ok) void message.error(r.error.message);
    else void message.success(T.saved);
    return r.ok;
  };
  const exportXlsx = async () => {
    const name = `${ws.school.name}年报附表.xlsx`;
    const bytes = await annexWorkbook(tables, name);
    const r = await getPlatform().saveFile({ suggestedName: name, bytes });
    if (!r.ok) void message.error(r.error.message);
    else if (r.value.kind === 'saved') void message.success(T.exported(name));
  };
  const review = async (a: CellAction, action: { kind: 'approve' } | { kind: 'return'; note: string }) => {
    const r = await store.review(a.row.def.id, a.column, action, actor);
    if (!r.ok) void message.error(r.error.message);
    else void message.success(action.kind === 'approve' ? T.reviewed : T.returned);
    return r.ok;
  };

  return (
    <div data-testid="annex-page">
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {T.title}
        </Typography.Title>
        <Button onClick={() => void exportXlsx()} data-testid="annex-export-xlsx">
          {T.exportXlsx}
        </Button>
        {office && <SubmissionButton data={data} />}
      </Space>
      <Alert style={{ marginBottom: 12 }} type="info" showIcon title={T.intro} />
      <Typography.Paragraph type="secondary" data-testid="annex-snapshot">
        {T.snapshot(source.snapshot.label)}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab && tables.some((t) => t.def.id === tab) ? tab : tables[0]?.def.id}
        onChange={setTab}
        items={tables.map((t) => ({
          key: t.def.id,
          label: t.def.name,
          children: (
            <>
              {canReview && (
                <Button
                  size="small"
                  style={{ marginBottom: 8 }}
                  onClick={() => rows.add(t.def)}
                  data-testid={`annex-row-add-${t.def.id}`}
                >
                  {T.rowAdd}
                </Button>
              )}
              <AnnexTableView
                result={t}
                entries={byCell}
                canEnter
                canReview={canReview}
                {...(office ? { ownerName } : {})}
                onEnter={(a) =>
                  setEditing({
                    ...a,
                    target: {
                      rowName: a.row.def.name,
                      columnLabel: t.columnLabels[a.column],
                      unit: a.row.def.unit,
                      value: a.entry?.entry.value ?? null,
                      source:
                        a.entry?.entry.source ??
                        (a.row.def.source.kind === 'entered' ? a.row.def.source.document : ''),
                      evidence: a.entry?.entry.evidence ?? '',
                    },
                  })
                }
                onApprove={(a) => void review(a, { kind: 'approve' })}
                onReturn={(a) => {
                  setReason('');
                  setReturning(a);
                }}
                {...(canReview
                  ? {
                      rowActions: {
                        onEdit: (r) => rows.edit(t.def, r),
                        onRemove: (r) => void rows.remove(t.def, r),
                      },
                    }
                  : {})}
              />
            </>
          ),
        }))}
      />
      {rows.modal}
      <AnnexEntryModal target={editing?.target ?? null} onCancel={() => setEditing(null)} onSave={save} />
      <Modal
        open={returning !== null}
        title={T.returnReason}
        onCancel={() => setReturning(null)}
        onOk={() => {
          if (!returning) return;
          if (!reason.trim()) return void message.error(T.returnReasonRequired);
          void review(returning, { kind: 'return', note: reason }).then((ok) => ok && setReturning(null));
        }}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          data-testid="annex-return-reason"
        />
      </Modal>
    </div>
  );
}
