/** 合规审查: runs the check on the stored chapters and lists the findings, each with a jump to its place. */
import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import type { Finding } from '../../../../shared/report/compliance';
import { T } from '../texts';

export function FindingsPanel({
  findings,
  onRun,
  onJump,
}: {
  findings: readonly Finding[] | null;
  onRun(): void;
  onJump(f: Finding): void;
}) {
  const blocking = findings?.filter((f) => f.blocking).length ?? 0;
  return (
    <div data-testid="findings-panel">
      <Space style={{ marginBottom: 8 }}>
        <Button type="primary" size="small" onClick={onRun} data-testid="run-check">
          {T.check.run}
        </Button>
        {findings && <Typography.Text>{T.check.count(blocking, findings.length - blocking)}</Typography.Text>}
      </Space>
      {findings?.length === 0 && <Alert type="success" title={T.check.none} showIcon />}
      {findings && findings.length > 0 && (
        <List
          size="small"
          dataSource={[...findings]}
          renderItem={(f) => (
            <List.Item
              data-testid="finding"
              data-type={f.type}
              actions={
                f.chapterId
                  ? [
                      <Button key="jump" size="small" type="link" onClick={() => onJump(f)}>
                        {T.check.jump}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space align="start">
                <Tag color={f.blocking ? 'red' : 'gold'}>
                  {f.blocking ? T.check.blocking : T.check.warning}
                </Tag>
                <span>{f.message}</span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
