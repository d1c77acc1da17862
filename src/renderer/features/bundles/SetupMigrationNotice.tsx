/**
 * After a setup bundle changed option lists: what became of this station's stored values. Values the
 * office's decisions did not carry to a new option stay, flagged 待修正, and are listed here so the clerk
 * knows what to correct; nothing is dropped without being said.
 */
import { Alert, Typography } from 'antd';
import type { IncomingReport } from '../../../shared/catalog/incoming-migration';
import { X } from './texts';

export function SetupMigrationNotice({ report }: { report: IncomingReport }) {
  const { mapped, flaggedValues: flagged, frozen } = report;
  const tables = [...new Set(frozen.map((f) => f.split('/')[0] ?? f))].join('、');
  return (
    <Alert
      type={flagged.length > 0 || frozen.length > 0 ? 'warning' : 'info'}
      showIcon
      title={X.migratedTitle}
      data-testid="setup-migrated"
      description={
        <>
          {mapped > 0 && <Typography.Paragraph>{X.migratedMapped(mapped)}</Typography.Paragraph>}
          {flagged.length > 0 && (
            <>
              <Typography.Paragraph>{X.migratedFlagged(flagged.length)}</Typography.Paragraph>
              <ul data-testid="setup-migrated-flagged">
                {flagged.map((f) => (
                  <li key={`${f.tableCode}|${f.fieldLabel}|${f.value}`}>
                    {X.migratedValue(f.tableCode, f.tableName, f.fieldLabel, f.value, f.count)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {frozen.length > 0 && <Typography.Paragraph>{X.migratedFrozen(tables)}</Typography.Paragraph>}
        </>
      }
    />
  );
}
