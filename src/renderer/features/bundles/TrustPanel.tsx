/** 信任列表 (office): the signed list, importing a registration request with a fingerprint check, revoking keys. */
import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { base64ToBytes } from '../../../shared/base64';
import { fingerprintOf } from '../../../shared/bundle/ed25519-keys';
import type { RegistrationRequest } from '../../../shared/bundle/registration';
import type { TrustedKey } from '../../../shared/bundle/trust-list';
import type { Department } from '../../../shared/departments/department-types';
import { STATION_ROLE_LABELS } from '../../../shared/workspace/workspace-types';
import type { ExchangeState } from '../../data/records';
import { getPlatform } from '../../platform/platform';
import type { Acting, ExchangeDeps } from './exchange-context';
import { acceptRegistration, readRegistrationFile, revokeKey } from './key-service';
import { X } from './texts';
import { ConfirmPop } from '../../ui/ConfirmPop';
import { formatLocalDate } from '../../ui/local-time';

interface Props {
  readonly deps: ExchangeDeps;
  readonly acting: Acting;
  readonly state: ExchangeState;
  readonly departments: readonly Department[];
  readonly reload: () => Promise<void>;
}

export function TrustPanel({ deps, acting, state, departments, reload }: Props) {
  const { message } = AntApp.useApp();
  const [error, setError] = useState<string | null>(null);
  const [request, setRequest] = useState<RegistrationRequest | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const name = (code: string) => departments.find((d) => d.code === code)?.name ?? code;
  const list = state.trustList?.list;
  // A rotated key: the department already has valid keys, which stay valid until revoked here.
  const priorKeys = (r: RegistrationRequest) =>
    (list?.keys ?? []).filter(
      (k) => k.departmentCode === r.departmentCode && k.keyId !== r.keyId && k.revokedAt === undefined,
    ).length;

  const pick = async () => {
    setError(null);
    const opened = await getPlatform().openFile({ filters: [{ name: '注册申请', extensions: ['sdd'] }] });
    if (!opened.ok) return setError(opened.error.message);
    if (opened.value.kind !== 'opened') return;
    const r = await readRegistrationFile(deps, opened.value.file.bytes);
    if (!r.ok) return setError(r.error.message);
    setConfirmed(false);
    setRequest(r.value);
  };

  const accept = async () => {
    if (!request) return;
    const r = await acceptRegistration(deps, acting, state, request);
    setRequest(null);
    if (!r.ok) return setError(r.error.message);
    message.success(X.keyAdded(name(request.departmentCode)));
    await reload();
  };

  const revoke = async (keyId: string) => {
    const r = await revokeKey(deps, acting, state, keyId);
    if (!r.ok) return setError(r.error.message);
    message.success(X.keyRevokedDone);
    await reload();
  };

  return (
    <Card
      title={list ? X.trustListVersion(list.version) : X.tabTrust}
      extra={
        <Button type="primary" onClick={() => void pick()} disabled={!list}>
          {X.importRegistration}
        </Button>
      }
      data-testid="trust-panel"
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="trust-error" />
      )}
      {!list && <Alert type="info" showIcon title={X.officeNoKey} />}
      {list && (
        <Table<TrustedKey>
          rowKey="keyId"
          size="small"
          pagination={false}
          dataSource={list.keys}
          data-testid="trust-table"
          columns={[
            { title: '部门', render: (_, k) => `${name(k.departmentCode)}（${k.departmentCode}）` },
            { title: '站点', render: (_, k) => STATION_ROLE_LABELS[k.role] },
            {
              title: X.fingerprint,
              render: (_, k) => (
                <Typography.Text code>
                  {fingerprintOf(base64ToBytes(k.publicKey) ?? new Uint8Array())}
                </Typography.Text>
              ),
            },
            { title: '加入', render: (_, k) => formatLocalDate(k.addedAt) },
            {
              title: '状态',
              render: (_, k) =>
                k.revokedAt ? <Tag color="red">{X.revoked}</Tag> : <Tag color="green">有效</Tag>,
            },
            {
              title: '',
              render: (_, k) =>
                k.role !== 'office' && !k.revokedAt ? (
                  <ConfirmPop
                    title={X.revokeConfirm}
                    onConfirm={() => void revoke(k.keyId)}
                    okText={X.revoke}
                    cancelText={X.cancel}
                  >
                    <Button size="small" danger>
                      {X.revoke}
                    </Button>
                  </ConfirmPop>
                ) : null,
            },
          ]}
        />
      )}
      <Modal
        open={request !== null}
        title={X.confirmFingerprintTitle}
        onCancel={() => setRequest(null)}
        footer={null}
        destroyOnHidden
      >
        {request && (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="registration-confirm">
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label="部门">{`${request.departmentName}（${request.departmentCode}）`}</Descriptions.Item>
              <Descriptions.Item label="站点">{STATION_ROLE_LABELS[request.stationRole]}</Descriptions.Item>
              <Descriptions.Item label="联系人">{request.contact}</Descriptions.Item>
              <Descriptions.Item label={X.fingerprint}>
                <Typography.Text strong style={{ fontSize: 18 }} data-testid="registration-fingerprint">
                  {request.fingerprint}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            {priorKeys(request) > 0 && (
              <Alert
                type="info"
                showIcon
                title={X.newKeyOfDepartment(request.departmentName, priorKeys(request))}
                data-testid="registration-new-key"
              />
            )}
            <Typography.Text type="secondary">{X.fingerprintHint}</Typography.Text>
            <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
              {X.confirmFingerprint}
            </Checkbox>
            <Button type="primary" disabled={!confirmed} onClick={() => void accept()}>
              {X.addToTrust}
            </Button>
          </Space>
        )}
      </Modal>
    </Card>
  );
}
