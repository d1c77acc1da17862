/**
 * Root: Chinese locale for antd and dayjs, storage start-up, then either the workspace list or the open
 * workspace.
 */
import { useEffect, useState } from 'react';
import { App as AntApp, ConfigProvider, Result, Spin, theme, type MappingAlgorithm } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useSession } from './session-store';
import { startStorage, type StartupState } from './startup';
import { WorkspaceList } from '../features/workspaces/WorkspaceList';
import { WorkspaceLayout } from './WorkspaceLayout';
import { DamagedStoreNotice } from './DamagedStoreNotice';
import { LaunchFileWatcher } from './launch-files';
import { RestoreSlot } from '../features/backup/RestoreSlot';
import { ArchiveImportCard } from '../features/backup/ArchiveImportCard';
import { useWorkspaceList } from '../features/workspaces/workspace-list-store';
import { useReducedMotion } from './use-reduced-motion';

dayjs.locale('zh-cn');

/**
 * The default colour algorithm with darker 7th palette shades: a coloured tag's text is that shade on the
 * palette's palest one, and the default orange, green, cyan, gold, volcano and lime fall below 4.5:1.
 * (Palette shades are derived after the token overrides, so they are set here rather than in `token`.)
 */
const readableTags: MappingAlgorithm = (seed) => ({
  ...theme.defaultAlgorithm(seed),
  orange7: '#ad4e00',
  green7: '#237804',
  cyan7: '#006d75',
  gold7: '#874d00',
  volcano7: '#ad2102',
  lime7: '#3f6600',
});

export function App() {
  const workspaceId = useSession((s) => s.workspaceId);
  const [startup, setStartup] = useState<StartupState>({ status: 'starting' });
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    let cancelled = false;
    void startStorage().then((s) => {
      if (!cancelled) setStartup(s);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      // Text colours dark enough for WCAG AA (4.5:1 on white and on the grey page background), set once.
      theme={{
        token: {
          colorPrimary: '#1f5fbf',
          borderRadius: 4,
          colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorTextDescription: 'rgba(0, 0, 0, 0.68)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
          colorTextDisabled: 'rgba(0, 0, 0, 0.58)',
          colorError: '#c4161c',
          colorWarningText: '#8a4b00',
          colorLink: '#1f5fbf',
          motion: !reducedMotion,
        },
        algorithm: readableTags,
      }}
    >
      <AntApp>
        {startup.status === 'starting' && <Spin size="large" fullscreen description="正在打开数据库…" />}
        {startup.status === 'failed' && (
          <Result status="error" title="无法打开本地数据库" subTitle={startup.message} />
        )}
        {startup.status === 'damaged' && (
          <DamagedStoreNotice
            problems={startup.problems}
            onAccept={async () => setStartup(await startup.acceptAsIs())}
            restoreSlot={<RestoreSlot onDone={async () => setStartup(await startup.acceptAsIs())} />}
          />
        )}
        {startup.status === 'ready' &&
          (workspaceId ? (
            <WorkspaceLayout workspaceId={workspaceId} />
          ) : (
            <>
              <WorkspaceList />
              <ArchiveImportCard onImported={() => useWorkspaceList.getState().reload()} />
            </>
          ))}
        {startup.status === 'ready' && <LaunchFileWatcher />}
      </AntApp>
    </ConfigProvider>
  );
}
