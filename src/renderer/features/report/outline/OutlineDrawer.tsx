/**
 * 报告大纲: chapters (rename, add, remove the office's own), the year's 重点编制内容 and the required annex
 * tables. Each change is one audited write through the report store; a 终稿 report is shown read-only.
 */
import { App, Drawer, Typography } from 'antd';
import type { Report } from '../../../../shared/report/report-types';
import type { ReportPatch } from '../../../../shared/report/report-settings';
import { useReportStore } from '../report-store';
import { T } from '../texts';
import { ChapterOutline } from './ChapterOutline';
import { KeyPointsEditor } from './KeyPointsEditor';
import { RequiredAnnexes } from './RequiredAnnexes';

export function OutlineDrawer({
  report,
  actor,
  open,
  onClose,
}: {
  report: Report;
  actor: { readonly name: string };
  open: boolean;
  onClose(): void;
}) {
  const { message } = App.useApp();
  const update = useReportStore((s) => s.update);
  const patch = async (p: ReportPatch): Promise<boolean> => {
    const r = await update(p, actor);
    if (!r.ok) void message.error(r.error.message);
    else void message.success(T.outline.saved);
    return r.ok;
  };
  const disabled = report.status === 'final';
  return (
    <Drawer open={open} onClose={onClose} title={T.outline.title} size={460}>
      <div data-testid="outline-drawer">
        {disabled && <Typography.Paragraph type="secondary">{T.outline.finalReadOnly}</Typography.Paragraph>}
        <Typography.Title level={5}>{T.chapters}</Typography.Title>
        <ChapterOutline chapters={report.chapters} disabled={disabled} onPatch={patch} />
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {T.keyPoints.title}
        </Typography.Title>
        <KeyPointsEditor
          keyPoints={report.keyPoints}
          disabled={disabled}
          onSave={(keyPoints) => patch({ keyPoints })}
        />
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {T.outline.annexes}
        </Typography.Title>
        <RequiredAnnexes
          key={report.requiredAnnexes.join('\n')}
          annexes={report.requiredAnnexes}
          disabled={disabled}
          onSave={(requiredAnnexes) => patch({ requiredAnnexes })}
        />
      </div>
    </Drawer>
  );
}
