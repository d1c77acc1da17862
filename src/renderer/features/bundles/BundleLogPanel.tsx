/**
 * 收发记录: every bundle sent or received, with its delivery state (a receipt turns 已发出 into 已送达).
 * The number is read as 第 n 号 like the file name; check values and key ids sit behind 详情.
 */
import { Table, Tag } from 'antd';
import { BUNDLE_KIND_LABELS } from '../../../shared/bundle/bundle-messages';
import type { BundleRecord } from '../../data/records';
import { X } from './texts';
import { formatLocalTime } from '../../ui/local-time';
import { useDetailRows } from '../../ui/detail-rows';

export function BundleLogPanel({
  bundles,
  label,
}: {
  bundles: readonly BundleRecord[];
  label: (code: string) => string;
}) {
  const details = useDetailRows<BundleRecord>(
    (b) => b.bundleHash,
    (b) => [
      { label: X.detailHash, value: b.bundleHash },
      { label: X.detailSeq, value: String(b.seq) },
      { label: X.detailKey, value: b.keyId },
      ...(b.auditHead ? [{ label: X.detailAuditHead, value: b.auditHead }] : []),
      ...(b.fileName ? [{ label: X.detailFile, value: b.fileName }] : []),
    ],
  );
  return (
    <Table<BundleRecord>
      rowKey="bundleHash"
      size="small"
      dataSource={[...bundles]}
      data-testid="bundle-log"
      expandable={details.expandable}
      columns={[
        { title: '时间', render: (_, b) => formatLocalTime(b.receivedAt) },
        { title: '类型', render: (_, b) => BUNDLE_KIND_LABELS[b.kind] },
        { title: '发送方', render: (_, b) => label(b.sender.departmentCode) },
        { title: '接收方', render: (_, b) => label(b.addressee) },
        { title: X.numberLabel, render: (_, b) => X.numbered(b.seq) },
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
        details.column,
      ]}
    />
  );
}
