/**
 * 案例库 (office): the typical cases departments sent, of every year, searchable by words, tag and year;
 * the office accepts a case with its edits and tags, and places it in a chapter of this year's report
 * as a 典型案例 block (a new version of that chapter).
 */
import {
  App as AntApp,
  Button,
  Form,
  Image,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import {
  acceptCase,
  caseBlock,
  CASE_STATUS_LABELS,
  searchCases,
  type CaseRecord,
} from '../../../shared/report-workflow/case-library';
import type { PmNode } from '../../../shared/report/pm-json';
import { repository } from '../../data/repository-instance';
import { useExchange } from '../bundles/use-exchange';
import { ChapterImport } from './ChapterImport';
import { W } from './texts';

export function CaseLibraryPage() {
  const { message } = AntApp.useApp();
  const { deps, acting, data } = useExchange(null);
  const [cases, setCases] = useState<CaseRecord[]>([]);
  const [query, setQuery] = useState<{ text: string; tag?: string; year?: number }>({ text: '' });
  const [editing, setEditing] = useState<CaseRecord | null>(null);
  const [form] = Form.useForm<{ title: string; text: string; tags: string[] }>();
  const reload = useCallback(async () => setCases(await repository().listLibraryCases()), []);
  useEffect(() => {
    let live = true;
    void repository()
      .listLibraryCases()
      .then((c) => live && setCases(c));
    return () => {
      live = false;
    };
  }, []);
  if (!data || !acting) return null;
  const ws = data.workspace;
  const year = ws.academicYearStart + 1;
  const shown = searchCases(cases, query);
  const name = (code: string) => data.departments.find((d) => d.code === code)?.name ?? code;

  const accept = async () => {
    if (!editing) return;
    const v = form.getFieldsValue();
    const next = acceptCase(
      editing,
      { title: v.title ?? '', text: v.text ?? '', tags: v.tags ?? [] },
      acting.actor.name,
      new Date().toISOString(),
    );
    const r = next.ok ? await repository().saveLibraryCase(ws.id, next.value, acting.actor) : next;
    if (!r.ok) return void message.error(r.error.message);
    setEditing(null);
    await reload();
  };
  const place = async (c: CaseRecord) => {
    const report = (await repository().listReports(ws.id)).find((r) => r.year === year);
    const meta = report?.chapters.find((x) => x.kind === 'cases');
    if (!report || !meta) return void message.error(W.noReport);
    const head = (await repository().loadReportChapters(report)).find((v) => v.chapterId === meta.id);
    const block: PmNode = { type: 'caseBlock', attrs: { ...caseBlock(c, name(c.departmentCode)) } };
    const content: PmNode = { ...head!.content, content: [...(head!.content.content ?? []), block] };
    const r = await repository().saveReportChapter(
      ws.id,
      report.id,
      { chapterId: meta.id, baseVersion: meta.head, content, note: W.casePlacedNote(c.title) },
      acting.actor,
    );
    if (!r.ok) message.error(r.error.message);
    else message.success(W.casePlaced(meta.title));
  };

  const tags = [...new Set(cases.flatMap((c) => c.tags))].sort();
  const years = [...new Set(cases.map((c) => c.year))].sort((a, b) => b - a);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {W.caseLibrary}
        </Typography.Title>
        <ChapterImport deps={deps} acting={acting} onImported={() => void reload()} />
      </Space>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={W.caseSearch}
          aria-label={W.caseSearch}
          style={{ width: 260 }}
          onSearch={(text) => setQuery((q) => ({ ...q, text }))}
          data-testid="case-search"
        />
        <Select
          allowClear
          placeholder={W.caseTags}
          aria-label={W.caseTags}
          style={{ width: 160 }}
          options={tags.map((t) => ({ value: t, label: t }))}
          onChange={(tag?: string) => setQuery((q) => ({ ...q, ...(tag ? { tag } : { tag: undefined }) }))}
        />
        <Select
          allowClear
          placeholder={W.caseYear}
          aria-label={W.caseYear}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(y?: number) => setQuery((q) => ({ ...q, year: y }))}
        />
      </Space>
      <Table<CaseRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={shown}
        data-testid="case-table"
        locale={{ emptyText: W.noCases }}
        columns={[
          { title: W.caseTitle, dataIndex: 'title' },
          { title: W.department, render: (_, c) => name(c.departmentCode) },
          { title: W.caseYear, dataIndex: 'year' },
          { title: W.caseTags, render: (_, c) => c.tags.map((t) => <Tag key={t}>{t}</Tag>) },
          {
            title: W.casePhotos,
            render: (_, c) => (
              <Image.PreviewGroup>
                {c.photos.map((p, i) => (
                  <Image key={i} src={p} height={32} alt={`${c.title} 照片 ${i + 1}`} />
                ))}
              </Image.PreviewGroup>
            ),
          },
          {
            title: W.state,
            render: (_, c) => (
              <Tag color={c.status === 'accepted' ? 'green' : 'blue'} data-testid="case-status">
                {CASE_STATUS_LABELS[c.status]}
              </Tag>
            ),
          },
          {
            title: W.actions,
            render: (_, c) => (
              <Space size={4}>
                <Button
                  size="small"
                  onClick={() => {
                    form.setFieldsValue({ title: c.title, text: c.text, tags: [...c.tags] });
                    setEditing(c);
                  }}
                >
                  {c.status === 'accepted' ? W.caseEdit : W.caseAccept}
                </Button>
                {c.status === 'accepted' && (
                  <Button size="small" onClick={() => void place(c)}>
                    {W.casePlace}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={W.caseAccept}
        okText={W.save}
        cancelText={W.cancel}
        onOk={() => void accept()}
        onCancel={() => setEditing(null)}
        maskClosable={false}
        forceRender
      >
        <Form form={form} layout="vertical" data-testid="case-form">
          <Form.Item name="title" label={W.caseTitle}>
            <Input />
          </Form.Item>
          <Form.Item name="text" label={W.caseText}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="tags" label={W.caseTags}>
            <Select mode="tags" aria-label={W.caseTags} data-testid="case-edit-tags" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
