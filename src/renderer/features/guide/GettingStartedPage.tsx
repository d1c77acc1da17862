/**
 * 开始使用: the station's first steps (生成密钥 → … → 导出数据包), each with its state from the station's
 * data and a button that opens the page that does it. Nothing here depends on a message that vanished.
 */
import { useEffect, useState } from 'react';
import { Button, Card, Spin, Steps, Typography } from 'antd';
import { gettingStartedSteps, type GuideStep } from '../../../shared/guidance/getting-started';
import { STATION_ROLE_LABELS } from '../../../shared/workspace/workspace-types';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useSession } from '../../app/session-store';
import { useIncoming } from '../bundles/incoming-store';
import { loadStationFacts } from './station-facts';
import { G } from './texts';

const STATUS = { done: 'finish', current: 'process', todo: 'wait' } as const;

export function GettingStartedPage() {
  const data = useWorkspaceData((s) => s.data);
  const go = useSession((s) => s.go);
  const showTab = useIncoming((s) => s.showTab);
  const [steps, setSteps] = useState<GuideStep[] | null>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void loadStationFacts(data).then((f) => {
      if (live) setSteps(gettingStartedSteps(f));
    });
    return () => {
      live = false;
    };
  }, [data]);
  if (!data) return null;
  const open = (s: GuideStep) => {
    if (s.tab !== undefined) showTab(s.tab);
    go(s.page);
  };
  return (
    <Card title={G.title} data-testid="getting-started">
      <Typography.Paragraph>{G.intro(STATION_ROLE_LABELS[data.workspace.station.role])}</Typography.Paragraph>
      {steps === null ? (
        <Spin description={G.loading} />
      ) : (
        <Steps
          orientation="vertical"
          items={steps.map((s) => ({
            status: STATUS[s.state],
            title: (
              <span data-testid={`step-${s.id}`} data-state={s.state}>
                {s.title}
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {G.state[s.state]}
                </Typography.Text>
              </span>
            ),
            description: (
              <div>
                <div>{s.detail}</div>
                <Button
                  size="small"
                  type={s.state === 'current' ? 'primary' : 'default'}
                  style={{ marginTop: 6 }}
                  onClick={() => open(s)}
                >
                  {s.action}
                </Button>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
