/** Signing keys over window.api: the main process's key vault (keys:create / keys:public / keys:sign). */
import type { ApiBridge } from '../../shared/ipc/api-bridge';
import { base64ToBytes, bytesToBase64 } from '../../shared/base64';
import { err, ok } from '../../shared/result';
import type { StationKeys } from './station-keys';

export function createElectronKeys(api: ApiBridge): StationKeys {
  const bytes = (b64: string) => base64ToBytes(b64) ?? new Uint8Array();
  return {
    needsPassphrase: true,
    async create(workspaceId, passphrase) {
      if (passphrase === null || [...passphrase].length < 10)
        return err('passphrase-too-short', '签名口令至少 10 个字符。');
      const r = await api.invoke('keys:create', { workspaceId, passphrase });
      return r.ok ? ok({ keyId: r.value.keyId, publicKey: bytes(r.value.publicKeyBase64) }) : r;
    },
    async current(workspaceId) {
      const r = await api.invoke('keys:public', { workspaceId });
      if (!r.ok) return r;
      return ok(
        r.value.key === null
          ? null
          : { keyId: r.value.key.keyId, publicKey: bytes(r.value.key.publicKeyBase64) },
      );
    },
    async sign(workspaceId, keyId, message, passphrase) {
      if (passphrase === null || passphrase === '')
        return err('passphrase-missing', '请输入负责人的签名口令。');
      const r = await api.invoke('keys:sign', {
        workspaceId,
        keyId,
        passphrase,
        messageBase64: bytesToBase64(message),
      });
      return r.ok ? ok(bytes(r.value.signatureBase64)) : r;
    },
  };
}
