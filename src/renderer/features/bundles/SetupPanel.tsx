/**
 * 初始化包. Office: the 采集通知 form and one setup bundle per registered department. Department or
 * summary station: the notice and tasks from the last imported setup bundle (imports go through 导入).
 */
import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Space,
  Table,
  Typography,
} from 'antd';
import type { CollectionNotice } from '../../../shared/bundle/setup-payload';
import type { Department } from '../../../shared/departments/department-types';
import { contributingDepartments, type TaskAssignment } from '../../../shared/tasks/task-types';
import type { ExchangeState } from '../../data/records';
import type { Acting, ExchangeDeps } from './exchange-context';
import { buildSetupBundle, saveNotice } from './setup-service';
import { saveAndRecordBundle } from './use-exchange';
import { X } from './texts';

interface Props {
  readonly deps: ExchangeDeps;
  readonly acting: Acting;
  readonly state: ExchangeState;
  readonly departments: readonly Department[];
  readonly tasks: readonly TaskAssignment[];
  readonly reload: () => Promise<void>;
}

const FIELDS: ReadonlyArray<keyof CollectionNotice> = [
  'title',
  'documents',
  'howToFill',
  'indicators',
  'requirements',
  'schedule',
];

export function NoticeView({ notice }: { notice: CollectionNotice }) {
  return (
    <Descriptions column={1} bordered size="small" data-testid="notice-view">
      {FIELDS.map((f) => (
        <Descriptions.Item key={f} label={X.noticeFields[f]}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {notice[f] || '—'}
          </Typography.Paragraph>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

export function SetupPanel(props: Props) {
  return props.acting.workspace.station.role === 'office' ? (
    <OfficeSetup {...props} />
  ) : (
    <StationSetup {...props} />
  );
}

function OfficeSetup({ deps, acting, state, departments, reload }: Props) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CollectionNotice>();
  const [error, setError] = useState<string | null>(null);
  const registered = new Set(
    (state.trustList?.list.keys ?? [])
      .filter((k) => k.role !== 'office' && !k.revokedAt)
      .map((k) => k.departmentCode),
  );

  const save = async (notice: CollectionNotice) => {
    const r = await saveNotice(deps, acting, state, notice);
    if (!r.ok) return setError(r.error.message);
    message.success(X.noticeSaved);
    await reload();
  };

  const exportFor = async (d: Department) => {
    setError(null);
    const r = await buildSetupBundle(deps, acting, state, d.code);
    if (!r.ok) return setError(r.error.message);
    const saved = await saveAndRecordBundle(deps, acting, r.value);
    if (!saved.ok) return setError(saved.message);
    if (saved.where === null) return;
    message.success(X.setupSaved(d.name, saved.where));
    await reload();
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} data-testid="setup-error" />}
      <Card title={X.noticeTitle}>
        <Form
          form={form}
          layout="vertical"
          initialValues={state.notice?.notice}
          onFinish={(v) => void save(v)}
          data-testid="notice-form"
        >
          {FIELDS.map((f) => (
            <Form.Item key={f} name={f} label={X.noticeFields[f]}>
              {f === 'title' ? (
                <Input maxLength={100} />
              ) : (
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
              )}
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit">
            {X.saveNotice}
          </Button>
        </Form>
      </Card>
      <Card title={X.exportSetupFor}>
        <Table<Department>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={departments.filter((d) => registered.has(d.code))}
          locale={{ emptyText: '尚无已注册的部门：请先在“信任列表”中导入各部门的注册申请。' }}
          columns={[
            { title: '部门', render: (_, d) => `${d.name}（${d.code}）` },
            {
              title: '',
              render: (_, d) => (
                <Button onClick={() => void exportFor(d)} aria-label={`${X.exportSetupFor} ${d.code}`}>
                  {X.exportSetupFor}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

function StationSetup({ acting, state, tasks }: Props) {
  const dept = acting.workspace.station.departmentCode ?? '';
  if (state.setup === null) return <Empty description={X.notSetUp} />;
  const mine = tasks.filter((t) => contributingDepartments(t).includes(dept) || t.summaryDepartment === dept);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card
        title={`${X.noticeTitle}：${state.setup.notice.title}`}
        extra={
          <Typography.Text type="secondary">{`督导室密钥指纹 ${state.officePin?.fingerprint ?? ''}`}</Typography.Text>
        }
      >
        <NoticeView notice={state.setup.notice} />
      </Card>
      <Card title={X.yourTasks}>
        <Table<TaskAssignment>
          rowKey="tableCode"
          size="small"
          pagination={false}
          dataSource={mine}
          data-testid="setup-tasks"
          columns={[
            { title: '表', dataIndex: 'tableCode' },
            { title: '责任部门', dataIndex: 'responsibleDepartment' },
            { title: '汇总部门', render: (_, t) => t.summaryDepartment ?? '—' },
            { title: '截止', dataIndex: 'deadline' },
          ]}
        />
      </Card>
    </Space>
  );
}
