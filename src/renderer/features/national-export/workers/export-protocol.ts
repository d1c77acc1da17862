/** Messages between the export page and the 上报数据包 Worker. */
import type { PackageSource } from '../../../../shared/national-export/assemble-package';
import type { LayoutCheck } from '../../../../shared/national-export/layout-problems';
import type { LockManifest } from '../../../../shared/national-export/locked-year';

export type PackageFileKind = 'workbook' | 'zip' | 'checklist' | 'checklist-html';

export type ExportRequest =
  | { readonly op: 'prepare'; readonly source: PackageSource }
  | { readonly op: 'build'; readonly what: PackageFileKind };

export type ExportResponse =
  | {
      readonly kind: 'prepared';
      readonly manifest: LockManifest;
      readonly check: LayoutCheck;
      readonly mismatch: string[] | null;
    }
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly kind: 'file';
      readonly what: PackageFileKind;
      readonly name: string;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: 'failed'; readonly message: string };
