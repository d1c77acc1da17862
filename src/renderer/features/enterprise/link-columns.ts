/** The college and enterprise columns every list of enterprise-report assignments starts with. */
import type { TableColumnsType } from 'antd';
import type { Enterprise, EnterpriseReportLink } from '../../../shared/enterprise/enterprise-types';
import { T } from './texts';

export function linkColumns(
  collegeName: (code: string) => string,
  roster: readonly Enterprise[],
): TableColumnsType<EnterpriseReportLink> {
  return [
    { title: T.college, key: 'college', render: (_, l) => collegeName(l.collegeCode) },
    {
      title: T.enterprise,
      key: 'enterprise',
      render: (_, l) => roster.find((e) => e.id === l.enterpriseId)?.name ?? l.enterpriseId,
    },
  ];
}
