/**
 * The office's row editing on 附表: opens the row modal for a new or an existing row, removes a row,
 * each through the annex store (one audited write saving the definitions' next version).
 */
import { App } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { AnnexRowEdit } from '../../../shared/annex/annex-defs';
import type { AnnexRowDef, AnnexTableDef } from '../../../shared/annex/annex-types';
import { newUuid } from '../../../shared/ids';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { repository } from '../../data/repository-instance';
import type { Actor } from '../../data/write-outcome';
import { AnnexRowModal, type RowTarget } from './AnnexRowModal';
import { useAnnexStore } from './annex-store';
import { T } from './texts';

export interface RowEditing {
  readonly modal: ReactNode;
  add(table: AnnexTableDef): void;
  edit(table: AnnexTableDef, row: AnnexRowDef): void;
  remove(table: AnnexTableDef, row: AnnexRowDef): Promise<void>;
}

export function useRowEditing(workspace: Workspace | undefined, actor: Actor): RowEditing {
  const { message } = App.useApp();
  const [target, setTarget] = useState<(RowTarget & { tableId: string; isNew: boolean }) | null>(null);
  const [indicators, setIndicators] = useState<readonly { id: string; name: string }[]>([]);
  useEffect(() => {
    if (workspace === undefined) return;
    void repository()
      .loadIndicatorSet(workspace)
      .then((set) => setIndicators(set.indicators.map((i) => ({ id: i.id, name: i.name }))));
  }, [workspace]);
  const apply = async (edit: AnnexRowEdit): Promise<boolean> => {
    const r = await useAnnexStore.getState().editDefs(edit, actor);
    if (!r.ok) void message.error(r.error.message);
    else void message.success(T.rowSaved);
    return r.ok;
  };
  return {
    modal: (
      <AnnexRowModal
        target={target}
        indicators={indicators}
        onCancel={() => setTarget(null)}
        onSave={(row) =>
          target === null
            ? Promise.resolve(false)
            : apply({ kind: target.isNew ? 'add' : 'update', tableId: target.tableId, row })
        }
      />
    ),
    add: (table) =>
      setTarget({
        tableId: table.id,
        tableName: table.name,
        isNew: true,
        row: { id: `${table.id}.r-${newUuid().slice(0, 8)}` },
      }),
    edit: (table, row) => setTarget({ tableId: table.id, tableName: table.name, isNew: false, row }),
    remove: async (table, row) => {
      await apply({ kind: 'remove', tableId: table.id, rowId: row.id });
    },
  };
}
