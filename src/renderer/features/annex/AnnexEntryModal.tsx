/** 填报: one entered annex figure with its source document (required) and evidence (an attachment's name). */
import { Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useEffect } from 'react';
import { getPlatform } from '../../platform/platform';
import { T } from './texts';
import { validFormValues } from '../../ui/form-values';

export interface EntryTarget {
  readonly rowName: string;
  readonly columnLabel: string;
  readonly unit: string;
  readonly value: number | null;
  readonly source: string;
  readonly evidence: string;
}

interface Values {
  value: number | null;
  source: string;
  evidence: string;
}

export function AnnexEntryModal(props: {
  target: EntryTarget | null;
  onCancel: () => void;
  onSave: (v: { value: number; source: string; evidence: string }) => Promise<boolean>;
}) {
  const [form] = Form.useForm<Values>();
  const { target } = props;
  useEffect(() => {
    if (target)
      form.setFieldsValue({ value: target.value, source: target.source, evidence: target.evidence });
  }, [target, form]);
  const pickEvidence = async () => {
    const r = await getPlatform().openFile({ filters: [] });
    if (r.ok && r.value.kind === 'opened') form.setFieldValue('evidence', r.value.file.name);
  };
  const submit = async () => {
    const v = await validFormValues(form);
    if (!v) return;
    if (v.value === null) return;
    if (await props.onSave({ value: v.value, source: v.source, evidence: v.evidence ?? '' }))
      props.onCancel();
  };
  return (
    <Modal
      open={target !== null}
      title={target ? T.entryTitle(target.rowName, target.columnLabel) : ''}
      okText={T.save}
      onOk={() => void submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="annex-entry-form">
        <Form.Item
          name="value"
          label={`${T.value}${target?.unit ? `（${target.unit}）` : ''}`}
          rules={[{ required: true, message: T.valueRequired }]}
        >
          <InputNumber style={{ width: '100%' }} data-testid="annex-entry-value" />
        </Form.Item>
        <Form.Item
          name="source"
          label={T.sourceDoc}
          rules={[{ required: true, whitespace: true, message: T.sourceRequired }]}
        >
          <Input maxLength={200} data-testid="annex-entry-source" />
        </Form.Item>
        <Form.Item label={T.evidence}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="evidence" noStyle>
              <Input maxLength={200} data-testid="annex-entry-evidence" />
            </Form.Item>
            <Button onClick={() => void pickEvidence()}>{T.chooseEvidence}</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
