/**
 * One enterprise report in the report editor: its outline on the left, the chapter in the editor, and on
 * the right the enterprise's .docx import, the live 企业数据表, 负责人审定 and the exports. Live values read
 * the same data source as the school report (the lock once locked).
 */
import type { Editor } from '@tiptap/core';
import { Alert, App, Button, Menu, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Enterprise } from '../../../shared/enterprise/enterprise-types';
import { enterpriseNames } from '../../../shared/enterprise/enterprise-types';
import { ENTERPRISE_SOURCE_TABLES } from '../../../shared/enterprise/enterprise-rows';
import { checkReport } from '../../../shared/report/compliance';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { getPlatform } from '../../platform/platform';
import { ReportEditor } from '../report/editor/ReportEditor';
import { useLiveSource } from '../report/live/source-store';
import { EnterpriseExport } from './EnterpriseExport';
import { EnterpriseSend } from './EnterpriseSend';
import { importDocx } from './docx-import';
import { useEnterpriseReport } from './enterprise-report-store';
import { T } from './texts';
import '../report/report.css';

export function EnterpriseReportEditor(props: {
  data: WorkspaceData;
  reportId: string;
  enterprise: Enterprise | undefined;
  actor: { name: string; role: string };
  canApprove: boolean;
  onBack: () => void;
}) {
  const { message } = App.useApp();
  const store = useEnterpriseReport();
  const source = useLiveSource((s) => s.source);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [table, setTable] = useState<string>(ENTERPRISE_SOURCE_TABLES[0]);
  const [busy, setBusy] = useState(false);
  const { data, reportId } = props;
  const sourceTables = ENTERPRISE_SOURCE_TABLES.filter((c) => data.catalog.tables.some((t) => t.code === c));
  useEffect(() => {
    void useEnterpriseReport.getState().open(data.workspace.id, reportId);
    void useLiveSource.getState().load(data.workspace, data.catalog, [...sourceTables]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload when another report is opened
  }, [data.workspace.id, reportId]);
  const onReady = useCallback((ed: Editor | null) => setEditor(ed), []);
  const report = store.report;
  if (!report || report.id !== reportId) return null;
  const chapter = store.chapterId ? store.heads.get(store.chapterId) : undefined;
  const final = report.status === 'final';
  const names = props.enterprise ? enterpriseNames(props.enterprise) : [];

  const runImport = async () => {
    if (!editor) return;
    const f = await getPlatform().openFile({ filters: [{ name: 'Word 文档', extensions: ['docx'] }] });
    if (!f.ok) return void message.error(f.error.message);
    if (f.value.kind !== 'opened') return;
    setBusy(true);
    try {
      const r = await importDocx(f.value.file.bytes);
      if (!r.ok) return void message.error(r.error.message);
      editor.chain().focus().insertContentAt(editor.state.selection.to, r.value.html).run();
      void message.success(T.imported(r.value.images));
      if (r.value.warnings.length) void message.info(T.importWarnings(r.value.warnings.join('；')));
    } finally {
      setBusy(false);
    }
  };
  const insertTable = () => {
    if (!editor || names.length === 0) return;
    const def = data.catalog.tables.find((t) => t.code === table);
    editor
      .chain()
      .focus()
      .insertContentAt(editor.state.selection.to, {
        type: 'enterpriseTable',
        attrs: { tableCode: table, names, title: T.tableTitle(def?.name ?? table, names[0] ?? '') },
      })
      .run();
  };
  const approve = async () => {
    const chapters = [...store.heads.values()].map((v) => ({ chapterId: v.chapterId, content: v.content }));
    const blocking = checkReport(report, chapters, source).filter((f) => f.blocking).length;
    const lockRef = source.snapshot.kind === 'lock' ? source.snapshot.id : null;
    const r = await store.setStatus({ status: 'final', blocking, lockRef }, props.actor);
    if (!r.ok) void message.error(r.error.message);
  };

  return (
    <div data-testid="enterprise-report-editor">
      <Space style={{ marginBottom: 12 }} wrap>
        <Button size="small" onClick={props.onBack}>
          {T.back}
        </Button>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="enterprise-report-title">
          {report.title}
        </Typography.Title>
        <Tag color={final ? 'green' : 'blue'} data-testid="enterprise-report-status">
          {final ? T.approved : T.draft}
        </Tag>
        {props.canApprove && !final && (
          <Button size="small" onClick={() => void approve()} data-testid="enterprise-approve">
            {T.approve}
          </Button>
        )}
      </Space>
      <div className="report-layout">
        <Menu
          selectedKeys={store.chapterId ? [store.chapterId] : []}
          items={report.chapters.map((c) => ({ key: c.id, label: c.title }))}
          onClick={(e) => store.pick(e.key)}
          data-testid="enterprise-chapter-menu"
        />
        <div className="report-page">
          {chapter && (
            <ReportEditor
              key={`${chapter.chapterId}:${chapter.version}`}
              chapter={chapter}
              readOnly={final}
              author={props.actor.name}
              departments={data.departments.map((d) => d.name)}
              onReady={onReady}
              onSave={async (content, note) => {
                const r = await store.saveChapter(content, note, props.actor);
                if (!r.ok) void message.error(r.error.message);
                return r.ok;
              }}
            />
          )}
        </div>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {!final && (
            <>
              <Button loading={busy} onClick={() => void runImport()} data-testid="import-docx">
                {T.importDocx}
              </Button>
              <Space.Compact>
                <Select
                  value={table}
                  onChange={setTable}
                  style={{ width: 150 }}
                  options={sourceTables.map((c) => ({
                    value: c,
                    label: `${c} ${data.catalog.tables.find((t) => t.code === c)?.name ?? ''}`,
                  }))}
                  data-testid="enterprise-table-source"
                />
                <Button
                  onClick={insertTable}
                  disabled={names.length === 0}
                  data-testid="insert-enterprise-table"
                >
                  {T.insertTable}
                </Button>
              </Space.Compact>
            </>
          )}
          <EnterpriseExport report={report} editor={editor} catalog={data.catalog} />
          {final && props.canApprove && data.workspace.station.role !== 'office' && (
            <EnterpriseSend reportId={report.id} departments={data.departments} />
          )}
          {source.snapshot.kind === 'draft' && (
            <Alert type="warning" showIcon title="草稿数据：采集年度尚未锁定" />
          )}
        </Space>
      </div>
    </div>
  );
}
