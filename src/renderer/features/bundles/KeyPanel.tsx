/** 密钥与注册: this station's key and fingerprint; create it (passphrase in Electron); export the registration request. */
import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import type { ExchangeState } from '../../data/records';
import type { Acting, ExchangeDeps } from './exchange-context';
import { createStationKey, exportRegistration, rotateStationKey } from './key-service';
import { saveBundleFile } from './use-exchange';
import { X } from './texts';
import { ConfirmPop } from '../../ui/ConfirmPop';
import { formatLocalDate } from '../../ui/local-time';
import { keyStoreIdOf } from '../../../shared/workspace/workspace-types';
import { DetailsBlock } from '../../ui/detail-rows';

interface Props {
  readonly deps: ExchangeDeps;
  readonly acting: Acting;
  readonly state: ExchangeState;
  readonly departmentName: string;
  readonly reload: () => Promise<void>;
}

export function KeyPanel({ deps, acting, state, departmentName, reload }: Props) {
  const { message } = AntApp.useApp();
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const own = state.ownKey;
  const isOffice = acting.workspace.station.role === 'office';
  // A station restored from a backup (or into another browser) has the key's record but not the key.
  const [lost, setLost] = useState(false);
  useEffect(() => {
    if (own === null) return;
    let live = true;
    void deps.keys.current(keyStoreIdOf(acting.workspace)).then((r) => {
      if (live) setLost(!r.ok || r.value === null || r.value.keyId !== own.keyId);
    });
    return () => {
      live = false;
    };
  }, [deps, acting.workspace, own]);
  const canCreate = own === null || lost;

  const create = async () => {
    setError(null);
    if (deps.keys.needsPassphrase && pass !== repeat) return setError(X.passphraseMismatch);
    setBusy(true);
    const r = await createStationKey(deps, {
      ...acting,
      passphrase: deps.keys.needsPassphrase ? pass : null,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    message.success(X.keyCreated);
    setPass('');
    setRepeat('');
    await reload();
  };

  const rotate = async () => {
    setError(null);
    setBusy(true);
    // The new key takes the signing passphrase typed on this page (Electron), like the key it replaces.
    const r = await rotateStationKey(deps, acting, departmentName);
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    await reload();
    const saved = await saveBundleFile(r.value.registration.fileName, r.value.registration.bytes);
    if (!saved.ok) return setError(saved.message);
    if (saved.where !== null) message.success(X.rotated(saved.where));
  };

  const register = async () => {
    setError(null);
    const r = await exportRegistration(deps, acting, state, departmentName);
    if (!r.ok) return setError(r.error.message);
    const saved = await saveBundleFile(r.value.fileName, r.value.bytes);
    if (!saved.ok) return setError(saved.message);
    if (saved.where !== null) message.success(X.registrationSaved(saved.where));
  };

  return (
    <Card title={X.ownKey} data-testid="key-panel">
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="key-error" />
      )}
      {lost && (
        <Alert
          type="warning"
          showIcon
          title={X.keyLost}
          style={{ marginBottom: 12 }}
          data-testid="key-lost"
        />
      )}
      {own ? (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={X.fingerprint}>
            <Typography.Text strong style={{ fontSize: 18, letterSpacing: 1 }} data-testid="own-fingerprint">
              {own.fingerprint}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="生成">{`${formatLocalDate(own.createdAt)} · ${own.createdBy}`}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Paragraph>{X.noKeyYet}</Typography.Paragraph>
      )}
      {own && (
        <DetailsBlock
          items={[
            { label: X.detailKey, value: own.keyId },
            { label: X.detailPublicKey, value: own.publicKey },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {isOffice ? X.officeKeyHint : X.fingerprintHint}
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {canCreate && deps.keys.needsPassphrase && (
          <Form layout="vertical" style={{ maxWidth: 420 }}>
            <Form.Item label={X.passphrase} extra={X.passphraseHint}>
              <Input.Password
                value={pass}
                onChange={(e) => setPass(e.target.value)}
                aria-label={X.passphrase}
              />
            </Form.Item>
            <Form.Item label={X.passphraseRepeat}>
              <Input.Password
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                aria-label={X.passphraseRepeat}
              />
            </Form.Item>
          </Form>
        )}
        <Space>
          {canCreate && (
            <Button type="primary" loading={busy} onClick={() => void create()}>
              {X.createKey}
            </Button>
          )}
          {own && !lost && !isOffice && (
            <Button type="primary" onClick={() => void register()}>
              {X.exportRegistration}
            </Button>
          )}
          {own && !lost && !isOffice && (
            <ConfirmPop
              title={X.rotateConfirmTitle}
              description={<div style={{ maxWidth: 420 }}>{X.rotateConfirm}</div>}
              onConfirm={() => void rotate()}
              okText={X.rotateKey}
              cancelText={X.cancel}
            >
              <Button danger loading={busy}>
                {X.rotateKey}
              </Button>
            </ConfirmPop>
          )}
        </Space>
      </Space>
    </Card>
  );
}
