/** The grid page as a registered page: keyed by table so switching tables starts a fresh grid. */
import type { PageProps } from '../../app/page-registry';
import { TablePage } from './TablePage';

export function TablePageRoute({ tableCode }: PageProps) {
  return tableCode ? <TablePage key={tableCode} tableCode={tableCode} /> : null;
}
