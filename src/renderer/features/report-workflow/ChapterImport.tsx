/**
 * 导入章节包: opens a chapter bundle, shows what it carries (verified in the disposable Worker and
 * checked against this station's chapters), and imports it only when the person confirms. At the
 * office the signed receipt for the department can then be saved.
 */
import { App as AntApp, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Result } from '../../../shared/result';
import { getPlatform } from '../../platform/platform';
import type { Acting, ExchangeDeps } from '../bundles/exchange-context';
import type { OutgoingBundle } from '../bundles/outgoing';
import { saveAndRecordBundle } from '../bundles/use-exchange';
import { commitChapterBundle, previewChapterBundle, type ChapterPreview } from './chapter-exchange';
import { W } from './texts';

type Receipt = OutgoingBundle & { readonly fileName: string };

export function ChapterImport({
  deps,
  acting,
  onImported,
}: {
  deps: ExchangeDeps;
  acting: Acting;
  onImported(): void;
}) {
  const { message } = AntApp.useApp();
  const [preview, setPreview] = useState<Extract<ChapterPreview, { status: 'new' }> | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    const picked = await getPlatform().openFile({ filters: [{ name: W.bundleLabel, extensions: ['sdd'] }] });
    if (!picked.ok) return void message.error(picked.error.message);
    if (picked.value.kind === 'cancelled') return;
    setBusy(true);
    const p = await previewChapterBundle(deps, acting, picked.value.file.bytes);
    setBusy(false);
    if (!p.ok) return void message.error({ content: p.error.message, duration: 10 });
    if (p.value.status === 'already-imported') return void message.info(W.already);
    setPreview(p.value);
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    const r = await commitChapterBundle(deps, acting, preview);
    setBusy(false);
    setPreview(null);
    if (!r.ok) return void message.error({ content: r.error.message, duration: 10 });
    message.success(W.imported);
    const rec: Result<Receipt> | null = r.value.receipt;
    if (rec?.ok) setReceipt(rec.value);
    else if (rec) message.warning(rec.error.message);
    onImported();
  };

  const saveReceipt = async () => {
    if (!receipt) return;
    const saved = await saveAndRecordBundle(deps, acting, receipt);
    if (!saved.ok) return void message.error(saved.message);
    if (saved.where !== null) {
      message.success(W.receiptSaved(saved.where));
      setReceipt(null);
    }
  };

  return (
    <Space>
      <Button loading={busy} onClick={() => void open()} data-testid="import-chapter">
        {W.importChapter}
      </Button>
      {receipt && (
        <Button onClick={() => void saveReceipt()} data-testid="save-chapter-receipt">
          {W.saveReceipt}
        </Button>
      )}
      <Modal
        open={preview !== null}
        title={W.importChapter}
        okText={W.confirmImport}
        cancelText={W.cancel}
        onOk={() => void confirm()}
        onCancel={() => setPreview(null)}
        confirmLoading={busy}
        destroyOnHidden
        maskClosable={false}
      >
        <Typography.Paragraph data-testid="chapter-preview">{preview?.summary}</Typography.Paragraph>
      </Modal>
    </Space>
  );
}
