/** Under each route of 导出数据包: which tables the 负责人's declaration covers, and which it does not. */
import { Typography } from 'antd';
import type { DeclarationScope } from '../../../shared/review/declaration-scope';
import { REVIEW_STATE_LABELS } from '../../../shared/review/review-text';
import { X } from './texts';

export function DeclarationScopeView({ scope, to }: { scope: DeclarationScope; to: string }) {
  return (
    <div data-testid={`declaration-scope-${to}`}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {X.declared}
        {scope.approved.length > 0 ? scope.approved.join('、') : X.declaredNone}
      </Typography.Paragraph>
      {scope.notApproved.length > 0 && (
        <Typography.Paragraph type="warning" style={{ marginBottom: 4 }}>
          {X.notDeclared}
          {scope.notApproved.map((s) => `${s.tableCode}（${REVIEW_STATE_LABELS[s.state]}）`).join('、')}
        </Typography.Paragraph>
      )}
      {scope.empty.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {X.emptyTables}
          {scope.empty.join('、')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
