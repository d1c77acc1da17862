/** 导出数据包: one signed data bundle per route after the 负责人's approval; a summary station's forward bundle. */
import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Checkbox, List, Space, Table, Typography } from 'antd';
import type { ForwardPlan } from '../../../shared/bundle/forward';
import type { ExchangeState } from '../../data/records';
import type { Acting, ExchangeDeps } from './exchange-context';
import {
  buildDataBundle,
  buildForwardBundle,
  dataRoutes,
  planForwardNow,
  type SavedBundle,
} from './data-export';
import { saveAndRecordBundle } from './use-exchange';
import { DeclarationScopeView } from './DeclarationScopeView';
import { declarationScope, type DeclarationScope } from '../../../shared/review/declaration-scope';
import { userRole, type Workspace } from '../../../shared/workspace/workspace-types';
import { canSignBundles } from '../../../shared/workspace/permissions';
import { X } from './texts';
import type { Result } from '../../../shared/result';

interface Props {
  readonly deps: ExchangeDeps;
  readonly acting: Acting;
  readonly state: ExchangeState;
  readonly label: (code: string) => string;
  readonly reload: () => Promise<void>;
}

export function ExportPanel({ deps, acting, state, label, reload }: Props) {
  const { message } = AntApp.useApp();
  const [routes, setRoutes] = useState<Map<string, string[]>>(new Map());
  const [scopeOf, setScopeOf] = useState<((codes: readonly string[]) => DeclarationScope) | null>(null);
  const [plan, setPlan] = useState<ForwardPlan | null>(null);
  const [approved, setApproved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isSummary = acting.workspace.station.role === 'summary';
  // Only the 负责人 signs: others see what would be sent and why they cannot send it, not greyed buttons.
  const signs = canSignBundles(acting.workspace.station, userRole(acting.actor.role) ?? 'filler');

  useEffect(() => {
    void dataRoutes(deps, acting.workspace).then(setRoutes);
    void loadScope(deps, acting.workspace).then((f) => setScopeOf(() => f));
    if (isSummary)
      void planForwardNow(deps, acting.workspace, state).then((r) => setPlan(r.ok ? r.value : null));
  }, [deps, acting.workspace, state, isSummary]);

  const send = async (build: () => Promise<Result<SavedBundle>>) => {
    setError(null);
    const r = await build();
    if (!r.ok) return setError(r.error.message);
    const saved = await saveAndRecordBundle(deps, acting, r.value);
    if (!saved.ok) return setError(saved.message);
    if (saved.where === null) return;
    message.success(X.dataSaved(saved.where));
    await reload();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="export-panel">
      {error && <Alert type="error" showIcon title={error} data-testid="export-error" />}
      {signs ? (
        <Checkbox
          checked={approved}
          onChange={(e) => setApproved(e.target.checked)}
          data-testid="approve-export"
        >
          {X.approve}
        </Checkbox>
      ) : (
        <Alert type="info" showIcon title={X.exportHeadOnly} data-testid="export-head-only" />
      )}
      {[...routes].map(([to, tables]) => (
        <Card key={to} size="small" title={X.exportTo(label(to))}>
          {scopeOf ? (
            <DeclarationScopeView scope={scopeOf(tables)} to={to} />
          ) : (
            <Typography.Paragraph>{tables.join('、')}</Typography.Paragraph>
          )}
          {signs && (
            <Button
              type="primary"
              disabled={!approved}
              onClick={() => void send(() => buildDataBundle(deps, acting, state, to))}
              aria-label={`${X.exportData} ${to}`}
            >
              {X.exportData}
            </Button>
          )}
        </Card>
      ))}
      {isSummary && (
        <Card size="small" title={X.forwardTo(label('OFFICE'))} data-testid="forward-card">
          {plan === null || plan.tables.length === 0 ? (
            <Typography.Paragraph>{X.nothingToForward}</Typography.Paragraph>
          ) : (
            <>
              <Table
                rowKey="tableCode"
                size="small"
                pagination={false}
                dataSource={[...plan.tables]}
                columns={[
                  { title: '表', dataIndex: 'tableCode' },
                  { title: '行数', dataIndex: 'rows' },
                  { title: X.contributors, render: (_, t) => t.contributors.map(label).join('、') },
                ]}
              />
              {plan.collisions.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 12 }}
                  title={X.collisions}
                  description={
                    <List
                      size="small"
                      dataSource={[...plan.collisions]}
                      renderItem={(c) => (
                        <List.Item>{`${c.tableCode}：${c.key.join(' / ')}（${c.departments.map(label).join('、')}）`}</List.Item>
                      )}
                    />
                  }
                  data-testid="forward-collisions"
                />
              )}
            </>
          )}
          {signs && (
            <Button
              type="primary"
              style={{ marginTop: 12 }}
              disabled={!approved || plan === null || plan.tables.length === 0}
              onClick={() => void send(() => buildForwardBundle(deps, acting, state))}
            >
              {X.exportForward}
            </Button>
          )}
        </Card>
      )}
    </Space>
  );
}

/** The station's review states and row counts, as a function from a route's tables to its declaration scope. */
async function loadScope(
  deps: ExchangeDeps,
  ws: Workspace,
): Promise<(codes: readonly string[]) => DeclarationScope> {
  const dept = ws.station.departmentCode ?? '';
  const [submissions, slices] = await Promise.all([
    deps.repo.listSubmissions(ws.id),
    deps.repo.listSlices(ws.id),
  ]);
  const rows = new Map(slices.filter((s) => s.departmentCode === dept).map((s) => [s.tableCode, s.rowCount]));
  return (codes) => declarationScope(dept, codes, submissions, rows);
}
