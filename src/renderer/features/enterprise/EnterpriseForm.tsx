/** 登记企业 / 修改: an enterprise of the roster; the credit code is checked by its check character as typed. */
import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { checkCreditCode } from '../../../shared/enterprise/credit-code';
import type { Enterprise } from '../../../shared/enterprise/enterprise-types';
import { newUuid } from '../../../shared/ids';
import { T } from './texts';
import { validFormValues } from '../../ui/form-values';

interface Values {
  name: string;
  aliases: string;
  creditCode: string;
  industry: string;
  collegeCode: string;
  inactive: boolean;
}

export function EnterpriseForm(props: {
  open: boolean;
  editing: Enterprise | null;
  colleges: readonly { code: string; name: string }[];
  onCancel: () => void;
  onSave: (e: Enterprise) => Promise<boolean>;
}) {
  const [form] = Form.useForm<Values>();
  const { editing, open } = props;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) form.setFieldsValue({ ...editing, aliases: editing.aliases.join('、') });
  }, [open, editing, form]);
  const submit = async () => {
    const v = await validFormValues(form);
    if (!v) return;
    const ok = await props.onSave({
      id: editing?.id ?? newUuid(),
      name: v.name.trim(),
      aliases: v.aliases
        ? v.aliases
            .split(/[、,，;；\n]/)
            .map((a) => a.trim())
            .filter(Boolean)
        : [],
      creditCode: v.creditCode.trim().toUpperCase(),
      industry: (v.industry ?? '').trim(),
      collegeCode: v.collegeCode,
      yearsCompiled: editing?.yearsCompiled ?? [],
      inactive: v.inactive ?? false,
    });
    if (ok) props.onCancel();
  };
  return (
    <Modal
      open={open}
      title={editing ? T.edit : T.add}
      onOk={() => void submit()}
      onCancel={props.onCancel}
      okText="保存"
    >
      <Form form={form} layout="vertical" data-testid="enterprise-form">
        <Form.Item
          name="name"
          label={T.name}
          rules={[{ required: true, whitespace: true, message: '请填写企业名称' }]}
        >
          <Input maxLength={100} data-testid="enterprise-name" />
        </Form.Item>
        <Form.Item name="aliases" label={T.aliases}>
          <Input maxLength={500} data-testid="enterprise-aliases" />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={T.creditCode}
          rules={[
            {
              validator: (_, v: string | undefined) => {
                const r = checkCreditCode(v ?? '');
                return r.ok ? Promise.resolve() : Promise.reject(new Error(r.error.message));
              },
            },
          ]}
        >
          <Input maxLength={30} data-testid="enterprise-credit-code" />
        </Form.Item>
        <Form.Item name="industry" label={T.industry}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="collegeCode"
          label={T.college}
          rules={[{ required: true, message: '请选择合作的二级学院' }]}
        >
          <Select
            data-testid="enterprise-college"
            options={props.colleges.map((c) => ({ value: c.code, label: c.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="inactive" valuePropName="checked">
          <Checkbox>{T.inactive}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
