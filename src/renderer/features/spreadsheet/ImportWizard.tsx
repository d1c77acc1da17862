/** The import wizard: a modal over the steps of use-import-flow.ts, with progress and cancel. */
import { Alert, Button, Modal, Progress, Result, Space, Steps, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import type { SliceKey } from '../../../shared/records/record-types';
import type { SheetLimits } from '../../../shared/sheets/sheet-limits';
import { checkMapping } from '../../../shared/sheets/column-mapping';
import type { Actor, Repository } from '../../data/repository';
import { getPlatform } from '../../platform/platform';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import { useImportFlow, type Stage } from './use-import-flow';
import { T } from './texts';

export interface ImportWizardProps {
  readonly table: TableDef;
  readonly slice: SliceKey;
  readonly actor: Actor;
  readonly repo: Repository;
  readonly limits?: SheetLimits;
  onClose(committed: boolean): void;
}

const STEP_OF: Record<Stage['kind'], number> = {
  pick: 0,
  busy: 0,
  refused: 0,
  sheet: 1,
  mapping: 2,
  preview: 3,
  done: 4,
};

export function ImportWizard(props: ImportWizardProps) {
  const { table } = props;
  const flow = useImportFlow(props);
  const { stage } = flow;

  const pick = async () => {
    const r = await getPlatform().openFile({
      filters: [{ name: T.fileFilter, extensions: ['xlsx', 'xls', 'csv'] }],
    });
    if (!r.ok) flow.reset();
    if (r.ok && r.value.kind === 'opened') await flow.open(r.value.file.name, r.value.file.bytes);
    else if (!r.ok) Modal.error({ title: T.refusedTitle, content: r.error.message });
  };

  const converted = flow.converted?.summary ?? null;
  const collide = converted !== null && flow.mode === 'append' && converted.collisionCount > 0;
  const blocked =
    flow.mode === null ||
    (converted !== null &&
      (collide || converted.counts.duplicates > 0 || (converted.counts.blocking > 0 && !flow.leaveEmpty)));
  const footer = (() => {
    switch (stage.kind) {
      case 'busy':
        return [
          <Button key="c" onClick={flow.cancel} disabled={!stage.cancellable}>
            {T.cancel}
          </Button>,
        ];
      case 'sheet':
        return [
          <Button key="c" onClick={flow.cancel}>
            {T.cancel}
          </Button>,
          <Button key="n" type="primary" onClick={flow.afterSheet}>
            {T.next}
          </Button>,
        ];
      case 'mapping':
        return [
          <Button key="c" onClick={flow.cancel}>
            {T.cancel}
          </Button>,
          <Button key="b" onClick={flow.back}>
            {T.back}
          </Button>,
          <Button
            key="n"
            type="primary"
            disabled={checkMapping(flow.mapping, table).duplicates.length > 0}
            onClick={flow.afterMapping}
          >
            {T.next}
          </Button>,
        ];
      case 'preview':
        return [
          <Button key="c" onClick={flow.cancel}>
            {T.cancel}
          </Button>,
          <Button key="b" onClick={flow.back}>
            {T.back}
          </Button>,
          <Button
            key="n"
            type="primary"
            danger={flow.mode === 'replace'}
            disabled={blocked}
            onClick={() => void flow.commit()}
            data-testid="import-commit"
          >
            {T.commit(converted?.rows ?? 0)}
          </Button>,
        ];
      case 'done':
        return [
          <Button key="d" type="primary" onClick={() => props.onClose(true)} data-testid="import-close">
            {T.close}
          </Button>,
        ];
      default:
        return [
          <Button key="x" onClick={() => props.onClose(false)}>
            {T.close}
          </Button>,
        ];
    }
  })();

  return (
    <Modal
      open
      width={1080}
      // At 1366×768 the footer (导入) stays on screen: the steps scroll inside the dialog instead.
      style={{ top: 16 }}
      styles={{ body: { maxHeight: 'calc(100vh - 170px)', overflowY: 'auto', overflowX: 'hidden' } }}
      title={T.wizardTitle(table.code, table.name)}
      onCancel={() =>
        stage.kind === 'busy' && !stage.cancellable ? undefined : props.onClose(stage.kind === 'done')
      }
      maskClosable={false}
      footer={footer}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={STEP_OF[stage.kind]}
        style={{ marginBottom: 16 }}
        items={[T.steps.file, T.steps.sheet, T.steps.mapping, T.steps.preview, T.steps.done].map((title) => ({
          title,
        }))}
      />
      <div data-testid="import-wizard">
        {stage.kind === 'pick' && (
          <Space orientation="vertical" align="center" style={{ width: '100%', padding: 32 }}>
            <InboxOutlined style={{ fontSize: 48, color: '#1677ff' }} />
            <Button type="primary" size="large" onClick={() => void pick()} data-testid="import-pick">
              {T.pickFile}
            </Button>
            <Typography.Text type="secondary">{T.pickHint}</Typography.Text>
          </Space>
        )}
        {stage.kind === 'busy' && (
          <Space orientation="vertical" style={{ width: '100%', padding: 24 }} data-testid="import-progress">
            <Typography.Text>{T.phase[stage.phase]}</Typography.Text>
            <Progress
              percent={stage.percent ?? 100}
              status="active"
              showInfo={stage.percent !== null}
              aria-label={T.phase[stage.phase]}
            />
          </Space>
        )}
        {stage.kind === 'refused' && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert
              type="error"
              showIcon
              title={T.refusedTitle}
              description={<span data-testid="import-refused">{stage.message}</span>}
            />
            <Button onClick={() => void pick()}>{T.retry}</Button>
          </Space>
        )}
        {stage.kind === 'sheet' && <SheetStep flow={flow} fieldCount={table.fields.length} />}
        {stage.kind === 'mapping' && <MappingStep flow={flow} table={table} />}
        {stage.kind === 'preview' && <PreviewStep flow={flow} />}
        {stage.kind === 'done' && (
          <Result
            status="success"
            title={
              <span data-testid="import-done">
                {T.done(stage.result.added, stage.result.matched, stage.result.removed)}
              </span>
            }
          />
        )}
      </div>
    </Modal>
  );
}
