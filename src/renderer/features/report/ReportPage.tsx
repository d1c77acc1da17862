/**
 * 质量年报: the year's report at the office. Chapters on the left, the chapter in the editor, and on the
 * right the selected node's settings, 合规审查, version history and export. Live values read the data
 * source (current data marked 草稿数据 while the year is open, the lock's values once locked).
 */
import type { Editor } from '@tiptap/core';
import { Alert, Button, Empty, Menu, Space, Spin, Tabs, Tag, Typography, message } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { checkReport, type Finding } from '../../../shared/report/compliance';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { fromEditorContent } from './editor/pm-convert';
import { jumpTo } from './editor/jump';
import { ReportEditor } from './editor/ReportEditor';
import { TextPrompt } from './editor/TextPrompt';
import { queriedTables } from './live/report-tables';
import { useLiveSource } from './live/source-store';
import { FindingsPanel } from './panels/FindingsPanel';
import { HistoryPanel } from './panels/HistoryPanel';
import { NodePanel } from './panels/NodePanel';
import { useSelectedNode, type SelectedNode } from './panels/use-selected-node';
import { useReportStore } from './report-store';
import { ExportPanel } from './export/ExportPanel';
import { OutlineDrawer } from './outline/OutlineDrawer';
import { exportModel } from './export/export-report';
import type { ExportDoc } from '../../../shared/report/export/export-model';
import { T } from './texts';
import { useAnnexStore, withAnnexes } from '../annex/annex-store';
import './report.css';

