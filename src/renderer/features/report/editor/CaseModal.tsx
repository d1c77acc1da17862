/**
 * 典型案例: picks an accepted case from the 案例库 (the block keeps the library case's id, so the report
 * names which case it placed), or — secondary — enters one by hand (title, department, text, tags, photos).
 */
import { Form, Input, Modal, Select, Tabs, message } from 'antd';
import { useEffect, useState } from 'react';
import { caseBlock, type CaseRecord } from '../../../../shared/report-workflow/case-library';
import type { CaseAttrs } from '../../../../shared/report/live-attrs';
import { newUuid } from '../../../../shared/ids';
import { repository } from '../../../data/repository-instance';
import { useWorkspaceData } from '../../../data/workspace-data-store';
import { CaseLibraryPicker } from './CaseLibraryPicker';
import { CasePhotoField } from './CasePhotoField';
import { T } from '../texts';
import { validFormValues } from '../../../ui/form-values';

type Mode = 'library' | 'manual';

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
  const [mode, setMode] = useState<Mode>('library');
  const [library, setLibrary] = useState<CaseRecord[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const known = useWorkspaceData((s) => s.data?.departments);
  const departmentName = (code: string) => known?.find((d) => d.code === code)?.name ?? code;
  useEffect(() => {
    if (!open) return;
    let live = true;
    void repository()
      .listLibraryCases()
      .then((all) => {
        if (!live) return;
        const accepted = all.filter((c) => c.status === 'accepted');
        setLibrary(accepted);
        setChosen(null);
        // Nothing in the library yet: typing one in is the only way, so open there.
        setMode(accepted.length > 0 ? 'library' : 'manual');
      });
    return () => {
      live = false;
    };
  }, [open]);

  const finish = (c: CaseAttrs) => {
    onDone(c);
    form.resetFields();
    setPhotos([]);
    setChosen(null);
  };
  const submit = async () => {
    if (mode === 'library') {
      const c = library.find((x) => x.id === chosen);
      if (c === undefined) return void message.warning(T.caseBlock.pickFirst);
      return finish(caseBlock(c, departmentName(c.departmentCode)));
    }
    const v = await validFormValues(form);
    if (!v) return;
    finish({
      caseId: newUuid(),
      title: v.title,
      department: v.department ?? '',
      text: v.text ?? '',
      tags: v.tags ?? [],
      photos,
    });
  };
  const manual = (
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
        <CasePhotoField photos={photos} onChange={setPhotos} />
      </Form.Item>
    </Form>
  );
  return (
    <Modal
      open={open}
      title={T.caseBlock.panel}
      okText={T.caseBlock.insert}
      onOk={() => void submit()}
      onCancel={() => onDone(null)}
      width={760}
      destroyOnHidden
    >
      <Tabs
        activeKey={mode}
        onChange={(k) => setMode(k === 'manual' ? 'manual' : 'library')}
        items={[
          {
            key: 'library',
            label: T.caseBlock.fromLibrary,
            children: (
              <CaseLibraryPicker
                cases={library}
                departmentName={departmentName}
                chosen={chosen}
                onChoose={setChosen}
              />
            ),
          },
          { key: 'manual', label: T.caseBlock.manual, children: manual, forceRender: true },
        ]}
      />
    </Modal>
  );
}
