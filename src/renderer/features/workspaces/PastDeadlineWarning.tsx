/** Warns, under the deadline pickers, when a chosen deadline is already past (every task would start 已逾期). */
import { Alert, Form, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { pastDeadlines } from '../../../shared/workspace/create-workspace';
import type { Deadlines } from '../../../shared/workspace/workspace-types';
import { todayYyyymmdd, toYyyymmdd } from '../../ui/date-fields';
import { T } from './texts';

const day = (d: Dayjs | undefined): string => (d ? toYyyymmdd(d) : '99999999');

export function PastDeadlineWarning(props: { form: FormInstance; labels: Record<keyof Deadlines, string> }) {
  const fill = Form.useWatch<Dayjs | undefined>('fill', props.form);
  const departmentReview = Form.useWatch<Dayjs | undefined>('departmentReview', props.form);
  const summaryReview = Form.useWatch<Dayjs | undefined>('summaryReview', props.form);
  const schoolReview = Form.useWatch<Dayjs | undefined>('schoolReview', props.form);
  const past = pastDeadlines(
    {
      fill: day(fill),
      departmentReview: day(departmentReview),
      summaryReview: day(summaryReview),
      schoolReview: day(schoolReview),
    },
    todayYyyymmdd(),
  );
  if (past.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="past-deadline-warning"
      style={{ marginBottom: 12 }}
      title={T.pastDeadlines(past.map((k) => props.labels[k]).join('、'))}
    />
  );
}
