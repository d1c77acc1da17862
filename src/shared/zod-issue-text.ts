/**
 * A validation issue in Chinese, naming the part by its label ("指标名称不能为空", "数值不能大于 100"):
 * what editors and the data writer show for a value the user typed, instead of zod's English text.
 */
import type { z } from 'zod';

export function issueText(issue: z.core.$ZodIssue, labels: Readonly<Record<string, string>>): string {
  const key = [...issue.path].reverse().find((p): p is string => typeof p === 'string') ?? '';
  const label = labels[key] ?? key;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? `${label}不能为空` : `${label}不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${label}过长（最多 ${String(issue.maximum)} 字）`
        : issue.origin === 'array'
          ? `${label}过多`
          : `${label}不能大于 ${String(issue.maximum)}`;
    case 'invalid_format':
      return `${label}格式不正确（只能用字母、数字、点、横线和下划线）`;
    case 'custom':
      return issue.message;
    default:
      return `${label}格式不正确`;
  }
}
