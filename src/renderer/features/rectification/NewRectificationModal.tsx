/**
 * 新建整改事项 (office): department, what, due date, whether it blocks the year lock. Opened from the
 * 整改 page (the office's own observation) or from a 对标分析 row (an indicator below standard), which
 * presets the title, detail and origin. Validated whole by newRectificationItem before anything is written.
 */
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { App as AntApp, Checkbox, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Department } from '../../../shared/departments/department-types';
import { newUuid } from '../../../shared/ids';
import { newRectificationItem } from '../../../shared/rectification/new-rectification';
import { ORIGIN_LABELS, type RectificationOrigin } from '../../../shared/rectification/rectification-types';
import { repository } from '../../data/repository-instance';
import { toYyyymmdd } from '../../ui/date-fields';
import { R } from './texts';

export interface RectificationPreset {
  readonly title: string;
  readonly detail: string;
  readonly origin: RectificationOrigin;
  readonly departmentCode?: string;
}

interface Props {
  readonly workspaceId: string;
  readonly departments: readonly Department[];
  readonly user: { readonly name: string; readonly role: string };
  readonly preset: RectificationPreset | null;
  readonly open: boolean;
  onClose(): void;
  onCreated(): void;
}

interface Values {
  departmentCode?: string;
  title: string;
  detail: string;
  due?: Dayjs;
  blocking: boolean;
}

export function NewRectificationModal(props: Props) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const origin: RectificationOrigin = props.preset?.origin ?? { kind: 'observation' };

  const submit = async () => {
    const v = form.getFieldsValue();
    const made = newRectificationItem({
      id: newUuid(),
      departmentCode: v.departmentCode ?? '',
      title: v.title ?? '',
      detail: v.detail ?? '',
      origin,
      dueDate: v.due ? toYyyymmdd(v.due) : '',
      blocking: v.blocking,
      by: props.user.name,
      at: new Date().toISOString(),
    });
    if (!made.ok) {
      void message.error(made.error.message);
      return;
    }
    setBusy(true);
    const r = await repository().createRectification(props.workspaceId, made.value, props.user);
    setBusy(false);
    if (!r.ok) {
      void message.error(r.error.message);
      return;
    }
    void message.success(R.created);
    form.resetFields();
    props.onCreated();
  };

  return (
    <Modal
      open={props.open}
      title={R.create}
      okText={R.create}
      confirmLoading={busy}
      destroyOnHidden
      onCancel={props.onClose}
      onOk={() => void submit()}
    >
      <Typography.Paragraph type="secondary">
        {R.form.origin}：{ORIGIN_LABELS[origin.kind]}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          departmentCode: props.preset?.departmentCode,
          title: props.preset?.title ?? '',
          detail: props.preset?.detail ?? '',
          due: dayjs().add(14, 'day'),
          blocking: origin.kind === 'indicator',
        }}
      >
        <Form.Item name="departmentCode" label={R.form.department}>
          <Select
            aria-label={R.form.department}
            showSearch
            optionFilterProp="label"
            options={props.departments.map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))}
          />
        </Form.Item>
        <Form.Item name="title" label={R.form.title}>
          <Input aria-label={R.form.title} maxLength={200} />
        </Form.Item>
        <Form.Item name="detail" label={R.form.detail}>
          <Input.TextArea aria-label={R.form.detail} rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="due" label={R.form.due}>
          <DatePicker aria-label={R.form.due} />
        </Form.Item>
        <Form.Item name="blocking" valuePropName="checked">
          <Checkbox>{R.form.blocking}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
