/**
 * 报告章节 (department): the chapters the office assigned here, drafted offline in the report editor
 * with live numbers — grouped queries over this station's own tables, school indicators from the
 * office's snapshot. The 负责人 approves by signing the chapter up; a returned chapter comes back with
 * the office's comments where it made them.
 */
import type { Editor } from '@tiptap/core';
import { Alert, App as AntApp, Button, Empty, Input, Menu, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ChapterWork } from '../../../shared/report-workflow/chapter-types';
import { CHAPTER_STATE_LABELS } from '../../../shared/report-workflow/chapter-types';
import type { IndicatorSnapshot } from '../../../shared/report-workflow/indicator-snapshot';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { headingDoc } from '../../../shared/report/pm-json';
import { stampSeen } from '../../../shared/report/stamp-seen';
import { repository } from '../../data/repository-instance';
import { useExchange } from '../bundles/use-exchange';
import { fromEditorContent } from '../report/editor/pm-convert';
import { ReportEditor } from '../report/editor/ReportEditor';
import { useLiveSource } from '../report/live/source-store';
import { NodePanel } from '../report/panels/NodePanel';
import { useSelectedNode } from '../report/panels/use-selected-node';
import '../report/report.css';
import { buildChapterSubmission } from './chapter-exchange';
import { ChapterImport } from './ChapterImport';
import { saveChapterBundle } from './chapter-save';
import { relaysHere } from './chapter-relay-send';
import { RelayCard } from './RelayCard';
import { installDepartmentSource } from './department-source';
import { W } from './texts';

const noop = () => undefined;

/** This station's chapters and the office's snapshot; installs the editor's data source from them. */
async function loadChapters(workspace: Workspace, catalog: Catalog) {
  const [work, snapshot] = await Promise.all([
    repository().listChapterWork(workspace.id),
    repository().latestOfficeSnapshot(workspace.id),
  ]);
  await installDepartmentSource(workspace, catalog, snapshot);
  return { work, snapshot };
}

export function DepartmentChapterPage() {
  const { message } = AntApp.useApp();
  const [passphrase, setPassphrase] = useState('');
  const { deps, acting, data } = useExchange(passphrase === '' ? null : passphrase);
  const [work, setWork] = useState<ChapterWork[] | null>(null);
  const [snapshot, setSnapshot] = useState<IndicatorSnapshot | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [busy, setBusy] = useState(false);
  const selected = useSelectedNode(editor, noop);
  const workspace = data?.workspace;
  const catalog = data?.catalog;
  const reload = useCallback(async () => {
    if (!workspace || !catalog) return;
    const loaded = await loadChapters(workspace, catalog);
    setWork(loaded.work);
    setSnapshot(loaded.snapshot);
  }, [workspace, catalog]);
  useEffect(() => {
    if (!workspace || !catalog) return;
    let live = true;
    void loadChapters(workspace, catalog).then((loaded) => {
      if (!live) return;
      setWork(loaded.work);
      setSnapshot(loaded.snapshot);
    });
    return () => {
      live = false;
    };
  }, [workspace, catalog]);
  if (!data || !acting || work === null) return null;
  const current = work.find((w) => w.assignment.id === openId) ?? work[0];
  // A chapter this summary department relays is read and reviewed here, never edited.
  const relay = current !== undefined && relaysHere(current, acting);
  const editable =
    current !== undefined && !relay && (current.state === 'drafting' || current.state === 'returned');
  const lastReturn = current?.history.findLast((h) => h.action === 'return');
  const deptName = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;

  const submit = async () => {
    if (!current || !editor) return;
    const doc = fromEditorContent(editor.getJSON());
    if (doc === null) return;
    setBusy(true);
    const content = stampSeen(doc, useLiveSource.getState().source);
    const saved = await repository().saveChapterDraft(
      acting.workspace.id,
      current.assignment.id,
      content,
      acting.actor,
    );
    const out = saved.ok ? await buildChapterSubmission(deps, acting, current, content, '') : saved;
    const r = out.ok ? await saveChapterBundle(deps, acting, out.value) : out;
    setBusy(false);
    if (!r.ok) message.error({ content: r.error.message, duration: 10 });
    else if (r.value !== null) message.success(W.saved(r.value));
    await reload();
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {W.myChapters}
        </Typography.Title>
        <ChapterImport deps={deps} acting={acting} onImported={() => void reload()} />
        {deps.keys.needsPassphrase && (
          <Input.Password
            size="small"
            placeholder={W.passphrase}
            aria-label={W.passphrase}
            data-testid="sign-passphrase"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </Space>
      <Alert
        type="info"
        showIcon
        data-testid="dept-snapshot-banner"
        title={
          snapshot === null ? W.snapshotNone : W.snapshotOf(useLiveSource.getState().source.snapshot.label)
        }
      />
      {current === undefined ? (
        <Empty description={W.noAssignments} />
      ) : (
        <div className="report-layout">
          <Menu
            selectedKeys={[current.assignment.id]}
            onClick={(e) => setOpenId(e.key)}
            data-testid="dept-chapter-menu"
            items={work.map((w) => ({
              key: w.assignment.id,
              label: relaysHere(w, acting)
                ? `【${W.relayTag}】${deptName(w.assignment.departmentCode)}：${w.assignment.title}`
                : `${w.assignment.title}（${CHAPTER_STATE_LABELS[w.state]}）`,
            }))}
          />
          <div className="report-page">
            <Space wrap style={{ marginBottom: 8 }}>
              <Tag data-testid="dept-chapter-state">{CHAPTER_STATE_LABELS[current.state]}</Tag>
              <Typography.Text type="secondary">{W.dueOn(current.assignment.due)}</Typography.Text>
              <Typography.Text type="secondary">{current.assignment.brief}</Typography.Text>
            </Space>
            {relay && (
              <RelayCard
                work={current}
                deps={deps}
                acting={acting}
                departmentName={deptName(current.assignment.departmentCode)}
                onSent={() => void reload()}
              />
            )}
            {!relay && current.state === 'returned' && lastReturn?.reason && (
              <Alert
                type="warning"
                showIcon
                title={W.returnedBy(lastReturn.reason)}
                data-testid="returned-note"
              />
            )}
            <ReportEditor
              key={`${current.assignment.id}:${current.history.length}`}
              chapter={{
                reportId: 'department',
                chapterId: current.assignment.id,
                version: current.history.length,
                at: '',
                by: '',
                note: '',
                content: current.draft ?? headingDoc(current.assignment.title),
              }}
              readOnly={!editable}
              author={acting.actor.name}
              departments={data.departments.map((d) => d.name)}
              onReady={setEditor}
              onSave={async (content) => {
                const r = await repository().saveChapterDraft(
                  acting.workspace.id,
                  current.assignment.id,
                  content,
                  acting.actor,
                );
                if (!r.ok) message.error(r.error.message);
                else await reload();
                return r.ok;
              }}
            />
            {editable && (
              <Button
                type="primary"
                loading={busy}
                onClick={() => void submit()}
                data-testid="submit-chapter"
                style={{ marginTop: 8 }}
              >
                {W.submit}
              </Button>
            )}
          </div>
          <div>
            {editor && selected && <NodePanel editor={editor} node={selected} catalog={data.catalog} />}
          </div>
        </div>
      )}
    </Space>
  );
}
