/**
 * The head every signed year manifest shows — the lock list, the pre-approval snapshot and the lock list a
 * department received: when, by whom and its hash, then the items the card adds.
 */
import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import type { LockManifest } from '../../../shared/national-export/locked-year';
import { formatLocalSeconds } from '../../ui/local-time';
import { S } from './texts';

type Items = NonNullable<DescriptionsProps['items']>;

export interface ManifestLabels {
  readonly at: string;
  readonly by: string;
  readonly hash: string;
}

const LOCK_LABELS: ManifestLabels = { at: S.listAt, by: S.listBy, hash: S.listHash };

export interface ManifestDescriptionsProps {
  readonly manifest: Pick<LockManifest, 'at' | 'by' | 'hash'>;
  /** The lock list's labels unless given. */
  readonly labels?: ManifestLabels;
  readonly title?: string;
  readonly testId?: string;
  readonly hashTestId?: string;
  readonly more?: Items;
}

export function ManifestDescriptions({
  manifest,
  labels = LOCK_LABELS,
  title,
  testId,
  hashTestId,
  more = [],
}: ManifestDescriptionsProps) {
  const items: Items = [
    { key: 'at', label: labels.at, children: formatLocalSeconds(manifest.at) },
    { key: 'by', label: labels.by, children: manifest.by },
    {
      key: 'hash',
      label: labels.hash,
      span: 2,
      children: (
        <Typography.Text code copyable data-testid={hashTestId}>
          {manifest.hash}
        </Typography.Text>
      ),
    },
    ...more,
  ];
  return <Descriptions size="small" column={2} title={title} data-testid={testId} items={items} />;
}

/** The catalog version and size of a locked or snapshotted year: "N 个切片，M 行". */
export function frozenSizeItems(catalogVersion: number | null, manifest: LockManifest): Items {
  return [
    { key: 'catalog', label: S.listCatalog, children: catalogVersion ?? '—' },
    {
      key: 'size',
      label: S.freezeColumns.rows,
      children: S.snapshotSize(
        manifest.entries.length,
        manifest.entries.reduce((n, e) => n + e.rows, 0),
      ),
    },
  ];
}
