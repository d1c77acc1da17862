/**
 * The rule form (DHIS2-style): left / operator / right, importance, missing-value strategy, message
 * and scope. Every keystroke recompiles the draft with the rules core, so a parse error shows under
 * the side it is on, with its position, before the office saves anything.
 */
import { useMemo, useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import type { TableDef } from '../../../shared/catalog/catalog-types';
import { schemaFromTables } from '../../../shared/rules';
import {
  MISSING_VALUE_STRATEGIES,
  MISSING_VALUE_STRATEGY_LABELS,
  RULE_IMPORTANCE_LABELS,
  RULE_IMPORTANCES,
  RULE_OPERATOR_LABELS,
  RULE_OPERATORS,
  type Rule,
} from '../../../shared/rules/rule-types';
import { checkRuleDraft } from './rule-draft';
import { T } from './texts';

export interface RuleEditorModalProps {
  readonly rule: Rule;
  readonly isNew: boolean;
  readonly tables: readonly TableDef[];
  readonly otherIds: readonly string[];
  onCancel(): void;
  onSave(rule: Rule): void;
}

const E = T.editor;

export function RuleEditorModal({ rule, isNew, tables, otherIds, onCancel, onSave }: RuleEditorModalProps) {
  const [draft, setDraft] = useState<Rule>(rule);
  const schema = useMemo(() => schemaFromTables(tables), [tables]);
  const problem = useMemo(() => checkRuleDraft(draft, schema, otherIds), [draft, schema, otherIds]);
  const set = (patch: Partial<Rule>) => setDraft((d) => ({ ...d, ...patch }) as Rule);
  const tableOptions = tables
    .filter((t) => t.status === 'defined')
    .map((t) => ({ value: t.code, label: `${t.code} ${t.name}` }));
  const sideError = (side: 'left' | 'right') =>
    !problem.ok && problem.side === side ? problem.message : undefined;
  const firstTable = draft.scope.kind === 'table' ? draft.scope.table : (draft.scope.tables[0] ?? '');

  return (
    <Modal
      open
      width={820}
      title={isNew ? E.titleNew : E.titleEdit}
      okText={E.ok}
      okButtonProps={{ disabled: !problem.ok }}
      onCancel={onCancel}
      onOk={() => onSave(draft)}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="rule-form">
        <Form.Item label={E.id}>
          <Input
            aria-label={E.id}
            value={draft.id}
            disabled={!isNew}
            onChange={(e) => set({ id: e.target.value.trim() })}
          />
        </Form.Item>
        <Form.Item label={E.name} required>
          <Input aria-label={E.name} value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </Form.Item>
        <Form.Item label={E.scopeKind}>
          <Radio.Group
            value={draft.scope.kind}
            onChange={(e) =>
              set(
                e.target.value === 'table'
                  ? { scope: { kind: 'table', table: firstTable } }
                  : { scope: { kind: 'cross-table', tables: [firstTable] }, context: 'table' },
              )
            }
            options={(['table', 'cross-table'] as const).map((k) => ({ value: k, label: E.scopeKinds[k] }))}
          />
        </Form.Item>
        {draft.scope.kind === 'table' ? (
          <Form.Item label={E.table}>
            <Select
              aria-label={E.table}
              showSearch={{ optionFilterProp: 'label' }}
              value={draft.scope.table}
              options={tableOptions}
              onChange={(v: string) => set({ scope: { kind: 'table', table: v } })}
            />
          </Form.Item>
        ) : (
          <Form.Item label={E.tables}>
            <Select
              mode="multiple"
              aria-label={E.tables}
              showSearch={{ optionFilterProp: 'label' }}
              value={draft.scope.tables}
              options={tableOptions}
              onChange={(v: string[]) => set({ scope: { kind: 'cross-table', tables: v } })}
            />
          </Form.Item>
        )}
        <Form.Item label={E.context}>
          <Radio.Group
            value={draft.context}
            disabled={draft.scope.kind === 'cross-table'}
            onChange={(e) => set({ context: e.target.value as Rule['context'] })}
            options={(['row', 'table'] as const).map((c) => ({ value: c, label: T.contexts[c] }))}
          />
        </Form.Item>
        <Alert type="info" title={E.hint} style={{ marginBottom: 12 }} />
        <Form.Item
          label={E.left}
          required
          validateStatus={sideError('left') ? 'error' : undefined}
          help={sideError('left')}
        >
          <Input.TextArea
            aria-label={E.left}
            autoSize
            value={draft.left}
            onChange={(e) => set({ left: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={E.operator}>
          <Select
            aria-label={E.operator}
            value={draft.operator}
            options={RULE_OPERATORS.map((o) => ({ value: o, label: `${o}  ${RULE_OPERATOR_LABELS[o]}` }))}
            onChange={(v: Rule['operator']) => set({ operator: v })}
          />
        </Form.Item>
        <Form.Item
          label={E.right}
          required
          validateStatus={sideError('right') ? 'error' : undefined}
          help={sideError('right')}
        >
          <Input.TextArea
            aria-label={E.right}
            autoSize
            value={draft.right}
            onChange={(e) => set({ right: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={E.importance}>
          <Select
            aria-label={E.importance}
            value={draft.importance}
            options={RULE_IMPORTANCES.map((i) => ({ value: i, label: RULE_IMPORTANCE_LABELS[i] }))}
            onChange={(v: Rule['importance']) => set({ importance: v })}
          />
        </Form.Item>
        <Form.Item label={E.strategy}>
          <Select
            aria-label={E.strategy}
            value={draft.missingValueStrategy}
            options={MISSING_VALUE_STRATEGIES.map((s) => ({
              value: s,
              label: MISSING_VALUE_STRATEGY_LABELS[s],
            }))}
            onChange={(v: Rule['missingValueStrategy']) => set({ missingValueStrategy: v })}
          />
        </Form.Item>
        <Form.Item label={E.message} required extra={E.messageHelp}>
          <Input
            aria-label={E.message}
            value={draft.message}
            onChange={(e) => set({ message: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={E.description}>
          <Input.TextArea
            aria-label={E.description}
            autoSize
            value={draft.description ?? ''}
            onChange={(e) => set({ description: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={E.enabled}>
          <Switch aria-label={E.enabled} checked={draft.enabled} onChange={(v) => set({ enabled: v })} />
        </Form.Item>
        {problem.ok ? (
          <Alert type="success" showIcon title={E.compiles} data-testid="rule-check" />
        ) : (
          problem.side === null && (
            <Alert type="error" showIcon title={problem.message} data-testid="rule-check" />
          )
        )}
      </Form>
    </Modal>
  );
}
