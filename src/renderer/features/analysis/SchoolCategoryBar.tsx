/**
 * The school category the standards are read for (saved with the standards as their next version),
 * and, for the office, the threshold file import beside it. Departments see the category read-only.
 */
import { Select, Space, Typography, message } from 'antd';
import {
  SCHOOL_CATEGORIES,
  SCHOOL_CATEGORY_LABELS,
  type SchoolCategory,
  type StandardSet,
} from '../../../shared/standards';
import type { Workspace } from '../../../shared/workspace/workspace-types';
import { repository } from '../../data/repository-instance';
import { ThresholdImportButton } from './ThresholdImportButton';
import { T } from './texts';

interface Props {
  readonly workspace: Workspace;
  readonly standards: StandardSet;
  readonly user: { readonly name: string; readonly role: string };
  readonly office: boolean;
  onSaved(): void;
}

export function SchoolCategoryBar({ workspace, standards, user, office, onSaved }: Props) {
  const choose = async (category: SchoolCategory) => {
    const r = await repository().saveStandardSet(
      workspace.id,
      { ...standards, version: standards.version + 1, category },
      { name: user.name, role: user.role },
    );
    if (r.ok) {
      void message.success(T.categorySaved);
      onSaved();
    } else void message.error(r.error.message);
  };
  return (
    <Space>
      <Typography.Text>{T.category}</Typography.Text>
      <Select
        style={{ width: 240 }}
        placeholder={T.categoryPlaceholder}
        aria-label={T.category}
        value={standards.category ?? undefined}
        disabled={!office}
        onChange={(v: SchoolCategory) => void choose(v)}
        options={SCHOOL_CATEGORIES.map((c) => ({ value: c, label: SCHOOL_CATEGORY_LABELS[c] }))}
      />
      {office && (
        <ThresholdImportButton workspace={workspace} standards={standards} user={user} onSaved={onSaved} />
      )}
    </Space>
  );
}
