/** 导入数据包: pick (or receive) a file, see it verified and previewed, confirm, and save the receipt. */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Space, Table, Typography } from 'antd';
import { BUNDLE_KIND_LABELS } from '../../../shared/bundle/bundle-messages';
import type { ExchangeState } from '../../data/records';
import { getPlatform } from '../../platform/platform';
import { BatchImport } from './BatchImport';
import { ImportNextStep, type ImportNext } from './ImportNextStep';
import { ImportQuality } from './ImportQuality';
import { commitDataBundle } from './data-commit';
import type { ImportOptions, SlicePreview } from './data-import';
import { withVerifySession, type Acting, type ExchangeDeps } from './exchange-context';
import type { IncomingFile } from './import-batch';
import { routeIncoming, type ImportStep } from './import-flow';
import { useIncoming } from './incoming-store';
import { commitNoticeBundle } from './notice-import';
import { applySetupBundle } from './setup-service';
import { NoticeView } from './SetupPanel';
import { SeqJumpCard } from './SeqJumpCard';
import { SetupMigrationNotice } from './SetupMigrationNotice';
import type { IncomingReport } from '../../../shared/catalog/incoming-migration';
import { saveAndRecordBundle } from './use-exchange';
import { prestartVerifyWorker } from './verify-client';
import { X } from './texts';

interface Props {
  readonly deps: ExchangeDeps;
  readonly acting: Acting;
  readonly state: ExchangeState;
  readonly label: (code: string) => string;
  readonly reload: () => Promise<void>;
  readonly onSetupApplied: () => Promise<void>;
}

