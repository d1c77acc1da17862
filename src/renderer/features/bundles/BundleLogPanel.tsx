/** 收发记录: every bundle sent or received, with its delivery state (a receipt turns 已发出 into 已送达). */
import { Table, Tag } from 'antd';
import { BUNDLE_KIND_LABELS } from '../../../shared/bundle/bundle-messages';
import type { BundleRecord } from '../../data/records';
import { X } from './texts';
import { formatLocalTime } from '../../ui/local-time';

export function BundleLogPanel({
  bundles,
  label,
}: {
  bundles: readonly BundleRecord[];
  label: (code: string) => string;
}) {
  return (
    <Table<BundleRecord>
      rowKey="bundleHash"
      size="small"
      dataSource={[...bundles]}
      data-testid="bundle-log"
      columns={[
        { title: '时间', render: (_, b) => formatLocalTime(b.receivedAt) },
        { title: '类型', render: (_, b) => BUNDLE_KIND_LABELS[b.kind] },
        { title: '发送方', render: (_, b) => label(b.sender.departmentCode) },
        { title: '接收方', render: (_, b) => label(b.addressee) },
        { title: X.seqLabel, dataIndex: 'seq' },
        {
          title: '数据',
          render: (_, b) => b.slices.map((s) => `${s.tableCode}/${s.departmentCode} ${s.rows}行`).join('；'),
        },
        {
          title: '状态',
          render: (_, b) =>
            b.status === 'delivered' ? (
              <Tag color="green">{X.delivered}</Tag>
            ) : b.status === 'sent' ? (
              <Tag color="blue">{X.sent}</Tag>
            ) : (
              <Tag>{X.received}</Tag>
            ),
        },
        { title: '校验值', render: (_, b) => <code>{b.bundleHash.slice(0, 12)}</code> },
      ]}
    />
  );
}
