/**
 * The definition of one indicator as the office edits it: every keystroke is checked by the indicator
 * compiler (a broken expression shows under its part with the position), and a valid draft is computed
 * over this station's data as a preview. Saving stores the next version of the whole set.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { PERIOD_KINDS, PERIOD_LABELS } from '../../../shared/catalog/catalog-types';
import {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  type IndicatorDef,
} from '../../../shared/indicators';
import { checkIndicatorDraft } from '../../../shared/indicators/indicator-edit';
import { schemaFromTables } from '../../../shared/rules';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { T } from './texts';
import { useIndicatorPreview } from './use-indicator-preview';

const E = T.editor;

export interface IndicatorDefinitionFormProps {
  readonly def: IndicatorDef;
  readonly data: WorkspaceData;
  readonly saving: boolean;
  onSave(def: IndicatorDef): void;
}

export function IndicatorDefinitionForm({ def, data, saving, onSave }: IndicatorDefinitionFormProps) {
  const [draft, setDraft] = useState<IndicatorDef>(def);
  const schema = useMemo(() => schemaFromTables(data.catalog.tables), [data.catalog.tables]);
  const problem = useMemo(() => checkIndicatorDraft(draft, schema), [draft, schema]);
  const preview = useIndicatorPreview(draft, data, problem.ok);
  const set = (patch: Partial<IndicatorDef>) => setDraft((d) => ({ ...d, ...patch }));
  const partError = (part: 'numerator' | 'denominator') =>
    !problem.ok && problem.part === part ? problem.message : undefined;
  const text = (key: 'name' | 'numeratorLabel' | 'unit' | 'source', label: string) => (
    <Form.Item label={label} required={key !== 'unit'}>
      <Input aria-label={label} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </Form.Item>
  );

  return (
    <Form layout="vertical" data-testid="indicator-form">
      {text('name', E.name)}
      <Alert type="info" title={E.expressionHint} style={{ marginBottom: 12 }} />
      <Form.Item
        label={E.numerator}
        required
        validateStatus={partError('numerator') ? 'error' : undefined}
        help={partError('numerator')}
      >
        <Input.TextArea
          aria-label={E.numerator}
          autoSize
          value={draft.numerator}
          onChange={(e) => set({ numerator: e.target.value })}
        />
      </Form.Item>
      {text('numeratorLabel', E.numeratorLabel)}
      <Form.Item
        label={E.denominator}
        validateStatus={partError('denominator') ? 'error' : undefined}
        help={partError('denominator')}
      >
        <Input.TextArea
          aria-label={E.denominator}
          autoSize
          value={draft.denominator ?? ''}
          onChange={(e) => {
            const v = e.target.value;
            set(
              v.trim() === ''
                ? { denominator: null, denominatorLabel: null }
                : { denominator: v, denominatorLabel: draft.denominatorLabel ?? '' },
            );
          }}
        />
      </Form.Item>
      {draft.denominator !== null && (
        <Form.Item label={E.denominatorLabel} required>
          <Input
            aria-label={E.denominatorLabel}
            value={draft.denominatorLabel ?? ''}
            onChange={(e) => set({ denominatorLabel: e.target.value })}
          />
        </Form.Item>
      )}
      <Space wrap size="large">
        <Form.Item label={E.scale}>
          <InputNumber aria-label={E.scale} value={draft.scale} onChange={(v) => set({ scale: v ?? 0 })} />
        </Form.Item>
        {text('unit', E.unit)}
        <Form.Item label={E.precision}>
          <InputNumber
            aria-label={E.precision}
            value={draft.precision}
            onChange={(v) => set({ precision: v ?? 0 })}
          />
        </Form.Item>
        <Form.Item label={E.direction}>
          <Select
            aria-label={E.direction}
            style={{ width: 140 }}
            value={draft.direction}
            onChange={(v: IndicatorDef['direction']) => set({ direction: v })}
            options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: INDICATOR_DIRECTION_LABELS[d] }))}
          />
        </Form.Item>
      </Space>
      <Space wrap size="large">
        <Form.Item label={E.period}>
          <Select
            aria-label={E.period}
            style={{ width: 180 }}
            value={draft.period}
            onChange={(v: IndicatorDef['period']) =>
              set({ period: v, periodMix: draft.periodMix.filter((p) => p !== v) })
            }
            options={PERIOD_KINDS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
          />
        </Form.Item>
        <Form.Item label={E.periodMix}>
          <Select
            mode="multiple"
            aria-label={E.periodMix}
            style={{ minWidth: 220 }}
            value={draft.periodMix}
            onChange={(v: IndicatorDef['periodMix']) => set({ periodMix: v })}
            options={PERIOD_KINDS.filter((p) => p !== draft.period).map((p) => ({
              value: p,
              label: PERIOD_LABELS[p],
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item label={T.editor.definition} required>
        <Input.TextArea
          aria-label={E.definition}
          autoSize
          value={draft.definition}
          onChange={(e) => set({ definition: e.target.value })}
        />
      </Form.Item>
      {text('source', E.source)}
      <Space size="large">
        <Form.Item label={E.verified}>
          <Switch aria-label={E.verified} checked={draft.verified} onChange={(v) => set({ verified: v })} />
        </Form.Item>
        <Form.Item label={E.enabled}>
          <Switch aria-label={E.enabled} checked={draft.enabled} onChange={(v) => set({ enabled: v })} />
        </Form.Item>
      </Space>
      {problem.ok ? (
        <Alert
          type="success"
          showIcon
          data-testid="indicator-check"
          title={E.compiles}
          description={
            <Typography.Text data-testid="indicator-preview">
              {E.preview}：{preview === null ? E.previewing : preview.ok ? preview.text : preview.reason}
            </Typography.Text>
          }
        />
      ) : (
        problem.part === null && (
          <Alert type="error" showIcon title={problem.message} data-testid="indicator-check" />
        )
      )}
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        disabled={!problem.ok}
        loading={saving}
        onClick={() => onSave(draft)}
      >
        {E.save}
      </Button>
    </Form>
  );
}
