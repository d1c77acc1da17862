/**
 * Everything that reads an untrusted bundle's bytes, as operations over plain, structured-cloneable
 * data (docs/ARCHITECTURE.md §5: untrusted files are parsed in a disposable Worker). The renderer runs them in a
 * Worker created per import batch and terminated after; tests run the same `runVerifyOp` in process. What
 * needs the station's database (trust list, sequence state, task routes) is passed in as data, so the
 * Worker never touches the database and only validated, structured results come back.
 */
import type { TableDef } from '../catalog/catalog-types';
import { readChapterPayload, type ChapterPayload } from '../report-workflow/chapter-payload';
import { verifyChapterRelay, type RelayedChapter } from '../report-workflow/chapter-relay';
import { err, ok, type Result } from '../result';
import { readFeedbackPayload, type FeedbackPayload } from '../review/feedback-payload';
import { verifyRelay, type RelayedFeedback } from '../review/feedback-relay';
import { ANNEX_BUNDLE_ENTRY } from '../annex/annex-bundle-entry';
import { REVIEW_ENTRY } from '../review/submission-entry';
import type { TaskAssignment } from '../tasks/task-types';
import { peekBundle } from './bundle-peek';
import { deliveryValidator } from './delivery-check';
import { verifyForwardContents, type ForwardContents } from './forward';
import type { Manifest } from './manifest';
import { prepareEntries, type PreparedEntries } from './native-prepass';
import { receivedQualities, type ReceivedQuality } from './received-quality';
import { readReceiptPayload, type ReceiptPayload } from './receipt';
import { readRegistration, type RegistrationRequest } from './registration';
import type { SequenceState } from './sequence-policy';
import {
  inspectFirstSetup,
  verifySetupBundle,
  type ClaimedOffice,
  type HeldTrust,
  type VerifiedSetup,
} from './setup-bundle';
import { verifyBundle, type VerifiedBundle, type VerifyContext } from './verify-bundle';

/** One stored sequence high-water mark, as the database keeps it. */
export interface SequenceEntry {
  readonly keyId: string;
  readonly addressee: string;
  readonly lastSeq: number;
  readonly hashes: ReadonlyArray<readonly [number, string]>;
}

/** VerifyContext as data: the sequence lookup becomes the stored entries, the table check a rule. */
export type PlainVerifyContext = Omit<VerifyContext, 'sequenceState' | 'validateTable'> & {
  readonly sequences: readonly SequenceEntry[];
};

/** The routes a data import accepts (see routes.ts mayDeliver): tables of this year's catalog and tasks. */
export interface DeliveryRule {
  readonly here: string;
  readonly tasks: readonly TaskAssignment[];
  readonly catalogTables: readonly string[];
}

export interface VerifiedImport {
  /**
   * Tables come back parsed; of the raw payload only files/review.json and files/annex.json (read by the
   * page against the slices and the annex definitions) are sent back: copying every inflated entry across postMessage would only cost time.
   */
  readonly verified: VerifiedBundle;
  /** The second layer, when the bundle is a forward bundle and `forward` was asked for. */
  readonly forward?: ForwardContents;
  /** The validated payload of a new receipt or feedback bundle, when `payload` was asked for. */
  readonly receipt?: ReceiptPayload;
  readonly feedback?: FeedbackPayload;
  /** The validated payload of a new chapter bundle (report-workflow/chapter-payload.ts). */
  readonly chapter?: ChapterPayload;
  /** The department's signed chapter a summary department's relay carries, verified. */
  readonly chapterRelay?: RelayedChapter;
  /** The office's own signed feedback a summary department's feedback bundle relays, verified. */
  readonly relay?: RelayedFeedback;
  /** Each delivered slice's quality (received-quality.ts), when `quality` table definitions were sent. */
  readonly qualities?: readonly ReceivedQuality[];
}

