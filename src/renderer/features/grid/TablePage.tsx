/** One table of 我的任务 opened for entry. */
import { Card } from 'antd';

export function TablePage({ tableCode }: { tableCode: string }) {
  return <Card title={tableCode} />;
}
