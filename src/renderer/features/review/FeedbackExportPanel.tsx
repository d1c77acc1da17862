/**
 * 导出审核反馈包 (office / summary station): one feedback bundle per station this one received slices
 * from, carrying every upstream decision on them (buildFeedbackPayload). Signing and sealing is the
 * bundle feature's (exportFeedbackBundle); the receiving station applies it with applyFeedbackInTx.
 */
import { useEffect, useRef, useState } from 'react';
import { App as AntApp, Button, Card, Input, Space, Typography } from 'antd';
import { buildFeedbackPayload, feedbackAddressees } from '../../../shared/review/feedback-exchange';
import type { Submission } from '../../../shared/review/review-types';
import type { Department } from '../../../shared/departments/department-types';
import {
  departmentsWithItems,
  withRectifications,
} from '../../../shared/rectification/rectification-bundles';
import type { RectificationItem } from '../../../shared/rectification/rectification-types';
import { correctionAddressees, withCorrections } from '../../../shared/review/correction-feedback';
import type { SliceCorrection } from '../../../shared/review/slice-correction';
import type { UpdateRequest } from '../../../shared/review/update-request';
import { answeredDepartments, withUpdateAnswers } from '../../../shared/review/update-request-route';
import { repository } from '../../data/repository-instance';
import { exportFeedbackBundle } from '../bundles/data-export';
import { saveBundleFile, useExchange } from '../bundles/use-exchange';
import { useFeedbackFocus } from './feedback-focus';
import { F } from './texts';

export function FeedbackExportPanel({
  submissions,
  departments,
}: {
  submissions: readonly Submission[];
  departments: readonly Department[];
}) {
  const { message } = AntApp.useApp();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const { deps, acting, reload } = useExchange(passphrase === '' ? null : passphrase);
  // The office's 整改 items go down in the same feedback bundle as its review decisions.
  const [items, setItems] = useState<readonly RectificationItem[]>([]);
  const officeId = acting?.workspace.station.role === 'office' ? acting.workspace.id : null;
  // …and so do its 校级更正, each down the route its slice came.
  const [corrections, setCorrections] = useState<readonly SliceCorrection[]>([]);
  // …and its answers to 申请更新.
  const [requests, setRequests] = useState<readonly UpdateRequest[]>([]);
  useEffect(() => {
    if (officeId === null) return;
    void repository().listRectifications(officeId).then(setItems);
    void repository().listCorrections(officeId).then(setCorrections);
    void repository().listUpdateRequests(officeId).then(setRequests);
  }, [officeId, submissions]);
  const ref = useRef<HTMLDivElement>(null);
  const focusRequested = useFeedbackFocus((s) => s.requested);
  const ready = acting !== null;
  useEffect(() => {
    if (!focusRequested || !ready || !ref.current) return;
    ref.current.scrollIntoView({ block: 'start' });
    useFeedbackFocus.getState().done();
  }, [focusRequested, ready]);
  if (!acting) return null;
  const station = acting.workspace.station;
  const addressees = [
    ...new Set([
      ...feedbackAddressees(submissions, station),
      ...departmentsWithItems(items),
      ...correctionAddressees(corrections, submissions),
      ...answeredDepartments(requests, submissions),
    ]),
  ].sort();
  const name = (code: string) => departments.find((d) => d.code === code)?.name ?? code;

  const send = async (addressee: string) => {
    setBusy(addressee);
    const payload = withUpdateAnswers(
      withCorrections(
        withRectifications(buildFeedbackPayload(submissions, station, addressee), items, addressee),
        corrections,
        submissions,
        station,
        addressee,
      ),
      requests,
      addressee,
      submissions,
    );
    const r = await exportFeedbackBundle(deps, acting, addressee, payload);
    if (!r.ok) message.error({ content: r.error.message, duration: 8 });
    else {
      const saved = await saveBundleFile(r.value.fileName, r.value.bytes);
      if (saved.ok)
        message.success(
          F.exported(
            name(addressee),
            payload.decisions.length,
            payload.rectifications?.length ?? 0,
            payload.corrections?.length ?? 0,
          ),
        );
      else message.error(saved.message);
      await reload();
    }
    setBusy(null);
  };

  return (
    <div ref={ref}>
      <Card size="small" title={F.title} data-testid="feedback-export">
        {addressees.length === 0 ? (
          <Typography.Text type="secondary">{F.none}</Typography.Text>
        ) : (
          <Space direction="vertical">
            <Input.Password
              style={{ width: 320 }}
              placeholder={F.passphrase}
              aria-label={F.passphrase}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            <Space wrap>
              {addressees.map((a) => (
                <Button key={a} loading={busy === a} onClick={() => void send(a)}>
                  {F.exportTo(name(a))}
                </Button>
              ))}
            </Space>
          </Space>
        )}
      </Card>
    </div>
  );
}
