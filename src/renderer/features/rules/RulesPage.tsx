/**
 * 校验规则: the office edits the year's rules, thresholds and manual checklist items as one draft and
 * saves it as the next ruleset version (audited). Other stations see the rules read-only. Rules that
 * no longer compile (e.g. after a catalog change) are listed, never silently dropped.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Space, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { nextRulesetVersion, type Ruleset } from '../../../shared/rules/ruleset';
import type { Rule } from '../../../shared/rules/rule-types';
import { canEditRules } from '../../../shared/workspace/permissions';
import { useSession } from '../../app/session-store';
import { useWorkspaceData } from '../../data/workspace-data-store';
import { repository } from '../../data/repository-instance';
import { useRulesetStore } from '../../rules-runtime/ruleset-store';
import { useCompiledRules } from '../../rules-runtime/use-compiled-rules';
import { ManualChecksPanel } from './ManualChecksPanel';
import { RuleEditorModal } from './RuleEditorModal';
import { useReturnFocus } from '../../ui/use-return-focus';
import { blankRule } from './rule-draft';
import { RuleTable } from './RuleTable';
import { ThresholdsPanel } from './ThresholdsPanel';
import { T } from './texts';

type Draft = Pick<Ruleset, 'rules' | 'manualChecks' | 'thresholds'>;

export function RulesPage() {
  const { message } = AntApp.useApp();
  const data = useWorkspaceData((s) => s.data);
  const user = useSession((s) => s.user);
  const { ruleset, load, refresh } = useRulesetStore();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [editing, setEditingState] = useState<{ rule: Rule; isNew: boolean } | null>(null);
  const returnFocus = useReturnFocus();
  // Opening remembers the button pressed; closing gives it the focus back.
  const setEditing = (next: { rule: Rule; isNew: boolean } | null) => {
    if (next) returnFocus.remember();
    else returnFocus.restore();
    setEditingState(next);
  };
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (data) void load(data.workspace);
  }, [data, load]);
  const shown: Draft | null = draft ?? ruleset;
  const compiledSource = useMemo(
    () => (shown && ruleset ? { ...ruleset, ...shown } : null),
    [shown, ruleset],
  );
  const { issues } = useCompiledRules(compiledSource, data?.catalog);
  if (!data || !user || !ruleset || !shown) return null;
  const editable = canEditRules(data.workspace.station, user.role);
  const change = (patch: Partial<Draft>) => setDraft({ ...shown, ...patch });

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    const next = nextRulesetVersion(ruleset, draft, new Date().toISOString(), user.name);
    const r = await repository().saveRuleset(data.workspace.id, next, user);
    setSaving(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    setDraft(null);
    await refresh();
    message.success(T.saved(next.version));
  };

  const saveRule = (rule: Rule) => {
    const exists = shown.rules.some((r) => r.id === rule.id);
    change({
      rules: exists ? shown.rules.map((r) => (r.id === rule.id ? rule : r)) : [...shown.rules, rule],
    });
    setEditing(null);
  };

  return (
    <Card
      title={
        <Space>
          {T.title}
          <Tag color="blue" data-testid="ruleset-version">
            {T.version(ruleset.version)}
          </Tag>
          {draft && <Tag color="orange">{T.unsaved}</Tag>}
        </Space>
      }
      extra={
        editable && (
          <Space>
            <Button disabled={!draft} onClick={() => setDraft(null)}>
              {T.discard}
            </Button>
            <Button type="primary" disabled={!draft} loading={saving} onClick={save}>
              {T.save}
            </Button>
          </Space>
        )
      }
    >
      {!editable && (
        <Alert
          type="info"
          showIcon
          title={data.workspace.station.role === 'office' ? T.readOnlyOffice : T.readOnly}
          style={{ marginBottom: 12 }}
        />
      )}
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="rules-error" />
      )}
      {issues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={T.brokenRules(issues.length)}
          description={issues.slice(0, 10).map((i) => (
            <div key={i.ruleId}>
              {i.ruleId}：{i.message}
            </div>
          ))}
        />
      )}
      <Tabs
        items={[
          {
            key: 'rules',
            label: `${T.tabs.rules}（${shown.rules.length}）`,
            children: (
              <>
                {editable && (
                  <Button
                    icon={<PlusOutlined />}
                    style={{ float: 'right' }}
                    onClick={() =>
                      setEditing({
                        rule: blankRule(
                          shown.rules,
                          data.catalog.tables.find((t) => t.status === 'defined')?.code ?? 'A1',
                        ),
                        isNew: true,
                      })
                    }
                  >
                    {T.add}
                  </Button>
                )}
                <RuleTable
                  rules={shown.rules}
                  editable={editable}
                  broken={new Set(issues.map((i) => i.ruleId))}
                  onToggle={(id, enabled) =>
                    change({ rules: shown.rules.map((r) => (r.id === id ? { ...r, enabled } : r)) })
                  }
                  onEdit={(rule) => setEditing({ rule, isNew: false })}
                  onRemove={(id) => change({ rules: shown.rules.filter((r) => r.id !== id) })}
                />
              </>
            ),
          },
          {
            key: 'thresholds',
            label: T.tabs.thresholds,
            children: (
              <ThresholdsPanel
                tables={data.catalog.tables}
                thresholds={shown.thresholds}
                editable={editable}
                onChange={(thresholds) => change({ thresholds })}
              />
            ),
          },
          {
            key: 'manual',
            label: T.tabs.manual,
            children: (
              <ManualChecksPanel
                checks={shown.manualChecks}
                editable={editable}
                onChange={(manualChecks) => change({ manualChecks })}
              />
            ),
          },
        ]}
      />
      {editing && (
        <RuleEditorModal
          rule={editing.rule}
          isNew={editing.isNew}
          tables={data.catalog.tables}
          otherIds={shown.rules.filter((r) => r.id !== editing.rule.id || editing.isNew).map((r) => r.id)}
          onCancel={() => setEditing(null)}
          onSave={saveRule}
        />
      )}
    </Card>
  );
}