export function ReportPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const store = useReportStore();
  const live = useLiveSource();
  const [editor, setEditor] = useState<Editor | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [pendingJump, setPendingJump] = useState<Finding | null>(null);
  const [tab, setTab] = useState('check');
  const [reopening, setReopening] = useState(false);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const onSelect = useCallback(
    (node: SelectedNode) => {
      setTab('node');
      const s = node.attrs.source as { type?: string; tableCode?: string } | undefined;
      if (data && s?.type === 'aggregate' && s.tableCode)
        void useLiveSource.getState().ensure(data.workspace, data.catalog, [s.tableCode]);
    },
    [data],
  );
  const selected = useSelectedNode(editor, onSelect);
  const workspace = data?.workspace;
  const year = workspace ? workspace.academicYearStart + 1 : 0;

  useEffect(() => {
    if (workspace) void store.load(workspace.id, year);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload only when the workspace changes
  }, [workspace?.id, year]);
  const heads = store.heads;
  useEffect(() => {
    if (data)
      void live.load(data.workspace, data.catalog, queriedTables([...heads.values()].map((v) => v.content)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload when the stored chapters change
  }, [data?.workspace.id, data?.catalog, heads]);
  const onReady = useCallback(
    (ed: Editor | null) => {
      setEditor(ed);
      if (ed && pendingJump && pendingJump.chapterId === useReportStore.getState().chapterId) {
        jumpTo(ed, pendingJump.path);
        setPendingJump(null);
      }
    },
    [pendingJump],
  );

  const runCheck = useCallback((): Finding[] => {
    if (!store.report) return [];
    const open = editor ? fromEditorContent(editor.getJSON()) : null;
    const chapters = [...store.heads.values()].map((v) => ({
      chapterId: v.chapterId,
      content: v.chapterId === store.chapterId && open ? open : v.content,
    }));
    const f = checkReport(store.report, chapters, live.source);
    setFindings(f);
    setTab('check');
    return f;
  }, [store.report, store.heads, store.chapterId, editor, live.source]);

  const exportDoc = (): ExportDoc | null => {
    if (!store.report) return null;
    const open = editor ? fromEditorContent(editor.getJSON()) : null;
    const chapters = new Map([...store.heads.values()].map((v) => [v.chapterId, v.content]));
    if (open && store.chapterId) chapters.set(store.chapterId, open);
    return exportModel(store.report, chapters, withAnnexes(live.source, useAnnexStore.getState()));
  };

  if (!data || !workspace || !user) return null;
  const actor = { name: user.name };
  if (store.loading) return <Spin />;
  const report = store.report;
  if (!report)
    return (
      <Empty description={T.none}>
        <Button
          type="primary"
          data-testid="create-report"
          onClick={() =>
            void store.create(workspace.id, year, actor).then((r) => !r.ok && message.error(r.error.message))
          }
        >
          {T.create}
        </Button>
      </Empty>
    );
  const chapter = store.chapterId ? store.heads.get(store.chapterId) : undefined;
  const final = report.status === 'final';
  const markFinal = async () => {
    const f = runCheck();
    const blocking = f.filter((x) => x.blocking).length;
    const lockRef = live.source.snapshot.kind === 'lock' ? live.source.snapshot.id : null;
    const r = await store.setStatus({ status: 'final', blocking, lockRef }, actor);
    if (!r.ok) void message.error(r.error.message);
  };
  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="report-title">
          {report.title}
        </Typography.Title>
        <Tag color={final ? 'green' : 'blue'} data-testid="report-status">
          {final ? T.statusFinal : T.statusDraft}
        </Tag>
        <Button size="small" onClick={() => setOutlineOpen(true)} data-testid="open-outline">
          {T.outline.open}
        </Button>
        {final ? (
          <Button size="small" onClick={() => setReopening(true)}>
            {T.reopen}
          </Button>
        ) : (
          <Button size="small" onClick={() => void markFinal()} data-testid="mark-final">
            {T.markFinal}
          </Button>
        )}
      </Space>
      <Alert
        style={{ marginBottom: 12 }}
        type={live.source.snapshot.kind === 'draft' ? 'warning' : 'info'}
        showIcon
        title={
          live.source.snapshot.kind === 'draft' ? T.draftBanner : T.lockBanner(live.source.snapshot.label)
        }
        data-testid="snapshot-banner"
      />
      <div className="report-layout">
        <Menu
          selectedKeys={store.chapterId ? [store.chapterId] : []}
          items={report.chapters.map((c) => ({ key: c.id, label: c.title }))}
          onClick={(e) => store.open(e.key)}
          aria-label={T.chapters}
          data-testid="chapter-menu"
        />
        <div className="report-page">
          {chapter && (
            <ReportEditor
              key={`${chapter.chapterId}:${chapter.version}`}
              chapter={chapter}
              readOnly={final}
              author={user.name}
              departments={data.departments.map((d) => d.name)}
              onReady={onReady}
              onSave={async (content, note) => {
                const r = await store.saveChapter(content, note, actor);
                if (!r.ok) void message.error(r.error.message);
                return r.ok;
              }}
            />
          )}
        </div>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          size="small"
          items={[
            {
              key: 'node',
              label: '设置',
              children:
                editor && selected ? (
                  <NodePanel editor={editor} node={selected} catalog={data.catalog} />
                ) : (
                  <Typography.Text type="secondary">选中图表、数据表或图片后在此设置。</Typography.Text>
                ),
            },
            {
              key: 'check',
              label: T.check.run,
              children: (
                <FindingsPanel
                  findings={findings}
                  onRun={() => void runCheck()}
                  onJump={(f) => {
                    if (f.chapterId === store.chapterId && editor) jumpTo(editor, f.path);
                    else if (f.chapterId) {
                      setPendingJump(f);
                      store.open(f.chapterId);
                    }
                  }}
                />
              ),
            },
            {
              key: 'export',
              label: T.export.title,
              children: <ExportPanel model={exportDoc} />,
            },
            {
              key: 'history',
              label: T.history.title,
              children: chapter && (
                <HistoryPanel
                  workspaceId={workspace.id}
                  reportId={report.id}
                  chapterId={chapter.chapterId}
                  head={chapter.version}
                />
              ),
            },
          ]}
        />
      </div>
      <OutlineDrawer report={report} actor={actor} open={outlineOpen} onClose={() => setOutlineOpen(false)} />
      <TextPrompt
        title={reopening ? T.reopenReason : null}
        onDone={(reason) => {
          setReopening(false);
          if (reason)
            void store
              .setStatus({ status: 'draft', reason }, actor)
              .then((r) => !r.ok && message.error(r.error.message));
        }}
      />
    </div>
  );
}
