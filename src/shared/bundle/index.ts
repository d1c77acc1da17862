/**
 * Signed bundles (docs/ARCHITECTURE.md §6): the public surface for the main process, the renderer's import and
 * export features and their workers. Test kits under ./testing are not exported.
 */
export { bytesToBase64, base64ToBytes } from '../base64';
export { DEFAULT_BUNDLE_LIMITS, resolveLimits, type BundleLimits } from './bundle-limits';
export {
  writeBundle,
  type BundleFileInput,
  type WriteBundleInput,
  type WrittenBundle,
  type WriteBundleErrorCode,
} from './bundle-writer';
export { BUNDLE_KIND_LABELS } from './bundle-messages';
export { parseBoundedJson, type JsonBounds } from './bounded-json';
export {
  decodePublicKey,
  decodeSignatureText,
  fingerprintOf,
  generateKeyPair,
  keyIdOf,
  publicKeyOf,
  signBytes,
  verifySignature,
  type Ed25519KeyPair,
} from './ed25519-keys';
export {
  BUNDLE_KINDS,
  OFFICE_ADDRESSEE,
  bundleHashOf,
  manifestBytes,
  manifestSchema,
  type BundleKind,
  type Manifest,
  type ManifestFields,
  type ManifestFile,
} from './manifest';
export {
  decideSequence,
  EMPTY_SEQUENCE_STATE,
  MAX_SEQ_JUMP,
  type SequenceDecision,
  type SequenceState,
} from './sequence-policy';
export { diffSlice, naturalKeyOf, type CellChange, type RowDiff, type SliceDiff } from './slice-diff';
export { unionSlices, type ContributorSlice, type KeyCollision, type SliceUnion } from './slice-union';
export { tableEntryPath, tableFileSchema, type TableFile } from './table-file';
export {
  signTrustList,
  trustListSchema,
  trustedKeyIndex,
  verifyTrustList,
  type KeyRole,
  type TrustList,
  type TrustedKey,
} from './trust-list';
export {
  verifyBundle,
  type BundleWarning,
  type VerifiedBundle,
  type VerifyContext,
  type VerifyErrorCode,
} from './verify-bundle';
export { readBundleContainer, type BundleContainer } from './zip-reader';
export { encodeZip, fflateCompressor, type CompressedEntry, type EntryCompressor } from './zip-writer';
export { assembleBundle, prepareManifest, writeBundleAsync, type PreparedManifest } from './bundle-writer';
export { peekBundle, type PeekedBundle } from './bundle-peek';
export {
  readRegistration,
  registrationBundleInput,
  registrationSchema,
  REGISTRATION_ENTRY,
  type RegistrationPayload,
  type RegistrationRequest,
} from './registration';
export {
  collectionNoticeSchema,
  EMPTY_NOTICE,
  setupPayloadSchema,
  type CollectionNotice,
  type SetupPayload,
} from './setup-payload';
export {
  inspectFirstSetup,
  setupBundleFiles,
  verifySetupBundle,
  type ClaimedOffice,
  type HeldTrust,
  type VerifiedSetup,
} from './setup-bundle';
export { readReceiptPayload, receiptFiles, receiptPayloadSchema, type ReceiptPayload } from './receipt';
export {
  originalEntryPath,
  planForward,
  verifyForwardContents,
  type ForwardContents,
  type ForwardContributor,
  type ForwardPlan,
  type ForwardSource,
} from './forward';
export { forwardedTables, mayDeliver, outgoingRoutes, summaryDepartmentsOf } from './routes';
