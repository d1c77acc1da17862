/** Exports of an enterprise report: .docx (packed in a Worker) and the one-file HTML, with live values now. */
import type { Editor } from '@tiptap/core';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import type { Report } from '../../../shared/report/report-types';
import { getPlatform } from '../../platform/platform';
import { useAnnexStore, withAnnexes } from '../annex/annex-store';
import { fromEditorContent } from '../report/editor/pm-convert';
import { exportDocx, exportHtml, exportModel } from '../report/export/export-report';
import { useLiveSource } from '../report/live/source-store';
import { useEnterpriseReport } from './enterprise-report-store';
import { T } from './texts';

/** The export model of the open enterprise report: stored chapters plus the one being edited. */
export function enterpriseExportModel(report: Report, editor: Editor | null, catalog: Catalog) {
  const { heads, chapterId } = useEnterpriseReport.getState();
  const chapters = new Map([...heads.values()].map((v) => [v.chapterId, v.content]));
  const open = editor ? fromEditorContent(editor.getJSON()) : null;
  if (open && chapterId) chapters.set(chapterId, open);
  const live = useLiveSource.getState();
  const source = withAnnexes(live.source, useAnnexStore.getState(), { catalog, rows: live.tables });
  return exportModel(report, chapters, source);
}

export function EnterpriseExport(props: { report: Report; editor: Editor | null; catalog: Catalog }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'html' | null>(null);
  const run = async (what: 'docx' | 'html') => {
    setBusy(what);
    try {
      const doc = enterpriseExportModel(props.report, props.editor, props.catalog);
      const bytes = what === 'docx' ? await exportDocx(doc) : new TextEncoder().encode(await exportHtml(doc));
      const r = await getPlatform().saveFile({ suggestedName: `${doc.title}.${what}`, bytes });
      if (!r.ok) void message.error(r.error.message);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space>
      <Button loading={busy === 'docx'} onClick={() => void run('docx')} data-testid="enterprise-export-docx">
        {T.exportDocx}
      </Button>
      <Button loading={busy === 'html'} onClick={() => void run('html')} data-testid="enterprise-export-html">
        {T.exportHtml}
      </Button>
    </Space>
  );
}
