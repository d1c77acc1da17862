/**
 * 我的任务 at a department or summary station before the office's 初始化包 is imported: the tables and
 * deadlines listed are the catalog's defaults, so a newcomer is told where the real ones come from and
 * led to 开始使用, which walks through the key, the registration and the import.
 */
import { useEffect, useState } from 'react';
import { Alert, Button } from 'antd';
import { useSession } from '../../app/session-store';
import { repository } from '../../data/repository-instance';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { T } from './texts';

export function SetupPendingNotice() {
  const workspace = useWorkspaceData((s) => s.data?.workspace);
  const go = useSession((s) => s.go);
  const [pending, setPending] = useState(false);
  const id = workspace?.id;
  const atOffice = workspace?.station.role === 'office';
  useEffect(() => {
    if (id === undefined || atOffice) return;
    let live = true;
    void repository()
      .loadExchange(id)
      .then((x) => {
        if (live) setPending(x.setup === null);
      });
    return () => {
      live = false;
    };
  }, [id, atOffice]);
  if (!pending) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="setup-pending"
      title={T.setupPending}
      action={
        <Button size="small" onClick={() => go('start')}>
          {T.setupPendingGo}
        </Button>
      }
    />
  );
}