export interface VerifyOps {
  /** The manifest only (limits, canonical zip parse, bounded manifest JSON), to route a file by kind. */
  readonly peek: { readonly req: { readonly bytes: Uint8Array }; readonly res: Manifest };
  readonly verify: {
    readonly req: {
      readonly bytes: Uint8Array;
      readonly ctx: PlainVerifyContext;
      readonly delivery?: DeliveryRule;
      readonly forward?: boolean;
      /** Parse and validate a receipt's or feedback bundle's payload here too (bounded JSON + schema). */
      readonly payload?: 'receipt' | 'feedback' | 'chapter';
      /** The catalog tables this station may receive: each delivered slice is measured against them. */
      readonly quality?: readonly TableDef[];
    };
    readonly res: VerifiedImport;
  };
  readonly 'inspect-setup': { readonly req: { readonly bytes: Uint8Array }; readonly res: ClaimedOffice };
  readonly 'verify-setup': {
    readonly req: {
      readonly bytes: Uint8Array;
      readonly ctx: Omit<PlainVerifyContext, 'trustList' | 'acceptKinds'>;
      readonly held: HeldTrust | null;
    };
    readonly res: VerifiedSetup;
  };
  readonly 'read-registration': {
    readonly req: { readonly bytes: Uint8Array };
    readonly res: RegistrationRequest;
  };
}

export type VerifyOp = keyof VerifyOps;
export type VerifyRequest = {
  [K in VerifyOp]: { readonly op: K; readonly req: VerifyOps[K]['req'] };
}[VerifyOp];
export type VerifyResult<K extends VerifyOp> = Result<VerifyOps[K]['res']>;

/** How the renderer runs an operation: in a disposable Worker (the app) or in process (unit tests). */
export type VerifyRunner = <K extends VerifyOp>(op: K, req: VerifyOps[K]['req']) => Promise<VerifyResult<K>>;

/** A batch of operations on one disposable Worker (the app), closed when the batch is done. */
export interface VerifySession {
  readonly run: VerifyRunner;
  close(): void;
}

export function sequenceLookupOf(
  entries: readonly SequenceEntry[],
): (keyId: string, addressee: string) => SequenceState | undefined {
  const map = new Map(entries.map((s) => [`${s.keyId}|${s.addressee}`, s]));
  return (keyId, addressee) => {
    const s = map.get(`${keyId}|${addressee}`);
    return s === undefined
      ? undefined
      : { lastSeq: s.lastSeq, hashes: new Map(s.hashes.map(([n, h]) => [n, h])) };
  };
}

function contextOf(plain: PlainVerifyContext, delivery?: DeliveryRule): VerifyContext {
  const { sequences, ...rest } = plain;
  return {
    ...rest,
    sequenceState: sequenceLookupOf(sequences),
    ...(delivery === undefined ? {} : { validateTable: deliveryValidator(delivery) }),
  };
}

function verifyImport(req: VerifyOps['verify']['req'], prepared?: PreparedEntries): Result<VerifiedImport> {
  const full = verifyImportFull(req, prepared);
  if (!full.ok) return full;
  const { verified, forward } = full.value;
  return ok({
    ...full.value,
    verified: { ...verified, files: onlyNoticeEntries(verified.files) },
    ...(req.quality === undefined ? {} : { qualities: receivedQualities(verified, forward, req.quality) }),
  });
}

const isNoticeEntry = (path: string): boolean => path === REVIEW_ENTRY || path === ANNEX_BUNDLE_ENTRY;

/** The small entries the renderer reads itself: the review record and the sender's annex figures. */
function onlyNoticeEntries(files: ReadonlyMap<string, Uint8Array>): ReadonlyMap<string, Uint8Array> {
  return new Map([...files].filter(([path]) => isNoticeEntry(path)));
}

/** A forward bundle's files without those two entries: the forward check expects only the originals. */
function onlyOriginals(v: VerifiedBundle): VerifiedBundle {
  return { ...v, files: new Map([...v.files].filter(([path]) => !isNoticeEntry(path))) };
}

