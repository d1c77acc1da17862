/** Enters a 典型案例 (title, department, text, tags, photos) to place as one block. */
import { Form, Input, Modal, Select, Upload, message } from 'antd';
import { useState } from 'react';
import type { CaseAttrs } from '../../../../shared/report/live-attrs';
import { newUuid } from '../../../../shared/ids';
import { readImageFile } from './image-file';
import { T } from '../texts';

export function CaseModal({
  open,
  departments,
  onDone,
}: {
  open: boolean;
  departments: readonly string[];
  onDone(c: CaseAttrs | null): void;
}) {
  const [form] = Form.useForm<{ title: string; department: string; text: string; tags: string[] }>();
  const [photos, setPhotos] = useState<string[]>([]);
  const submit = async () => {
    const v = await form.validateFields();
    onDone({
      caseId: newUuid(),
      title: v.title,
      department: v.department ?? '',
      text: v.text ?? '',
      tags: v.tags ?? [],
      photos,
    });
    form.resetFields();
    setPhotos([]);
  };
  return (
    <Modal
      open={open}
      title={T.caseBlock.panel}
      okText={T.caseBlock.insert}
      onOk={() => void submit()}
      onCancel={() => onDone(null)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="title"
          label={T.caseBlock.title}
          rules={[{ required: true, message: '请填写案例标题' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="department" label={T.caseBlock.department}>
          <Select allowClear options={departments.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
        <Form.Item name="text" label={T.caseBlock.text}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="tags" label={T.caseBlock.tags}>
          <Select mode="tags" />
        </Form.Item>
        <Form.Item label={T.caseBlock.photos}>
          <Upload
            accept="image/png,image/jpeg,image/gif,image/webp"
            showUploadList={false}
            beforeUpload={(file) => {
              void readImageFile(file).then((r) =>
                r.ok ? setPhotos((p) => [...p, r.src].slice(0, 6)) : void message.error(r.message),
              );
              return false;
            }}
          >
            <a>上传照片（已选 {photos.length} 张）</a>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
