/** The sign-off page's first two cards: how far the slices got, and the 整改 items still open. */
import { Alert, Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import type { DepartmentName } from '../../../shared/departments/department-names';
import { missingText } from '../../../shared/national-export/locked-year';
import { RECTIFICATION_STATE_LABELS } from '../../../shared/rectification/rectification-types';
import type { SignoffOverview } from '../../../shared/year-close/signoff-overview';
import { LinkButton } from '../../ui/LinkButton';
import { S } from './texts';

export function SignoffProgress({
  overview,
  name,
}: {
  readonly overview: SignoffOverview;
  readonly name: DepartmentName;
}) {
  const o = overview;
  return (
    <Card size="small" title={S.progressTitle} data-testid="signoff-progress">
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={S.expected} value={o.expected} />
        </Col>
        <Col span={6}>
          <Statistic title={S.schoolApproved} value={o.counts['school-approved']} />
        </Col>
        <Col span={6}>
          <Statistic title={S.locked} value={o.locked} />
        </Col>
        <Col span={6}>
          <Statistic title={S.notReady} value={o.blockers.length} />
        </Col>
      </Row>
      {o.blockers.length === 0 ? (
        <Alert type="success" showIcon title={S.allReady} style={{ marginTop: 12 }} />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title={S.blockersTitle(o.blockers.length)}
          description={o.blockers
            .slice(0, 30)
            .map((b) => missingText({ ...b, snapshotMissing: false }, name))
            .join('、')}
        />
      )}
    </Card>
  );
}

export function SignoffItems({
  overview,
  name,
  onOpenAnalysis,
}: {
  readonly overview: SignoffOverview;
  readonly name: DepartmentName;
  readonly onOpenAnalysis: () => void;
}) {
  const o = overview;
  return (
    <Card
      size="small"
      title={S.itemsTitle}
      data-testid="signoff-items"
      extra={<LinkButton onClick={onOpenAnalysis}>{S.openAnalysis}</LinkButton>}
    >
      {o.openItems.length === 0 ? (
        <Typography.Text>{S.noItems}</Typography.Text>
      ) : (
        <>
          <Typography.Text>{S.itemsOpen(o.openItems.length, o.blockingItems)}</Typography.Text>
          <List
            size="small"
            dataSource={o.openItems.slice(0, 10)}
            renderItem={(i) => (
              <List.Item>
                <span>
                  {i.blocking && <Tag color="red">阻止锁定</Tag>}
                  {name(i.departmentCode)}：{i.title}（{RECTIFICATION_STATE_LABELS[i.state]}）
                </span>
              </List.Item>
            )}
          />
        </>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {S.indicatorsHint}
      </Typography.Paragraph>
    </Card>
  );
}
