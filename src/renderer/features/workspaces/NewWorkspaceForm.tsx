/**
 * 新建采集年度: school, year, periods, deadlines, this station's role and its local users with PINs.
 * Validation is the pure createWorkspace(); this form only collects input and shows its messages.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { PROVINCES } from '../../../shared/workspace/provinces';
import { schoolIdentifier } from '../../../shared/workspace/school-identifier';
import { academicYearRange } from '../../../shared/workspace/collection-period';
import {
  createWorkspace,
  defaultYearSettings,
  type NewUserInput,
} from '../../../shared/workspace/create-workspace';
import {
  rolesForStation,
  STATION_ROLE_LABELS,
  STATION_ROLES,
  USER_ROLE_LABELS,
  type StationRole,
  type Workspace,
} from '../../../shared/workspace/workspace-types';
import { builtInDepartments } from '../../../shared/departments/builtin-departments';
import { fromYyyymmdd, toYyyymmdd, displayDate, todayYyyymmdd } from '../../ui/date-fields';
import { PastDeadlineWarning } from './PastDeadlineWarning';
import { T } from './texts';

interface FormValues {
  schoolName: string;
  provinceCode: string;
  schoolCode: string;
  academicYearStart: number;
  financeYear: number;
  snapshotDate: Dayjs;
  fill: Dayjs;
  departmentReview: Dayjs;
  summaryReview: Dayjs;
  schoolReview: Dayjs;
  stationRole: StationRole;
  departmentCode?: string;
  users: NewUserInput[];
}

const thisYear = new Date().getFullYear();

function initialValues(start: number): Partial<FormValues> {
  const d = defaultYearSettings(start, todayYyyymmdd());
  return {
    provinceCode: '44',
    academicYearStart: start,
    financeYear: d.financeYear,
    snapshotDate: fromYyyymmdd(d.snapshotDate),
    fill: fromYyyymmdd(d.deadlines.fill),
    departmentReview: fromYyyymmdd(d.deadlines.departmentReview),
    summaryReview: fromYyyymmdd(d.deadlines.summaryReview),
    schoolReview: fromYyyymmdd(d.deadlines.schoolReview),
    stationRole: 'department',
    users: rolesForStation('department').map((role) => ({ name: '', role, pin: '' })),
  };
}

export function NewWorkspaceForm(props: {
  onCreate: (ws: Workspace) => Promise<void>;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const provinceCode = Form.useWatch('provinceCode', form);
  const schoolCode = Form.useWatch('schoolCode', form);
  const start = Form.useWatch('academicYearStart', form);
  const stationRole = Form.useWatch('stationRole', form) ?? 'department';
  const identifier = schoolIdentifier(provinceCode ?? '', schoolCode ?? '');
  const range = start ? academicYearRange(start) : null;
  const departments = useMemo(() => builtInDepartments(), []);

  const onRoleChange = (role: StationRole) => {
    const roles = rolesForStation(role);
    const users = (form.getFieldValue('users') as NewUserInput[] | undefined) ?? [];
    const kept = users.filter((u) => roles.includes(u.role));
    for (const r of roles) if (!kept.some((u) => u.role === r)) kept.push({ name: '', role: r, pin: '' });
    form.setFieldValue('users', kept);
  };

  const onYearChange = (y: number | null) => {
    if (!y) return;
    const v = initialValues(y);
    form.setFieldsValue({
      financeYear: v.financeYear,
      snapshotDate: v.snapshotDate,
      fill: v.fill,
      departmentReview: v.departmentReview,
      summaryReview: v.summaryReview,
      schoolReview: v.schoolReview,
    });
  };

  const submit = async (v: FormValues) => {
    setError(null);
    const r = createWorkspace(
      {
        schoolName: v.schoolName ?? '',
        provinceCode: v.provinceCode,
        schoolCode: (v.schoolCode ?? '').trim(),
        academicYearStart: v.academicYearStart,
        financeYear: v.financeYear,
        snapshotDate: toYyyymmdd(v.snapshotDate),
        deadlines: {
          fill: toYyyymmdd(v.fill),
          departmentReview: toYyyymmdd(v.departmentReview),
          summaryReview: toYyyymmdd(v.summaryReview),
          schoolReview: toYyyymmdd(v.schoolReview),
        },
        stationRole: v.stationRole,
        departmentCode: v.departmentCode ?? null,
        users: v.users ?? [],
      },
      new Date(),
    );
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setBusy(true);
    try {
      await props.onCreate(r.value);
    } catch (e) {
      setError(`保存失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={T.newWorkspace} style={{ maxWidth: 880, margin: '24px auto' }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues(thisYear - 1)}
        onFinish={submit}
        data-testid="new-workspace-form"
      >
        <Typography.Title level={5}>{T.school}</Typography.Title>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="schoolName"
              label={T.schoolName}
              rules={[{ required: true, message: '请填写学校名称' }]}
            >
              <Input placeholder="如：汕头职业技术学院" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="provinceCode" label={T.province}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={PROVINCES.map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="schoolCode"
              label={T.schoolCode}
              rules={[{ pattern: /^\d{5}$/, message: '学校代码应为 5 位数字' }]}
            >
              <Input maxLength={5} placeholder="12954" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={T.schoolIdentifier}>
          <Typography.Text code data-testid="school-identifier">
            {identifier ?? '—'}
          </Typography.Text>
        </Form.Item>
        <Divider />
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item
              name="academicYearStart"
              label={T.academicYear}
              extra={range ? T.period(displayDate(range.from), displayDate(range.to)) : null}
            >
              <Select
                onChange={onYearChange}
                options={Array.from({ length: 8 }, (_, i) => thisYear - 4 + i).map((y) => ({
                  value: y,
                  label: `${y}-${y + 1}学年`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="financeYear" label={T.financeYear}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="snapshotDate" label={T.snapshotDate}>
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{T.deadlines}</Typography.Title>
        <Row gutter={16}>
          {(
            [
              ['fill', T.deadlineFill],
              ['departmentReview', T.deadlineDept],
              ['summaryReview', T.deadlineSummary],
              ['schoolReview', T.deadlineSchool],
            ] as const
          ).map(([name, label]) => (
            <Col span={6} key={name}>
              <Form.Item name={name} label={label}>
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <PastDeadlineWarning
          form={form}
          labels={{
            fill: T.deadlineFill,
            departmentReview: T.deadlineDept,
            summaryReview: T.deadlineSummary,
            schoolReview: T.deadlineSchool,
          }}
        />
        <Divider />
        <Typography.Title level={5}>{T.station}</Typography.Title>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="stationRole" label={T.stationRole}>
              <Select
                onChange={onRoleChange}
                options={STATION_ROLES.map((r) => ({ value: r, label: STATION_ROLE_LABELS[r] }))}
              />
            </Form.Item>
          </Col>
          {stationRole !== 'office' && (
            <Col span={8}>
              <Form.Item
                name="departmentCode"
                label={T.stationDept}
                rules={[{ required: true, message: '请选择本站所属部门' }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={departments.map((d) => ({ value: d.code, label: d.name }))}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Typography.Title level={5}>{T.users}</Typography.Title>
        <Form.List name="users">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'role']} label={T.userRole}>
                    <Select
                      style={{ width: 120 }}
                      options={rolesForStation(stationRole).map((r) => ({
                        value: r,
                        label: USER_ROLE_LABELS[r],
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} label={T.userName}>
                    <Input style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'pin']} label={T.userPin}>
                    <Input.Password style={{ width: 160 }} maxLength={6} autoComplete="new-password" />
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除用户" />
                  </Form.Item>
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', role: 'filler', pin: '' })}>
                {T.addUser}
              </Button>
            </>
          )}
        </Form.List>
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} data-testid="form-error" />
        )}
        <Divider />
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {T.create}
          </Button>
          <Button onClick={props.onCancel}>{T.cancel}</Button>
        </Space>
      </Form>
    </Card>
  );
}
