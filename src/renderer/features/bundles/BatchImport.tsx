/**
 * 导入数据包 with several files picked at once: every file verified and previewed in order (one verify
 * Worker for the batch), one list with each file's changes or its Chinese refusal, one confirmation,
 * then each ready file committed in order with its receipt saved; the list shows each file's result.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Spin, Table, Tag } from 'antd';
import { BUNDLE_KIND_LABELS } from '../../../shared/bundle/bundle-messages';
import type { ExchangeState } from '../../data/records';
import type { SlicePreview } from './data-import';
import type { Acting, ExchangeDeps } from './exchange-context';
import { ImportQuality } from './ImportQuality';
import {
  commitBatch,
  previewBatch,
  type BatchItem,
  type CommitResult,
  type IncomingFile,
  type Ready,
} from './import-batch';
import { saveAndRecordBundle } from './use-exchange';
import { X } from './texts';

interface Props {
  readonly deps: ExchangeDeps;
  readonly acting: Acting;
  readonly state: ExchangeState;
  readonly files: readonly IncomingFile[];
  readonly label: (code: string) => string;
  readonly reload: () => Promise<void>;
}

export function BatchImport({ deps, acting, state, files, label, reload }: Props) {
  const [items, setItems] = useState<BatchItem[] | null>(null);
  const [results, setResults] = useState<ReadonlyMap<string, CommitResult> | null>(null);
  const [busy, setBusy] = useState(false);

  // The batch is verified once, against the station as it was when the files were picked (the parent
  // keys this component by batch): reloading after the commit must not verify the files again.
  const [input] = useState(() => ({ deps, ws: acting.workspace, state, files }));
  useEffect(() => {
    let live = true;
    void previewBatch(input.deps, input.ws, input.state, input.files).then((r) => {
      if (live) setItems(r);
    });
    return () => {
      live = false;
    };
  }, [input]);

  if (items === null) return <Spin tip={X.batchChecking} data-testid="batch-checking" />;
  const ready = items.filter((i) => i.status === 'ready');

  const commit = async () => {
    setBusy(true);
    try {
      const r = await commitBatch(deps, acting, items, async (receipt) => {
        const saved = await saveAndRecordBundle(deps, acting, receipt);
        if (!saved.ok) return saved;
        return {
          ok: true,
          note: saved.where === null ? '回执未保存（已取消）' : X.receiptSaved(saved.where),
        };
      });
      setResults(new Map(r.map((x) => [x.name, x])));
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const resultOf = (i: BatchItem): string => {
    const done = results?.get(i.name);
    if (done !== undefined) return done.ok ? done.message : `${X.refused}：${done.message}`;
    if (i.status === 'refused') return `${X.refused}：${i.message}`;
    return i.status === 'already' ? X.batchAlready : X.batchReady;
  };
  const committed = results === null ? 0 : [...results.values()].filter((r) => r.ok).length;

  return (
    <Card title={X.batchTitle(files.length)} data-testid="batch-import">
      <Table<BatchItem>
        rowKey={(i) => i.name}
        size="small"
        pagination={false}
        dataSource={items}
        // Each data file's quality panel, as a single import shows it, so errors count here too.
        expandable={{
          rowExpandable: (i) => dataSlices(i) !== null,
          expandedRowRender: (i) => <ImportQuality slices={dataSlices(i) ?? []} label={label} />,
        }}
        columns={[
          { title: X.batchFile, dataIndex: 'name' },
          { title: X.batchWhat, render: (_, i) => (i.status === 'ready' ? describe(i.ready, label) : '') },
          { title: X.batchQuality, width: 140, render: (_, i) => <QualityTag slices={dataSlices(i)} /> },
          { title: X.batchResult, render: (_, i) => resultOf(i) },
        ]}
      />
      <Space style={{ marginTop: 12 }} orientation="vertical">
        {ready.length === 0 && <Alert type="warning" showIcon title={X.batchNothing} />}
        {results !== null && (
          <Alert
            type="success"
            showIcon
            title={X.batchSummary(committed, items.length - committed)}
            data-testid="batch-done"
          />
        )}
        {results === null && ready.length > 0 && (
          <Button type="primary" loading={busy} onClick={() => void commit()}>
            {X.batchCommit(ready.length)}
          </Button>
        )}
      </Space>
    </Card>
  );
}

/** The slices a ready data or forward file delivers; null for any other file. */
function dataSlices(i: BatchItem): readonly SlicePreview[] | null {
  return i.status === 'ready' && i.ready.step === 'data' ? i.ready.preview.slices : null;
}

/** Errors and rejected values over a file's slices, at a glance (the expanded row names them). */
function QualityTag({ slices }: { slices: readonly SlicePreview[] | null }) {
  if (slices === null) return null;
  const errors = slices.reduce((n, s) => n + s.quality.errorCells, 0);
  const rejected = slices.reduce((n, s) => n + s.quality.rejectedTotal, 0);
  return errors + rejected === 0 ? (
    <Tag color="green">{X.batchQualityClean}</Tag>
  ) : (
    <Tag color="red">{X.batchQualityCounts(errors, rejected)}</Tag>
  );
}

function describe(r: Ready, label: (code: string) => string): string {
  const m = r.preview.verified.manifest;
  const head = `${label(m.sender.departmentCode)} ${BUNDLE_KIND_LABELS[m.kind]} 第 ${m.seq} 号`;
  if (r.step === 'notice') return head;
  const slices = r.preview.slices.map(
    (s) =>
      `${s.tableCode} ${label(s.departmentCode)} ${X.added}${s.added} ${X.changed}${s.changed} ${X.removed}${s.removed}`,
  );
  return [head, ...slices].join('；');
}
