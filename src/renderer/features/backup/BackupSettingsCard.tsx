/** 数据位置与备份设置: the data folder (设置 shows it), the backup location and the keep/daily settings. */
import { useEffect, useState } from 'react';
import { Alert, Card, Descriptions, InputNumber, Switch, Typography } from 'antd';
import { getPlatform } from '../../platform/platform';
import { loadBackupSettings, saveBackupSettings, type BackupSettings } from './backup-settings';
import { T } from './texts';

export function BackupSettingsCard() {
  const [dataDir, setDataDir] = useState<string>('…');
  const [backupDir, setBackupDir] = useState<string>('…');
  const browser = getPlatform().kind === 'browser';
  const [settings, setSettings] = useState<BackupSettings>(() => loadBackupSettings());

  useEffect(() => {
    const platform = getPlatform();
    void platform.appInfo().then((r) => setDataDir(r.ok ? r.value.dataDir : r.error.message));
    void platform
      .backupFolder()
      .then((r) => setBackupDir(r.ok ? (r.value?.location ?? T.browserDownloads) : r.error.message));
  }, []);

  const update = (next: BackupSettings) => {
    if (saveBackupSettings(next)) setSettings(next);
  };

  return (
    <Card title={T.settingsTitle} size="small" data-testid="backup-settings">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={T.dataDir}>
          <Typography.Text copyable data-testid="data-dir">
            {dataDir}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={T.backupDir}>
          <Typography.Text copyable data-testid="backup-dir">
            {backupDir}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={T.keep}>
          <InputNumber
            min={1}
            max={1000}
            value={settings.keep}
            aria-label={T.keep}
            onChange={(v) => typeof v === 'number' && update({ ...settings, keep: v })}
          />
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            {T.keepHelp}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={T.daily}>
          <Switch
            checked={settings.daily}
            aria-label={T.daily}
            onChange={(daily) => update({ ...settings, daily })}
          />
        </Descriptions.Item>
      </Descriptions>
      {browser && <Alert style={{ marginTop: 12 }} type="warning" showIcon title={T.browserHint} />}
    </Card>
  );
}
