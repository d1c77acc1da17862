/** 年度设置: name, periods, deadlines and local users of the open workspace. */
import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { addUser, removeUser, resetPin, updateSettings } from '../../../shared/workspace/update-settings';
import { canEditSettings } from '../../../shared/workspace/permissions';
import { schoolIdentifier } from '../../../shared/workspace/school-identifier';
import { provinceName } from '../../../shared/workspace/provinces';
import {
  rolesForStation,
  STATION_ROLE_LABELS,
  USER_ROLE_LABELS,
  type LocalUser,
  type UserRole,
  type Workspace,
} from '../../../shared/workspace/workspace-types';
import type { Result } from '../../../shared/result';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { useSession } from '../../app/session-store';
import { fromYyyymmdd, toYyyymmdd } from '../../ui/date-fields';
import { T } from './texts';
import { ConfirmPop } from '../../ui/ConfirmPop';

interface SettingsForm {
  name: string;
  financeYear: number;
  snapshotDate: Dayjs;
  fill: Dayjs;
  departmentReview: Dayjs;
  summaryReview: Dayjs;
  schoolReview: Dayjs;
}

export function WorkspaceSettingsPage() {
  const { message } = AntApp.useApp();
  const data = useWorkspaceData((s) => s.data);
  const saveWorkspace = useWorkspaceData((s) => s.saveWorkspace);
  const user = useSession((s) => s.user);
  const [error, setError] = useState<string | null>(null);
  const [newUser, setNewUser] = useState<{ name: string; role: UserRole; pin: string } | null>(null);
  const [pinFor, setPinFor] = useState<{ user: LocalUser; pin: string } | null>(null);
  if (!data || !user) return null;
  const ws = data.workspace;
  const editable = canEditSettings(ws.station, user.role);
  const actor = { name: user.name, role: user.role };

  const apply = async (r: Result<Workspace>, done: string) => {
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    setError(null);
    const saved = await saveWorkspace(r.value, actor);
    if (!saved.ok) {
      setError(saved.error.message);
      return false;
    }
    message.success(done);
    return true;
  };

  const submit = (v: SettingsForm) =>
    apply(
      updateSettings(
        ws,
        {
          name: v.name,
          financeYear: v.financeYear,
          snapshotDate: toYyyymmdd(v.snapshotDate),
          deadlines: {
            fill: toYyyymmdd(v.fill),
            departmentReview: toYyyymmdd(v.departmentReview),
            summaryReview: toYyyymmdd(v.summaryReview),
            schoolReview: toYyyymmdd(v.schoolReview),
          },
        },
        new Date(),
      ),
      '设置已保存',
    );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card title="学校与站点">
        <Descriptions column={2} size="small">
          <Descriptions.Item label="学校">{ws.school.name}</Descriptions.Item>
          <Descriptions.Item label="所在省份">{provinceName(ws.school.provinceCode)}</Descriptions.Item>
          <Descriptions.Item label="学校代码">{ws.school.code}</Descriptions.Item>
          <Descriptions.Item label="学校标识码">
            {schoolIdentifier(ws.school.provinceCode, ws.school.code)}
          </Descriptions.Item>
          <Descriptions.Item label="站点角色">{STATION_ROLE_LABELS[ws.station.role]}</Descriptions.Item>
          <Descriptions.Item label="所属部门">
            {data.departments.find((d) => d.code === ws.station.departmentCode)?.name ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      <Card title="年度设置">
        {!editable && (
          <Alert
            type="info"
            showIcon
            title={ws.station.role === 'office' ? T.settingsReadOnlyOffice : T.settingsReadOnly}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form<SettingsForm>
          layout="vertical"
          disabled={!editable}
          onFinish={submit}
          initialValues={{
            name: ws.name,
            financeYear: ws.financeYear,
            snapshotDate: fromYyyymmdd(ws.snapshotDate),
            fill: fromYyyymmdd(ws.deadlines.fill),
            departmentReview: fromYyyymmdd(ws.deadlines.departmentReview),
            summaryReview: fromYyyymmdd(ws.deadlines.summaryReview),
            schoolReview: fromYyyymmdd(ws.deadlines.schoolReview),
          }}
        >
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="name" label={T.workspaceName}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="financeYear" label={T.financeYear}>
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="snapshotDate" label={T.snapshotDate}>
                <DatePicker allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item name="fill" label={T.deadlineFill}>
                <DatePicker allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="departmentReview" label={T.deadlineDept}>
                <DatePicker allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="summaryReview" label={T.deadlineSummary}>
                <DatePicker allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="schoolReview" label={T.deadlineSchool}>
                <DatePicker allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          {editable && (
            <Button type="primary" htmlType="submit">
              保存设置
            </Button>
          )}
        </Form>
      </Card>
      <Card
        title={T.users}
        extra={
          editable && (
            <Button onClick={() => setNewUser({ name: '', role: 'filler', pin: '' })}>{T.addUser}</Button>
          )
        }
      >
        <Table<LocalUser>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={ws.users}
          columns={[
            { title: T.userName, dataIndex: 'name' },
            { title: T.userRole, render: (_, u) => <Tag>{USER_ROLE_LABELS[u.role]}</Tag> },
            {
              title: '',
              align: 'right',
              render: (_, u) =>
                editable && (
                  <Space>
                    <Button size="small" onClick={() => setPinFor({ user: u, pin: '' })}>
                      重设 PIN
                    </Button>
                    <ConfirmPop
                      title={T.removeUserConfirm(u.name)}
                      okText="删除"
                      cancelText="取消"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => void apply(removeUser(ws, u.id, user.id, new Date()), '用户已删除')}
                    >
                      <Button size="small" danger>
                        删除
                      </Button>
                    </ConfirmPop>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={newUser !== null}
        title={T.addUser}
        okText="添加"
        cancelText={T.cancel}
        onCancel={() => setNewUser(null)}
        onOk={async () => {
          if (
            newUser &&
            (await apply(addUser(ws, newUser.name, newUser.role, newUser.pin, new Date()), '用户已添加'))
          )
            setNewUser(null);
        }}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Select
            value={newUser?.role}
            onChange={(role: UserRole) => newUser && setNewUser({ ...newUser, role })}
            options={rolesForStation(ws.station.role).map((r) => ({ value: r, label: USER_ROLE_LABELS[r] }))}
            style={{ width: '100%' }}
          />
          <Input
            placeholder={T.userName}
            value={newUser?.name}
            onChange={(e) => newUser && setNewUser({ ...newUser, name: e.target.value })}
          />
          <Input.Password
            placeholder={T.userPin}
            value={newUser?.pin}
            maxLength={6}
            onChange={(e) => newUser && setNewUser({ ...newUser, pin: e.target.value })}
          />
        </Space>
      </Modal>
      <Modal
        open={pinFor !== null}
        title={`重设 PIN：${pinFor?.user.name ?? ''}`}
        okText="保存"
        cancelText={T.cancel}
        onCancel={() => setPinFor(null)}
        onOk={async () => {
          if (pinFor && (await apply(resetPin(ws, pinFor.user.id, pinFor.pin, new Date()), 'PIN 已重设')))
            setPinFor(null);
        }}
      >
        <Input.Password
          placeholder={T.userPin}
          value={pinFor?.pin}
          maxLength={6}
          onChange={(e) => pinFor && setPinFor({ ...pinFor, pin: e.target.value })}
        />
      </Modal>
    </Space>
  );
}
