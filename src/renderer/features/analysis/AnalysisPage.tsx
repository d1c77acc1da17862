/**
 * 对标分析: every core indicator against its standard, last year and the target, with a traffic light,
 * the yellow/red card verdict with its rule stated, and the chart. The school category is chosen here
 * (saved with the standards as their next version).
 */
import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Tooltip, Typography, message } from 'antd';
import { formatIndicatorNumber, type IndicatorDef, type IndicatorValue } from '../../../shared/indicators';
import {
  belowStreakText,
  BENCHMARK_STATUS_LABELS,
  CARD_LABELS,
  CARD_RULE_TEXT,
  NEAR_RULE_TEXT,
  SCHOOL_CATEGORIES,
  SCHOOL_CATEGORY_LABELS,
  schoolCard,
  STANDARD_LEVEL_LABELS,
  type BenchmarkStatus,
  type SchoolCategory,
} from '../../../shared/standards';
import { useSession } from '../../app/session-store';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { NewRectificationModal, type RectificationPreset } from '../rectification/NewRectificationModal';
import { BenchmarkChart } from './BenchmarkChart';
import { DrillDownDrawer } from './DrillDownDrawer';
import { IndicatorEditor } from './IndicatorEditor';
import { ThresholdImportButton } from './ThresholdImportButton';
import { TrendCell } from './TrendCell';
import { rectificationPreset } from './rectification-preset';
import { T } from './texts';
import { useAnalysis, type AnalysisRow } from './use-analysis';

const COLORS: Readonly<Record<BenchmarkStatus, string>> = {
  met: 'green',
  near: 'gold',
  below: 'red',
  'no-standard': 'default',
  'not-computable': 'default',
};

const shown = (v: IndicatorValue | null): string => (v === null ? T.noPrev : v.ok ? v.text : v.reason);

export function AnalysisPage() {
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const [reload, setReload] = useState(0);
  const [preset, setPreset] = useState<RectificationPreset | null>(null);
  const [drill, setDrill] = useState<AnalysisRow | null>(null);
  const [editing, setEditing] = useState<IndicatorDef | null>(null);
  const state = useAnalysis(data, reload);
  if (!data || !user) return null;
  if (!state) return <Typography.Text>{T.loading}</Typography.Text>;
  const office = data.workspace.station.role === 'office';
  const verdict = schoolCard(state.defs, state.judgements, state.trends.yellowBefore);
  const streak = (r: AnalysisRow) => belowStreakText(state.trends.belowStreak.get(r.def.id) ?? 0);

  const chooseCategory = async (category: SchoolCategory) => {
    const s = state.standards;
    const r = await repository().saveStandardSet(
      data.workspace.id,
      { ...s, version: s.version + 1, category },
      { name: user.name, role: user.role },
    );
    if (r.ok) {
      void message.success(T.categorySaved);
      setReload((n) => n + 1);
    } else void message.error(r.error.message);
  };

  const columns = [
    { title: T.columns.name, key: 'name', render: (_: unknown, r: AnalysisRow) => r.def.name },
    {
      title: T.columns.value,
      key: 'value',
      render: (_: unknown, r: AnalysisRow) => (
        <Tooltip title={T.drill.hint}>
          <Typography.Link data-testid={`value-${r.def.id}`} onClick={() => setDrill(r)}>
            {shown(r.value)}
          </Typography.Link>
        </Tooltip>
      ),
    },
    { title: T.columns.prev, key: 'prev', render: (_: unknown, r: AnalysisRow) => shown(r.prev) },
    {
      title: T.trend.column,
      key: 'trend',
      render: (_: unknown, r: AnalysisRow) => (
        <TrendCell id={r.def.id} points={state.trends.points.get(r.def.id) ?? []} />
      ),
    },
    {
      title: T.columns.reference,
      key: 'ref',
      render: (_: unknown, r: AnalysisRow) => {
        const ref = r.judgement.reference;
        if (ref === null) return '—';
        return (
          <Tooltip title={ref.source}>
            {STANDARD_LEVEL_LABELS[ref.level]} {r.def.direction === 'lower' ? '≤' : '≥'}{' '}
            {formatIndicatorNumber(ref.value, r.def)}
            {!ref.verified && <Tag style={{ marginLeft: 4 }}>{T.unverified}</Tag>}
          </Tooltip>
        );
      },
    },
    {
      title: T.columns.target,
      key: 'target',
      render: (_: unknown, r: AnalysisRow) => {
        const t = r.judgement.standards.target;
        return t === null ? '—' : formatIndicatorNumber(t.value, r.def);
      },
    },
    {
      title: T.columns.status,
      key: 'status',
      render: (_: unknown, r: AnalysisRow) => (
        <>
          <Tag color={COLORS[r.judgement.status]} data-testid={`status-${r.def.id}`}>
            {BENCHMARK_STATUS_LABELS[r.judgement.status]}
          </Tag>
          {streak(r) !== null && (
            <Tag color="red" data-testid={`streak-${r.def.id}`}>
              {streak(r)}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: T.columns.verified,
      key: 'verified',
      render: (_: unknown, r: AnalysisRow) => (
        <Tooltip title={`${r.def.definition}（${r.def.source}）`}>
          <Tag>{r.def.verified ? T.verified : T.unverified}</Tag>
        </Tooltip>
      ),
    },
    ...(office
      ? [
          {
            title: '',
            key: 'act',
            render: (_: unknown, r: AnalysisRow) => (
              <Space size="small">
                <Button size="small" data-testid={`edit-${r.def.id}`} onClick={() => setEditing(r.def)}>
                  {T.edit}
                </Button>
                {r.judgement.status === 'below' && (
                  <Button
                    size="small"
                    data-testid={`rectify-${r.def.id}`}
                    onClick={() => setPreset(rectificationPreset(r))}
                  >
                    {T.rectify}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {T.intro}
        {!office && ` ${T.departmentNote}`}
      </Typography.Paragraph>
      <Space>
        <Typography.Text>{T.category}</Typography.Text>
        <Select
          style={{ width: 240 }}
          placeholder={T.categoryPlaceholder}
          aria-label={T.category}
          value={state.standards.category ?? undefined}
          disabled={!office}
          onChange={(v: SchoolCategory) => void chooseCategory(v)}
          options={SCHOOL_CATEGORIES.map((c) => ({ value: c, label: SCHOOL_CATEGORY_LABELS[c] }))}
        />
        {office && (
          <ThresholdImportButton
            workspace={data.workspace}
            standards={state.standards}
            user={user}
            onSaved={() => setReload((n) => n + 1)}
          />
        )}
      </Space>
      {office && (
        <Alert
          type={verdict.card === 'none' ? 'success' : verdict.card === 'unknown' ? 'info' : 'warning'}
          message={`${T.card}：${CARD_LABELS[verdict.card]}`}
          description={
            <>
              <div>{verdict.explanation}</div>
              <Typography.Text type="secondary">{CARD_RULE_TEXT}</Typography.Text>
            </>
          }
        />
      )}
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
            setReload((n) => n + 1);
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