export function ImportPanel({ deps, acting, state, label, reload, onSetupApplied }: Props) {
  const { message } = AntApp.useApp();
  const [step, setStep] = useState<ImportStep | null>(null);
  const [fileName, setFileName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [next, setNext] = useState<ImportNext | null>(null);
  const [migrated, setMigrated] = useState<IncomingReport | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [batch, setBatch] = useState<{ readonly id: number; readonly files: readonly IncomingFile[] } | null>(
    null,
  );

  const open = useCallback(
    async (name: string, bytes: Uint8Array, options: ImportOptions = {}) => {
      setError(null);
      setDone(null);
      setNext(null);
      setMigrated(null);
      setStep(null);
      setBatch(null);
      setConfirmed(false);
      setFileName(name);
      // Peek and verification of this file share one disposable Worker, terminated afterwards.
      const r = await withVerifySession(deps, (d) =>
        routeIncoming(d, acting.workspace, state, bytes, options),
      );
      if (!r.ok) return setError(r.error.message);
      if (r.value.step === 'already') return setDone(X.alreadyImported);
      setStep(r.value);
    },
    [deps, acting.workspace, state],
  );

  // The next batch's verify Worker loads while the person picks files (stopped if the tab closes first).
  useEffect(() => prestartVerifyWorker(), []);

  useEffect(() => {
    const staged = useIncoming.getState().take();
    // A file handed over by openBundleFromBytes (e.g. a double-clicked .sdd) opens once the tab shows.
    if (staged) void Promise.resolve().then(() => open(staged.name, staged.bytes));
  }, [open]);

  // One file opens as before; several (e.g. the departments' bundles) are verified and imported as a batch.
  const pick = async () => {
    const r = await getPlatform().openFiles({ filters: [{ name: '状态数据包', extensions: ['sdd'] }] });
    if (!r.ok) return setError(r.error.message);
    if (r.value.kind === 'cancelled') return;
    const files = r.value.files;
    if (files.length === 1) return open(files[0]!.name, files[0]!.bytes);
    setError(null);
    setDone(null);
    setNext(null);
    setStep(null);
    setBatch((b) => ({ id: (b?.id ?? 0) + 1, files }));
  };

  const commit = async () => {
    if (!step) return;
    setBusy(true);
    setError(null);
    try {
      if (step.step === 'setup') {
        const r = await applySetupBundle(
          deps,
          acting,
          state,
          step.bytes,
          step.inspection.kind === 'first' ? step.inspection.claimed : null,
        );
        if (!r.ok) return setError(r.error.message);
        setDone(r.value.status === 'already' ? X.setupAlready : X.setupApplied);
        setNext('tasks');
        setMigrated(r.value.migrated);
        await onSetupApplied();
      } else if (step.step === 'data') {
        const r = await commitDataBundle(deps, acting, step.preview);
        if (!r.ok) return setError(r.error.message);
        if (r.value.status === 'already-imported') return setDone(X.alreadyImported);
        setDone(X.imported);
        setNext('review');
        const receipt = r.value.receipt;
        if (!receipt.ok) return setError(`数据已导入，但回执未生成：${receipt.error.message}`);
        const saved = await saveAndRecordBundle(deps, acting, receipt.value);
        if (!saved.ok) return setError(`数据已导入，但回执未保存：${saved.message}`);
        if (saved.where !== null) message.success(X.receiptSaved(saved.where));
      } else if (step.step === 'notice') {
        const r = await commitNoticeBundle(deps, acting, step.preview);
        if (!r.ok) return setError(r.error.message);
        setDone(
          step.preview.kind === 'receipt'
            ? X.receiptImported(step.preview.receipt.bundleHash)
            : X.feedbackImported,
        );
      }
      setStep(step.step === 'setup' ? step : null);
      await reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-panel">
      <Button type="primary" onClick={() => void pick()}>
        {X.chooseFile}
      </Button>
      {batch && (
        <BatchImport
          key={batch.id}
          deps={deps}
          acting={acting}
          state={state}
          files={batch.files}
          label={label}
          reload={reload}
        />
      )}
      {error && (
        <Alert type="error" showIcon title={X.refused} description={error} data-testid="import-error" />
      )}
      {done && (
        <Alert
          type="success"
          showIcon
          title={done}
          description={next && <ImportNextStep next={next} />}
          data-testid="import-done"
        />
      )}
      {done && migrated && <SetupMigrationNotice report={migrated} />}
      {step?.step === 'setup' && !done && (
        <Card
          title={step.inspection.kind === 'first' ? X.confirmOfficeTitle : X.importSetup}
          data-testid="setup-confirm"
        >
          {step.inspection.kind === 'first' ? (
            <Space orientation="vertical">
              <Typography.Text>{X.fingerprint}</Typography.Text>
              <Typography.Text strong style={{ fontSize: 20 }} data-testid="office-fingerprint">
                {step.inspection.claimed.fingerprint}
              </Typography.Text>
              <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                {X.confirmOffice}
              </Checkbox>
            </Space>
          ) : (
            <Typography.Paragraph>{`督导室密钥（已确认）指纹：${step.inspection.fingerprint}`}</Typography.Paragraph>
          )}
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            loading={busy}
            disabled={step.inspection.kind === 'first' && !confirmed}
            onClick={() => void commit()}
          >
            {X.pinAndApply}
          </Button>
        </Card>
      )}
      {step?.step === 'setup' && done && state.setup && <NoticeView notice={state.setup.notice} />}
      {step?.step === 'seq-jump' && (
        <SeqJumpCard
          fileName={fileName}
          message={step.message}
          onConfirm={() => void open(fileName, step.bytes, { confirmSeqJump: true })}
          onCancel={() => {
            setStep(null);
            message.info(X.seqJumpCancelled);
          }}
        />
      )}
      {step?.step === 'data' && (
        <Card title={`${X.previewTitle}：${fileName}`} data-testid="import-preview">
          <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="类型">
              {BUNDLE_KIND_LABELS[step.preview.verified.manifest.kind]}
            </Descriptions.Item>
            <Descriptions.Item label={X.from}>
              {label(step.preview.verified.manifest.sender.departmentCode)}
            </Descriptions.Item>
            <Descriptions.Item label={X.numberLabel}>
              {X.numbered(step.preview.verified.manifest.seq)}
            </Descriptions.Item>
            {step.preview.annexFigures > 0 && (
              <Descriptions.Item label={X.annexFigures}>
                <span data-testid="import-annex-figures">
                  {X.annexFiguresValue(step.preview.annexFigures, acting.workspace.station.role === 'office')}
                </span>
              </Descriptions.Item>
            )}
          </Descriptions>
          {step.preview.warnings.map((w) => (
            <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />
          ))}
          <Table<SlicePreview>
            rowKey={(s) => `${s.tableCode}|${s.departmentCode}`}
            size="small"
            pagination={false}
            dataSource={[...step.preview.slices]}
            columns={[
              { title: '表', render: (_, s) => `${s.tableCode} ${s.tableName}` },
              { title: '部门', render: (_, s) => label(s.departmentCode) },
              { title: '行数', dataIndex: 'rows' },
              { title: X.added, dataIndex: 'added' },
              { title: X.changed, dataIndex: 'changed' },
              { title: X.removed, dataIndex: 'removed' },
              { title: X.cellsChanged, dataIndex: 'cellsChanged' },
            ]}
          />
          <ImportQuality slices={step.preview.slices} label={label} />
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" loading={busy} onClick={() => void commit()}>
              {X.commit}
            </Button>
            <Button onClick={() => setStep(null)}>{X.cancel}</Button>
          </Space>
        </Card>
      )}
      {step?.step === 'notice' && (
        <Card title={`${BUNDLE_KIND_LABELS[step.preview.kind]}：${fileName}`} data-testid="notice-preview">
          <Typography.Paragraph>
            {step.preview.kind === 'receipt'
              ? `${label(step.preview.verified.manifest.sender.departmentCode)} 确认已收到第 ${step.preview.receipt.seq} 号${BUNDLE_KIND_LABELS[step.preview.receipt.kind]}。`
              : `${label(step.preview.verified.manifest.sender.departmentCode)} 的审核意见 ${step.preview.feedback.decisions.length} 条。`}
          </Typography.Paragraph>
          <Button type="primary" loading={busy} onClick={() => void commit()}>
            {X.commit}
          </Button>
        </Card>
      )}
    </Space>
  );
}
