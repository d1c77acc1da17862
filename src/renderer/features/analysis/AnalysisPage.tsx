/**
 * 对标分析: every core indicator against its standard, last year and the target, with a traffic light,
 * the yellow/red card verdict with its rule stated, and the chart. The school category is chosen here
 * (saved with the standards as their next version).
 */
import { useMemo, useState } from 'react';
import { Card, Space, Table, Typography, message } from 'antd';
import type { IndicatorDef } from '../../../shared/indicators';
import { NEAR_RULE_TEXT } from '../../../shared/standards';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { NewRectificationModal, type RectificationPreset } from '../rectification/NewRectificationModal';
import { analysisColumns } from './analysis-columns';
import { BenchmarkChart } from './BenchmarkChart';
import { DrillDownDrawer } from './DrillDownDrawer';
import { IndicatorEditor } from './IndicatorEditor';
import { rectificationPreset } from './rectification-preset';
import { SchoolCardAlert } from './SchoolCardAlert';
import { SchoolCategoryBar } from './SchoolCategoryBar';
import { T } from './texts';
import { useAnalysis, type AnalysisRow } from './use-analysis';

export function AnalysisPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const [reload, setReload] = useState(0);
  const [preset, setPreset] = useState<RectificationPreset | null>(null);
  const [drill, setDrill] = useState<AnalysisRow | null>(null);
  const [editing, setEditing] = useState<IndicatorDef | null>(null);
  const state = useAnalysis(data, reload);
  const office = data?.workspace.station.role === 'office';
  const trends = state?.trends;
  const columns = useMemo(
    () =>
      trends === undefined
        ? []
        : analysisColumns({
            office,
            trends,
            drill: setDrill,
            edit: (r) => setEditing(r.def),
            rectify: (r) => setPreset(rectificationPreset(r)),
          }),
    [office, trends],
  );
  if (!data || !user) return null;
  if (!state) return <Typography.Text>{T.loading}</Typography.Text>;
  const reloadPage = () => setReload((n) => n + 1);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {T.intro}
        {!office && ` ${T.departmentNote}`}
      </Typography.Paragraph>
      <SchoolCategoryBar
        workspace={data.workspace}
        standards={state.standards}
        user={user}
        office={office}
        onSaved={reloadPage}
      />
      {office && <SchoolCardAlert state={state} />}
      <Typography.Text type="secondary">
        {T.nearRule}：{NEAR_RULE_TEXT}
      </Typography.Text>
      <Table
        rowKey={(r) => r.def.id}
        columns={columns}
        dataSource={[...state.rows]}
        pagination={false}
        size="small"
      />
      <Card size="small">
        <BenchmarkChart rows={state.rows} />
      </Card>
      {office && (
        <IndicatorEditor
          def={editing}
          set={state.set}
          standards={state.standards}
          data={data}
          user={user}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reloadPage();
          }}
        />
      )}
      <DrillDownDrawer row={drill} source={state.source} data={data} onClose={() => setDrill(null)} />
      <NewRectificationModal
        workspaceId={data.workspace.id}
        departments={data.departments}
        user={user}
        preset={preset}
        open={preset !== null}
        onClose={() => setPreset(null)}
        onCreated={() => {
          setPreset(null);
          void message.success(T.rectifyCreated);
        }}
      />
    </Space>
  );
}
