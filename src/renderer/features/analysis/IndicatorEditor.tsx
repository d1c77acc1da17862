/**
 * 编辑指标 (office): one indicator's definition and its standards, each saved as the next version of its
 * set through the data writer (audited, validated whole; a refusal names what is wrong and saves nothing).
 * The next setup bundle carries both to the departments.
 */
import { useState } from 'react';
import { App as AntApp, Drawer, Tabs } from 'antd';
import type { IndicatorDef, IndicatorSet } from '../../../shared/indicators';
import { withIndicator } from '../../../shared/indicators/indicator-edit';
import { withIndicatorStandards, type StandardSet } from '../../../shared/standards';
import type { WorkspaceData } from '../../data/workspace-data-store';
import { repository } from '../../data/repository-instance';
import type { WriteOutcome } from '../../data/write-outcome';
import { IndicatorDefinitionForm } from './IndicatorDefinitionForm';
import { IndicatorStandardsForm } from './IndicatorStandardsForm';
import { T } from './texts';

export interface IndicatorEditorProps {
  readonly def: IndicatorDef | null;
  readonly set: IndicatorSet;
  readonly standards: StandardSet;
  readonly data: WorkspaceData;
  readonly user: { readonly name: string; readonly role: string };
  /** A new indicator: titled 新建指标, and its standards are set once it is saved. */
  readonly isNew?: boolean;
  onClose(): void;
  onSaved(): void;
}

export function IndicatorEditor({
  def,
  set,
  standards,
  data,
  user,
  isNew = false,
  onClose,
  onSaved,
}: IndicatorEditorProps) {
  const { message, modal } = AntApp.useApp();
  const [saving, setSaving] = useState(false);
  const save = async (write: () => Promise<WriteOutcome>, done: string) => {
    setSaving(true);
    const r = await write();
    setSaving(false);
    if (!r.ok) {
      modal.error({ title: T.editor.save, content: r.error.message });
      return;
    }
    void message.success(done);
    onSaved();
  };
  return (
    <Drawer
      open={def !== null}
      width={760}
      title={def === null ? '' : isNew ? T.list.createTitle : T.editor.title(def.name)}
      onClose={onClose}
      destroyOnHidden
    >
      {def !== null && (
        <Tabs
          items={[
            {
              key: 'definition',
              label: T.editor.tabDefinition,
              children: (
                <IndicatorDefinitionForm
                  def={def}
                  data={data}
                  saving={saving}
                  onSave={(edited) => {
                    const next = withIndicator(set, edited);
                    void save(
                      () => repository().saveIndicatorSet(data.workspace.id, next, user),
                      isNew ? T.list.created(next.version) : T.editor.saved(next.version),
                    );
                  }}
                />
              ),
            },
            ...(isNew
              ? []
              : [
                  {
                    key: 'standards',
                    label: T.editor.tabStandards,
                    children: (
                      <IndicatorStandardsForm
                        def={def}
                        standards={standards}
                        saving={saving}
                        onSave={(entries, target) => {
                          const next = withIndicatorStandards(standards, def.id, entries, target);
                          void save(
                            () => repository().saveStandardSet(data.workspace.id, next, user),
                            T.editor.standardsSaved(next.version),
                          );
                        }}
                      />
                    ),
                  },
                ]),
          ]}
        />
      )}
    </Drawer>
  );
}
