/**
 * 部门管理: the school's departments with their 信息员, 负责人 and phone. The office edits all and adds
 * secondary colleges; a department station edits its own contacts. Saved in one audited write.
 */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Input, Modal, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DEPARTMENT_KIND_LABELS, type Department } from '../../../shared/departments/department-types';
import { nextCollegeCode } from '../../../shared/departments/builtin-departments';
import { validateDepartments } from '../../../shared/departments/validate-departments';
import { canEditDepartment } from '../../../shared/workspace/permissions';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useSession } from '../../app/session-store';
import { ConfirmPop } from '../../ui/ConfirmPop';

export function DepartmentsPage() {
  const { message } = AntApp.useApp();
  const data = useWorkspaceData((s) => s.data);
  const save = useWorkspaceData((s) => s.saveDepartments);
  const user = useSession((s) => s.user);
  const [draft, setDraft] = useState<Department[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  if (!data || !user) return null;
  const list = draft ?? data.departments;
  const station = data.workspace.station;
  const isOffice = station.role === 'office' && canEditDepartment(station, user.role, '');

  const patch = (code: string, p: Partial<Department>) =>
    setDraft(list.map((d) => (d.code === code ? { ...d, ...p } : d)));

  const commit = async () => {
    const r = validateDepartments(list, data.tasks);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    const saved = await save(r.value, { name: user.name, role: user.role });
    if (!saved.ok) return setError(saved.error.message);
    setDraft(null);
    message.success('部门信息已保存');
  };

  const addCollege = () => {
    const name = adding?.trim();
    if (!name) return;
    const code = nextCollegeCode(list);
    setDraft([
      ...list,
      {
        code,
        name,
        kind: 'college',
        builtIn: false,
        infoOfficer: '',
        head: '',
        phone: '',
        sortOrder: list.length + 1,
      },
    ]);
    setAdding(null);
  };

  const textCell = (field: 'name' | 'infoOfficer' | 'head' | 'phone') => (_: unknown, d: Department) =>
    canEditDepartment(station, user.role, d.code) && !(field === 'name' && d.builtIn) ? (
      <Input
        value={d[field]}
        onChange={(e) => patch(d.code, { [field]: e.target.value })}
        aria-label={`${d.name} ${field}`}
      />
    ) : (
      d[field]
    );

  return (
    <Card
      title="部门管理"
      extra={
        <Space>
          {draft && <Tag color="orange">有未保存的修改</Tag>}
          {isOffice && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding('')}>
              添加二级学院
            </Button>
          )}
          <Button type="primary" disabled={!draft} onClick={commit}>
            保存
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<Department>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={list}
        columns={[
          { title: '代码', dataIndex: 'code', width: 80 },
          { title: '部门名称', render: textCell('name') },
          { title: '类别', width: 110, render: (_, d) => <Tag>{DEPARTMENT_KIND_LABELS[d.kind]}</Tag> },
          { title: '信息员', render: textCell('infoOfficer') },
          { title: '负责人', render: textCell('head') },
          { title: '联系电话', render: textCell('phone') },
          {
            title: '',
            width: 80,
            render: (_, d) =>
              isOffice && !d.builtIn ? (
                <ConfirmPop
                  title={`删除「${d.name}」？`}
                  onConfirm={() => setDraft(list.filter((x) => x.code !== d.code))}
                >
                  <Button danger size="small">
                    删除
                  </Button>
                </ConfirmPop>
              ) : null,
          },
        ]}
      />
      <Modal
        open={adding !== null}
        title="添加二级学院"
        onOk={addCollege}
        onCancel={() => setAdding(null)}
        okText="添加"
        cancelText="取消"
      >
        <Input
          value={adding ?? ''}
          placeholder="如：机电工程学院"
          onChange={(e) => setAdding(e.target.value)}
          aria-label="学院名称"
        />
      </Modal>
    </Card>
  );
}
