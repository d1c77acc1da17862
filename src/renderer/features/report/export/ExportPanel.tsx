/** 导出: Word (.docx), one-file HTML and PDF of the report with its current live values. */
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ExportDoc } from '../../../../shared/report/export/export-model';
import { getPlatform } from '../../../platform/platform';
import { T } from '../texts';
import { exportDocx, exportHtml, printHtml } from './export-report';

export function ExportPanel({ model }: { model: () => ExportDoc | null }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (what: 'docx' | 'html' | 'pdf') => {
    const doc = model();
    if (!doc) return;
    setBusy(what);
    try {
      const name = `${doc.title}.${what}`;
      const platform = getPlatform();
      if (what === 'pdf' && !platform.printPdf) {
        // The browser build prints from the print dialog (另存为 PDF), the same stylesheet.
        printHtml(await exportHtml(doc));
        return;
      }
      const r =
        what === 'pdf' && platform.printPdf
          ? await platform.printPdf({ html: await exportHtml(doc), suggestedName: name })
          : await platform.saveFile({
              suggestedName: name,
              bytes:
                what === 'docx' ? await exportDocx(doc) : new TextEncoder().encode(await exportHtml(doc)),
            });
      if (!r.ok) message.error(r.error.message);
      else if (r.value.kind === 'saved') message.success(T.export.done(name));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical" data-testid="export-panel">
      <Typography.Text type="secondary">导出使用当前数据，文中注明数据来源。</Typography.Text>
      <Button loading={busy === 'docx'} onClick={() => void run('docx')} data-testid="export-docx">
        {T.export.docx}
      </Button>
      <Button loading={busy === 'html'} onClick={() => void run('html')} data-testid="export-html">
        {T.export.html}
      </Button>
      <Button loading={busy === 'pdf'} onClick={() => void run('pdf')} data-testid="export-pdf">
        {T.export.pdf}
      </Button>
    </Space>
  );
}
