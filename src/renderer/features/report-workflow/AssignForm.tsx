/** 分配章节: the office picks a chapter of the report, a department, a due date and what it asks for. */
import { App as AntApp, Button, Form, Input, Select, Space } from 'antd';
import { newUuid } from '../../../shared/ids';
import { OFFICE_DEPARTMENT_CODE } from '../../../shared/departments/builtin-departments';
import type { Department } from '../../../shared/departments/department-types';
import type { Report } from '../../../shared/report/report-types';
import type { Result } from '../../../shared/result';
import { W } from './texts';

interface Values {
  chapterId?: string;
  departmentCode?: string;
  due?: string;
  brief?: string;
  via?: string;
}

export function AssignForm({
  report,
  departments,
  summaries,
  onAssign,
}: {
  report: Report;
  departments: readonly Department[];
  /** Summary departments of this year's tasks: a chapter may travel through one of them. */
  summaries: readonly string[];
  onAssign(assignment: unknown): Promise<Result<void>>;
}) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const assign = async () => {
    const v = form.getFieldsValue();
    const chapter = report.chapters.find((c) => c.id === v.chapterId);
    const r = await onAssign({
      id: newUuid(),
      year: report.year,
      chapterId: v.chapterId ?? '',
      title: chapter?.title ?? '',
      departmentCode: v.departmentCode ?? '',
      due: (v.due ?? '').trim(),
      via: v.via || null,
      brief: v.brief ?? '',
    });
    if (!r.ok) message.error({ content: r.error.message, duration: 8 });
    else form.resetFields();
  };
  const chapters = report.chapters.filter((c) => c.kind === 'section' || c.kind === 'cases');
  const depts = departments.filter((d) => d.code !== OFFICE_DEPARTMENT_CODE);
  return (
    <Form form={form} layout="inline" data-testid="assign-form">
      <Space wrap>
        <Form.Item name="chapterId">
          <Select
            style={{ width: 160 }}
            placeholder={W.chapter}
            aria-label={W.chapter}
            data-testid="assign-chapter"
            options={chapters.map((c) => ({ value: c.id, label: c.title }))}
          />
        </Form.Item>
        <Form.Item name="departmentCode">
          <Select
            style={{ width: 180 }}
            placeholder={W.department}
            aria-label={W.department}
            data-testid="assign-department"
            showSearch
            optionFilterProp="label"
            options={depts.map((d) => ({ value: d.code, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="due">
          <Input style={{ width: 150 }} placeholder={W.due} aria-label={W.due} />
        </Form.Item>
        <Form.Item name="brief">
          <Input style={{ width: 240 }} placeholder={W.brief} aria-label={W.brief} />
        </Form.Item>
        <Form.Item name="via">
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={W.via}
            aria-label={W.via}
            options={depts
              .filter((d) => summaries.includes(d.code))
              .map((d) => ({ value: d.code, label: d.name }))}
          />
        </Form.Item>
        <Button type="primary" onClick={() => void assign()} data-testid="assign-submit">
          {W.assign}
        </Button>
      </Space>
    </Form>
  );
}
