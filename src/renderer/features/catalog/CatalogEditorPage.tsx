/**
 * 采集目录: the office's form-based catalog editor. Edits build a draft through the pure helpers of
 * src/shared/catalog; 保存目录 checks the whole draft against the stored data (validateCatalogChange) and
 * saves it as the next version in one audited write, or shows why not and changes nothing.
 */
import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { FieldDef } from '../../../shared/catalog/catalog-types';
import { addField, moveField, removeField, updateField } from '../../../shared/catalog/field-editing';
import { addTable, renameTable, updateTable } from '../../../shared/catalog/table-editing';
import { validateCatalogChange } from '../../../shared/catalog/validate-catalog-change';
import {
  optionListChanges,
  type OptionListChange,
  type OptionMigration,
} from '../../../shared/catalog/option-migration';
import { OptionMigrationModal } from './OptionMigrationModal';
import { canEditCatalog } from '../../../shared/workspace/permissions';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { repository } from '../../data/repository-instance';
import { useSession } from '../../app/session-store';
import { useLeaveGuard } from '../../app/leave-guard';
import { useCatalogDraft } from './use-catalog-draft';
import { storedValuesFor } from './stored-values';
import { CatalogTableList } from './CatalogTableList';
import { TableProperties } from './TableProperties';
import { FieldTable } from './FieldTable';
import { FieldEditorModal, type FieldFormValues } from './FieldEditorModal';
import { NewTableModal } from './NewTableModal';
import { T } from './texts';
import { backupBefore } from '../backup/backup-before';

export function CatalogEditorPage() {
  const { message } = AntApp.useApp();
  const data = useWorkspaceData((s) => s.data);
  const saveCatalog = useWorkspaceData((s) => s.saveCatalog);
  const user = useSession((s) => s.user);
  const saved = data?.catalog;
  const edit = useCatalogDraft(saved ?? { version: 1, updatedAt: '', tables: [] });
  const [selected, setSelected] = useState<string | null>(null);
  const [fieldModal, setFieldModal] = useState<{ field: FieldDef | null } | null>(null);
  const [addingTable, setAddingTable] = useState(false);
  const [saving, setSaving] = useState(false);
  const [stranded, setStranded] = useState<readonly OptionListChange[] | null>(null);
  useLeaveGuard(edit.dirty, T.unsavedLeave);
  if (!data || !user || !saved) return null;
  const readOnly = !canEditCatalog(data.workspace.station, user.role);
  const { draft } = edit;
  const table = draft.tables.find((t) => t.code === (selected ?? draft.tables[0]?.code)) ?? null;

  /** Without a migration, an option-list change that strands stored values first asks what to do. */
  const save = async (migration?: OptionMigration) => {
    setSaving(true);
    try {
      const values = await storedValuesFor(saved, draft, (code) =>
        repository().loadAllRows(data.workspace.id, code),
      );
      if (migration === undefined) {
        const changes = optionListChanges(saved, draft, values);
        if (changes.length > 0) return setStranded(changes);
      }
      setStranded(null);
      const r = validateCatalogChange(saved, draft, values, new Date().toISOString(), migration);
      if (!r.ok) return edit.setError(r.error.message);
      // A catalog change can make stored values invalid: back up first, and refuse if that fails.
      const backedUp = await backupBefore(data.workspace.id, 'catalog-change');
      if (!backedUp.ok) return edit.setError(backedUp.error.message);
      const written = await saveCatalog(r.value, { name: user.name, role: user.role }, migration);
      if (!written.ok) return edit.setError(written.error.message);
      edit.reset();
      const mapped = Object.values(migration ?? {}).some((d) => Object.values(d).some((to) => to !== null));
      message.success(T.saved(r.value.version) + (mapped ? T.migratedNote : ''));
    } catch (e) {
      edit.setError(`保存失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(false);
    }
  };

  const submitField = (v: FieldFormValues): boolean => {
    if (!table || !fieldModal) return false;
    const ok = edit.apply(
      fieldModal.field
        ? updateField(draft, table.code, fieldModal.field.key, v)
        : addField(draft, table.code, v),
    );
    if (ok) setFieldModal(null);
    return ok;
  };

  return (
    <Card
      title={
        <Space>
          {T.title}
          <Tag data-testid="catalog-version">{T.version(saved.version)}</Tag>
          {edit.dirty && <Tag color="orange">{T.unsaved}</Tag>}
        </Space>
      }
      extra={
        !readOnly && (
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setAddingTable(true)}>
              {T.addTable}
            </Button>
            <Button disabled={!edit.dirty} onClick={edit.reset}>
              {T.discard}
            </Button>
            <Button type="primary" disabled={!edit.dirty} loading={saving} onClick={() => void save()}>
              {T.save}
            </Button>
          </Space>
        )
      }
      styles={{ body: { display: 'flex', gap: 16, height: 'calc(100vh - 190px)' } }}
    >
      <div style={{ width: 300, flexShrink: 0 }}>
        <CatalogTableList catalog={draft} selected={table?.code ?? null} onSelect={setSelected} />
      </div>
      <div style={{ flex: 1, overflow: 'auto' }}>
        {readOnly && (
          <Alert
            type="info"
            showIcon
            title={data.workspace.station.role === 'office' ? T.readOnlyOffice : T.readOnly}
            style={{ marginBottom: 12 }}
          />
        )}
        {edit.error && (
          <Alert
            type="error"
            showIcon
            closable
            title={edit.error}
            style={{ marginBottom: 12 }}
            data-testid="catalog-error"
          />
        )}
        {!table ? (
          <Empty />
        ) : (
          <>
            <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="catalog-table-title">
              {table.code} {table.name}
              {table.officialCode && (
                <Typography.Text type="secondary"> （原编号 {table.officialCode}）</Typography.Text>
              )}
            </Typography.Title>
            {table.status === 'pending' && (
              <Alert type="warning" showIcon title={T.pendingTable} style={{ marginBottom: 12 }} />
            )}
            <TableProperties
              table={table}
              departments={data.departments}
              readOnly={readOnly}
              onRename={(name) => edit.apply(renameTable(draft, table.code, name))}
              onPatch={(patch) => edit.apply(updateTable(draft, table.code, patch))}
            />
            <Space style={{ margin: '8px 0' }}>
              <Typography.Text strong>
                {T.fields}（{table.fields.length}）
              </Typography.Text>
              {!readOnly && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setFieldModal({ field: null })}>
                  {T.addField}
                </Button>
              )}
            </Space>
            <FieldTable
              table={table}
              readOnly={readOnly}
              onEdit={(field) => setFieldModal({ field })}
              onMove={(f, to) => edit.apply(moveField(draft, table.code, f.key, to))}
              onRemove={(f) => edit.apply(removeField(draft, table.code, f.key))}
            />
          </>
        )}
      </div>
      <FieldEditorModal
        open={fieldModal !== null}
        field={fieldModal?.field ?? null}
        readOnly={readOnly}
        onSubmit={submitField}
        onCancel={() => setFieldModal(null)}
      />
      {stranded && (
        <OptionMigrationModal
          changes={stranded}
          onConfirm={(m) => void save(m)}
          onCancel={() => setStranded(null)}
        />
      )}
      <NewTableModal
        open={addingTable}
        categories={[...new Set(draft.tables.map((t) => t.category))]}
        onCancel={() => setAddingTable(false)}
        onSubmit={(input) => {
          const ok = edit.apply(addTable(draft, input));
          if (ok) {
            setAddingTable(false);
            setSelected(input.code);
          }
          return ok;
        }}
      />
    </Card>
  );
}
