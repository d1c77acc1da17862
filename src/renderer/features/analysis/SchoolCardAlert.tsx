/** The school's yellow/red card verdict over the basic indicators, with the rule it applies stated. */
import { Alert, Typography } from 'antd';
import { CARD_LABELS, CARD_RULE_TEXT, schoolCard } from '../../../shared/standards';
import { T } from './texts';
import type { AnalysisState } from './use-analysis';

export function SchoolCardAlert({ state }: { readonly state: AnalysisState }) {
  const verdict = schoolCard(state.defs, state.judgements, state.trends.yellowBefore);
  return (
    <Alert
      type={verdict.card === 'none' ? 'success' : verdict.card === 'unknown' ? 'info' : 'warning'}
      message={`${T.card}：${CARD_LABELS[verdict.card]}`}
      description={
        <>
          <div>{verdict.explanation}</div>
          <Typography.Text type="secondary">{CARD_RULE_TEXT}</Typography.Text>
        </>
      }
    />
  );
}
