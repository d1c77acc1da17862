/** Add or edit one field: label, type, unit, required, options, bounds, pattern and its note. */
import { useEffect } from 'react';
import { Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import {
  FIELD_TYPE_LABELS,
  FIELD_TYPES,
  type FieldDef,
  type FieldType,
} from '../../../shared/catalog/catalog-types';
import { patternRefusal } from '../../../shared/catalog/field-pattern';
import { T } from './texts';
import { validFormValues } from '../../ui/form-values';

/** The editor refuses at once what every station's linear-time matcher would refuse (field-pattern.ts). */
function patternCheck(v: string | undefined): Promise<void> {
  const why = v === undefined || v === '' ? null : patternRefusal(v);
  return why === null ? Promise.resolve() : Promise.reject(new Error(why));
}

export type FieldFormValues = Pick<FieldDef, 'label' | 'type' | 'unit' | 'required' | 'note'> &
  Partial<Pick<FieldDef, 'options' | 'optionsPending' | 'pattern' | 'min' | 'max' | 'precision'>>;

export function FieldEditorModal(props: {
  open: boolean;
  field: FieldDef | null;
  readOnly: boolean;
  onSubmit: (values: FieldFormValues) => boolean;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<FieldFormValues>();
  const type = (Form.useWatch('type', form) ?? 'text') as FieldType;

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue(
      props.field ?? {
        label: '',
        type: 'text',
        unit: '',
        required: false,
        note: '',
        options: [],
        optionsPending: false,
      },
    );
  }, [props.open, props.field, form]);

  const submit = async () => {
    const v = await validFormValues(form);
    if (!v) return;
    const clean = (n: number | null | undefined) => (n === null ? undefined : n);
    if (
      props.onSubmit({
        ...v,
        min: clean(v.min),
        max: clean(v.max),
        precision: clean(v.precision),
        pattern: v.pattern || undefined,
      })
    )
      form.resetFields();
  };

  return (
    <Modal
      open={props.open}
      title={props.field ? `${props.readOnly ? T.viewField : T.editField}：${props.field.label}` : T.addField}
      okText={T.ok}
      cancelText={props.readOnly ? T.close : T.cancel}
      onOk={submit}
      onCancel={props.onCancel}
      // Read-only stations look at a field; there is nothing to confirm.
      footer={props.readOnly ? (_, { CancelBtn }) => <CancelBtn /> : undefined}
      width={640}
      forceRender
    >
      <Form form={form} layout="vertical" disabled={props.readOnly} data-testid="field-form">
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="label"
              label={T.label}
              rules={[{ required: true, whitespace: true, message: '请填写字段名称' }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="type" label={T.type}>
              <Select options={FIELD_TYPES.map((t) => ({ value: t, label: FIELD_TYPE_LABELS[t] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="unit" label={T.unit}>
              <Input placeholder="如：人、万元、%" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="required" valuePropName="checked" label=" ">
              <Checkbox>{T.required}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        {type === 'enum' && (
          <>
            <Form.Item name="options" label={T.options} extra="输入后回车添加；顺序即下拉顺序">
              <Select mode="tags" tokenSeparators={['\n', '；', ';']} open={false} aria-label={T.options} />
            </Form.Item>
            <Form.Item name="optionsPending" valuePropName="checked">
              <Checkbox>{T.optionsPending}</Checkbox>
            </Form.Item>
          </>
        )}
        {(type === 'integer' || type === 'decimal' || type === 'percent') && (
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name="min" label={T.min}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="max" label={T.max}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {type !== 'integer' && (
              <Col span={8}>
                <Form.Item name="precision" label={T.precision}>
                  <InputNumber min={0} max={6} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            )}
          </Row>
        )}
        {type === 'code' && (
          <Form.Item
            name="pattern"
            label={T.pattern}
            extra="如 ^\d{6}$ 表示 6 位数字"
            rules={[{ validator: (_rule, v: string | undefined) => patternCheck(v) }]}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item name="note" label={T.fieldNote}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
