/**
 * The next step after an import, beside its "已导入": a newcomer who has just taken in a data bundle (or the
 * office's 初始化包) is otherwise left on an empty tab with nothing saying where the work goes on.
 */
import { Button, Space, Typography } from 'antd';
import { useSession } from '../../app/session-store';
import { X } from './texts';

export type ImportNext = keyof typeof X.importNext;

export function ImportNextStep({ next }: { readonly next: ImportNext }) {
  const go = useSession((s) => s.go);
  const { text, button } = X.importNext[next];
  return (
    <Space wrap data-testid="import-next">
      <Typography.Text>{text}</Typography.Text>
      <Button size="small" type="primary" onClick={() => go(next)}>
        {button}
      </Button>
    </Space>
  );
}
