/**
 * 典型案例 at a department: enter a case with its photos and sign it to the office's 案例库 (its 负责人
 * signs). The photos are checked against the chapter image limits before anything is written or signed.
 */
import { App as AntApp, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { newUuid } from '../../../shared/ids';
import { checkCasePhotos, type CaseRecord } from '../../../shared/report-workflow/case-library';
import type { Acting, ExchangeDeps } from '../bundles/exchange-context';
import { CasePhotoField } from '../report/editor/CasePhotoField';
import { buildCasesBundle } from './chapter-exchange';
import { saveChapterBundle } from './chapter-save';
import { W } from './texts';

export function CaseSubmitCard({ deps, acting, year }: { deps: ExchangeDeps; acting: Acting; year: number }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ title?: string; text?: string; tags?: string[] }>();
  const [photos, setPhotos] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    const v = form.getFieldsValue();
    const record: CaseRecord = {
      id: newUuid(),
      year,
      title: (v.title ?? '').trim(),
      text: v.text ?? '',
      tags: v.tags ?? [],
      photos,
      departmentCode: acting.workspace.station.departmentCode ?? '',
      status: 'submitted',
      by: acting.actor.name,
      at: deps.now().toISOString(),
      editedBy: null,
      editedAt: null,
    };
    if (record.title === '') return void message.error(W.caseTitleNeeded);
    const images = checkCasePhotos([record]);
    if (!images.ok) return void message.error(images.error.message);
    setBusy(true);
    const saved = await deps.repo.saveLibraryCase(acting.workspace.id, record, acting.actor);
    const out = saved.ok ? await buildCasesBundle(deps, acting, [record]) : saved;
    const r = out.ok ? await saveChapterBundle(deps, acting, out.value) : out;
    setBusy(false);
    if (!r.ok) return void message.error({ content: r.error.message, duration: 10 });
    if (r.value !== null) {
      message.success(W.saved(r.value));
      form.resetFields();
      setPhotos([]);
    }
  };
  return (
    <Card size="small" title={W.caseCard} data-testid="case-submit">
      <Form form={form} layout="vertical">
        <Form.Item name="title" label={W.caseTitle}>
          <Input />
        </Form.Item>
        <Form.Item name="text" label={W.caseText}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="tags" label={W.caseTags}>
          <Select mode="tags" aria-label={W.caseTags} data-testid="case-tags" />
        </Form.Item>
        <Form.Item label={W.casePhotos}>
          <CasePhotoField photos={photos} onChange={setPhotos} />
        </Form.Item>
        <Space>
          <Button type="primary" loading={busy} onClick={() => void send()} data-testid="send-case">
            {W.sendCase}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
