/** 新增表: code, name, category, period and shape of a table the office adds (supplementary by default). */
import { Form, Input, Modal, Select } from 'antd';
import {
  PERIOD_KINDS,
  PERIOD_LABELS,
  SHAPE_LABELS,
  TABLE_SHAPES,
} from '../../../shared/catalog/catalog-types';
import type { NewTableInput } from '../../../shared/catalog/table-editing';
import { T } from './texts';
import { validFormValues } from '../../ui/form-values';

export function NewTableModal(props: {
  open: boolean;
  categories: string[];
  onSubmit: (input: NewTableInput) => boolean;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<NewTableInput>();
  const submit = async () => {
    const v = await validFormValues(form);
    if (!v) return;
    if (props.onSubmit({ ...v, code: v.code.trim().toUpperCase() })) form.resetFields();
  };
  return (
    <Modal
      open={props.open}
      title={T.addTable}
      okText={T.ok}
      cancelText={T.cancel}
      onOk={submit}
      onCancel={props.onCancel}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ period: 'academic-year', shape: 'list', category: '补充表' }}
      >
        <Form.Item name="code" label={T.newTableCode} rules={[{ required: true, message: '请填写表代码' }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="name"
          label={T.tableName}
          rules={[{ required: true, whitespace: true, message: '请填写表名' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="category" label={T.category}>
          <Select
            options={[...new Set(['补充表', ...props.categories])].map((c) => ({ value: c, label: c }))}
          />
        </Form.Item>
        <Form.Item name="period" label={T.period}>
          <Select options={PERIOD_KINDS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))} />
        </Form.Item>
        <Form.Item name="shape" label={T.shape}>
          <Select options={TABLE_SHAPES.map((s) => ({ value: s, label: SHAPE_LABELS[s] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
