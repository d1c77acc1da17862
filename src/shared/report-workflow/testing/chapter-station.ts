/**
 * Test kit: chapter bundles signed by the fixture keys, and a station that imports them the way the app
 * does — the common verification in runVerifyOp (as the verify Worker runs it), then the chapter checks
 * — keeping its sequence marks (the relayed original's too). Only tests import it.
 */
import { buildBundle } from '../../bundle/testing/bundle-fixtures';
import { officeContext, testKeys } from '../../bundle/testing/bundle-fixtures';
import type { BundleFileInput } from '../../bundle/bundle-writer';
import type { Ed25519KeyPair } from '../../bundle/ed25519-keys';
import type { ManifestFields } from '../../bundle/manifest';
import type { SequenceState } from '../../bundle/sequence-policy';
import { runVerifyOp, type PlainVerifyContext } from '../../bundle/verify-ops';
import type { VerifyContext } from '../../bundle/verify-bundle';
import type { StationRole } from '../../workspace/workspace-types';
import { checkChapterBundle } from '../chapter-delivery';
import { chapterFiles, type ChapterPayload, type ChapterSubmission } from '../chapter-payload';
import type { ChapterWork } from '../chapter-types';
import { chapterDoc, workOf } from './chapter-fixtures';

export function submission(overrides: Partial<ChapterSubmission> = {}): ChapterSubmission {
  return {
    format: 'sdd-chapter',
    version: 1,
    from: 'department',
    assignmentId: 'as-students',
    revision: 1,
    title: '学生发展',
    content: chapterDoc(),
    approvedBy: '李主任',
    approvedAt: '2026-04-01T08:00:00.000Z',
    note: '',
    ...overrides,
  };
}

export function chapterBundle(
  payload: ChapterPayload,
  fields: Partial<ManifestFields> = {},
  signer: Ed25519KeyPair = testKeys().jwc,
  files: BundleFileInput[] = chapterFiles(payload),
) {
  return buildBundle({ fields: { kind: 'chapter', ...fields }, signer, files });
}

function plain(ctx: VerifyContext, states: Map<string, SequenceState>): PlainVerifyContext {
  const { sequenceState: _s, validateTable: _v, ...rest } = ctx;
  return {
    ...rest,
    sequences: [...states].map(([key, s]) => {
      const [keyId, addressee] = key.split('|') as [string, string];
      return { keyId, addressee, lastSeq: s.lastSeq, hashes: [...s.hashes] };
    }),
  };
}

/** A station (the office by default) that imports chapter bundles; returns the code and message. */
export function chapterStation(
  held: readonly ChapterWork[] = [workOf()],
  here = 'OFFICE',
  dept = 'DDS',
  role: StationRole = 'department',
) {
  const states = new Map<string, SequenceState>();
  const ctx = officeContext(here === 'OFFICE' ? {} : { station: { role, departmentCode: dept } }, states);
  return {
    importBundle(b: Uint8Array): { code: string; message: string } {
      const v = runVerifyOp('verify', {
        bytes: b,
        ctx: { ...plain(ctx, states), acceptKinds: ['chapter'] },
        payload: 'chapter',
      });
      if (!v.ok) return v.error;
      const { verified, chapter, chapterRelay } = v.value;
      if (verified.status === 'already-imported') return { code: 'already-imported', message: '' };
      if (chapter === undefined) return { code: 'no-payload', message: '' };
      const c = checkChapterBundle(
        chapter,
        verified.manifest.sender,
        here,
        (id) => held.find((w) => w.assignment.id === id),
        undefined,
        chapterRelay,
      );
      if (!c.ok) return c.error;
      if (verified.nextSequenceState)
        states.set(`${verified.manifest.keyId}|${verified.manifest.addressee}`, verified.nextSequenceState);
      if (chapterRelay?.nextSequenceState)
        states.set(`${chapterRelay.keyId}|${chapterRelay.addressee}`, chapterRelay.nextSequenceState);
      return { code: 'ok', message: '' };
    },
  };
}
