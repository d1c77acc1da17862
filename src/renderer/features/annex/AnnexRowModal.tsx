/**
 * 新增行 / 修改行 of an annex table (office): name, unit, how the figure is obtained (an indicator of the
 * year, or 填报 with its source document), 已核实 and a note. The writer checks the whole set and answers
 * in Chinese; the modal stays open on a refusal.
 */
import { Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { useEffect } from 'react';
import type { AnnexRowDef } from '../../../shared/annex/annex-types';
import { T } from './texts';

export interface RowTarget {
  readonly tableName: string;
  /** The row to change, or the id a new row gets. */
  readonly row: AnnexRowDef | { readonly id: string };
}

interface Values {
  name: string;
  unit: string;
  kind: 'indicator' | 'entered';
  indicatorId?: string;
  document?: string;
  verified: boolean;
  note: string;
}

function initial(row: RowTarget['row']): Values {
  if (!('name' in row))
    return { name: '', unit: '', kind: 'entered', document: '', verified: false, note: '' };
  return {
    name: row.name,
    unit: row.unit,
    kind: row.source.kind,
    ...(row.source.kind === 'indicator'
      ? { indicatorId: row.source.indicatorId }
      : { document: row.source.document }),
    verified: row.verified,
    note: row.note,
  };
}

export function AnnexRowModal(props: {
  target: RowTarget | null;
  indicators: readonly { readonly id: string; readonly name: string }[];
  onCancel: () => void;
  onSave: (row: AnnexRowDef) => Promise<boolean>;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { target } = props;
  useEffect(() => {
    if (target) form.setFieldsValue(initial(target.row));
  }, [target, form]);
  const submit = async () => {
    if (!target) return;
    const v = form.getFieldsValue(true) as Values;
    const row: AnnexRowDef = {
      id: target.row.id,
      name: v.name ?? '',
      unit: v.unit ?? '',
      source:
        v.kind === 'indicator'
          ? { kind: 'indicator', indicatorId: v.indicatorId ?? '' }
          : { kind: 'entered', document: v.document ?? '' },
      verified: v.verified === true,
      note: v.note ?? '',
    };
    if (await props.onSave(row)) props.onCancel();
  };
  const isNew = target !== null && !('name' in target.row);
  return (
    <Modal
      open={target !== null}
      title={target ? (isNew ? T.rowAddTitle(target.tableName) : T.rowEditTitle(target.tableName)) : ''}
      okText={T.save}
      onOk={() => void submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="annex-row-form">
        <Form.Item name="name" label={T.rowName}>
          <Input maxLength={100} data-testid="annex-row-name" />
        </Form.Item>
        <Form.Item name="unit" label={T.columns.unit}>
          <Input maxLength={20} data-testid="annex-row-unit" />
        </Form.Item>
        <Form.Item name="kind" label={T.rowKind}>
          <Radio.Group
            options={[
              { value: 'indicator', label: T.rowByIndicator },
              { value: 'entered', label: T.rowEntered },
            ]}
            data-testid="annex-row-kind"
          />
        </Form.Item>
        {kind === 'indicator' ? (
          <Form.Item name="indicatorId" label={T.rowIndicator}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={props.indicators.map((i) => ({ value: i.id, label: i.name }))}
              data-testid="annex-row-indicator"
            />
          </Form.Item>
        ) : (
          <Form.Item name="document" label={T.sourceDoc}>
            <Input maxLength={200} data-testid="annex-row-document" />
          </Form.Item>
        )}
        <Form.Item name="verified" label={T.rowVerified} valuePropName="checked">
          <Switch data-testid="annex-row-verified" />
        </Form.Item>
        <Form.Item name="note" label={T.rowNote}>
          <Input.TextArea maxLength={500} rows={2} data-testid="annex-row-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