function verifyImportFull(
  req: VerifyOps['verify']['req'],
  prepared?: PreparedEntries,
): Result<VerifiedImport> {
  const verified = verifyBundle(req.bytes, contextOf(req.ctx, req.delivery), prepared);
  if (!verified.ok) return verified;
  if (req.payload !== undefined && verified.value.status === 'new')
    return withPayload(verified.value, req.payload, contextOf(req.ctx));
  if (req.forward !== true || verified.value.manifest.kind !== 'forward')
    return ok({ verified: verified.value });
  // Contributors' originals are checked against their own route (the summary department), not this one.
  // files/review.json and the summary's own files/annex.json travel beside the originals; the forward
  // check reads the originals only.
  const delivery = req.delivery;
  const forward = verifyForwardContents(
    onlyOriginals(verified.value),
    contextOf(req.ctx),
    delivery === undefined ? undefined : (summary) => deliveryValidator({ ...delivery, here: summary }),
  );
  return forward.ok ? ok({ verified: verified.value, forward: forward.value }) : forward;
}

/** A notice bundle's payload, read from its verified files in the Worker; a bad payload refuses the bundle. */
function withPayload(
  verified: VerifiedBundle,
  kind: 'receipt' | 'feedback' | 'chapter',
  ctx: VerifyContext,
): Result<VerifiedImport> {
  if (verified.manifest.kind !== kind) return ok({ verified });
  if (kind === 'chapter') {
    const chapter = readChapterPayload(verified.files);
    if (!chapter.ok) return chapter;
    if (chapter.value.from !== 'relay') return ok({ verified, chapter: chapter.value });
    const relayed = verifyChapterRelay(verified, chapter.value, ctx);
    return relayed.ok ? ok({ verified, chapter: chapter.value, chapterRelay: relayed.value }) : relayed;
  }
  if (kind === 'receipt') {
    const receipt = readReceiptPayload(verified.files);
    return receipt.ok ? ok({ verified, receipt: receipt.value }) : receipt;
  }
  const feedback = readFeedbackPayload(verified.files);
  if (!feedback.ok) return feedback;
  const relay = verifyRelay(verified, ctx);
  if (!relay.ok) return relay;
  return ok({ verified, feedback: feedback.value, ...(relay.value === null ? {} : { relay: relay.value }) });
}

function dispatch(request: VerifyRequest, prepared?: PreparedEntries): Result<unknown> {
  switch (request.op) {
    case 'peek': {
      const p = peekBundle(request.req.bytes, { manifestOnly: true });
      return p.ok ? ok(p.value.manifest) : p;
    }
    case 'verify':
      return verifyImport(request.req, prepared);
    case 'inspect-setup':
      return inspectFirstSetup(request.req.bytes);
    case 'verify-setup': {
      const { sequences, ...rest } = request.req.ctx;
      return verifySetupBundle(
        request.req.bytes,
        { ...rest, sequenceState: sequenceLookupOf(sequences) },
        request.req.held,
      );
    }
    case 'read-registration':
      return readRegistration(request.req.bytes);
  }
}

const INTERNAL_ERROR = '校验数据包时发生内部错误；请将此文件交给技术人员。';

/** Runs one operation; never throws (a bug becomes a Chinese 'internal-error'). */
export function runVerifyOp<K extends VerifyOp>(op: K, req: VerifyOps[K]['req']): VerifyResult<K> {
  try {
    return dispatch({ op, req } as VerifyRequest) as VerifyResult<K>;
  } catch {
    return err('internal-error', INTERNAL_ERROR);
  }
}

/**
 * What the verify Worker runs: the same operation, a full verification preceded by the native pre-pass
 * (native-prepass.ts: platform inflate and SHA-256 of the payload entries, WebCrypto Ed25519 of the
 * manifest signature). Never throws.
 */
export async function runVerifyOpAsync<K extends VerifyOp>(
  op: K,
  req: VerifyOps[K]['req'],
): Promise<VerifyResult<K>> {
  try {
    const request = { op, req } as VerifyRequest;
    const prepared =
      request.op === 'verify'
        ? await prepareEntries(request.req.bytes, request.req.ctx.limits, request.req.ctx.trustList)
        : undefined;
    return dispatch(request, prepared) as VerifyResult<K>;
  } catch {
    return err('internal-error', INTERNAL_ERROR);
  }
}
