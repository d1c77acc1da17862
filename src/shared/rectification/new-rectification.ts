/** Creating a rectification item (the office, from a finding or its own observation). */
import { err, ok, type Result } from '../result';
import {
  rectificationItemSchema,
  type RectificationItem,
  type RectificationOrigin,
} from './rectification-types';

export interface NewRectification {
  readonly id: string;
  readonly departmentCode: string;
  readonly title: string;
  readonly detail: string;
  readonly origin: RectificationOrigin;
  readonly dueDate: string;
  readonly blocking: boolean;
  readonly by: string;
  readonly at: string;
}

export function newRectificationItem(input: NewRectification): Result<RectificationItem, 'invalid-item'> {
  const item: RectificationItem = {
    id: input.id,
    departmentCode: input.departmentCode,
    title: input.title.trim(),
    detail: input.detail,
    origin: input.origin,
    dueDate: input.dueDate,
    blocking: input.blocking,
    state: 'open',
    accepted: false,
    response: '',
    evidence: { tableCode: null, rowIds: [], attachment: null },
    createdAt: input.at,
    createdBy: input.by,
    revision: 1,
    history: [],
  };
  const parsed = rectificationItemSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const label =
      field === 'title'
        ? '整改内容'
        : field === 'dueDate'
          ? '整改期限'
          : field === 'departmentCode'
            ? '责任部门'
            : field;
    return err('invalid-item', `整改事项填写有误：${label}${field === 'title' ? '不能为空' : '格式不正确'}`);
  }
  return ok(parsed.data);
}
