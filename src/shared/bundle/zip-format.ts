/**
 * The subset of the zip format bundles use (PKWARE APPNOTE 6.3): no ZIP64, no data descriptors, no
 * extra fields, no comments, no encryption, methods stored (0) or deflate (8). Writer and reader share
 * these constants so the reader can demand exactly what the writer produces.
 */
export const LOCAL_HEADER_SIG = 0x04034b50;
export const CENTRAL_HEADER_SIG = 0x02014b50;
export const END_OF_CENTRAL_DIR_SIG = 0x06054b50;

export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_OF_CENTRAL_DIR_SIZE = 22;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;
export type ZipMethod = typeof METHOD_STORED | typeof METHOD_DEFLATE;

/** Version 2.0: deflate, no ZIP64. */
export const VERSION_NEEDED = 20;
export const FLAG_ENCRYPTED = 0x0001;
/** Bits 1–2 are deflate speed hints; 11 says names are UTF-8. Anything else (data descriptors, strong encryption, …) is refused. */
export const FLAGS_ALLOWED = 0x0002 | 0x0004 | 0x0800;
/** Fixed DOS timestamp 1980-01-01 00:00: signed content carries the real time (createdAt), the container none. */
export const DOS_TIME = 0;
export const DOS_DATE = (0 << 9) | (1 << 5) | 1;
export const MAX_U32 = 0xffffffff;
export const MAX_U16 = 0xffff;
