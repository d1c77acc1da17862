/**
 * What a setup bundle carries from the office to one department (docs/ARCHITECTURE.md §6): the year's facts, the catalog, the task matrix, the department list, the collection notice
 * (采集通知) and — as separate files — the trust list exactly as the office signed it.
 */
import { z } from 'zod';
import { catalogSchema } from '../catalog/catalog-types';
import { migrationStepsSchema } from '../catalog/incoming-migration';
import { departmentSchema } from '../departments/department-types';
import { taskAssignmentSchema } from '../tasks/task-types';
import { deadlinesSchema } from '../workspace/workspace-types';
import { indicatorSetRecordSchema } from '../indicators/indicator-set';
import { rulesetSchema } from '../rules/ruleset';
import { standardSetSchema } from '../standards/standard-types';
import { trustedKeySchema } from './trust-list';

export const SETUP_ENTRY = 'files/setup.json';
export const TRUST_LIST_ENTRY = 'files/trust-list.json';
export const TRUST_LIST_SIG_ENTRY = 'files/trust-list.sig';

const text = (max: number) => z.string().max(max);

/** 采集通知: written by the office in a form, shown to the department after import. */
export const collectionNoticeSchema = z
  .object({
    title: text(100),
    /** 上级文件: the higher-level documents the collection follows. */
    documents: text(4000),
    /** 填报说明: how to fill. */
    howToFill: text(8000),
    /** 指标解释: what the indicators mean. */
    indicators: text(8000),
    /** 填报要求: requirements (quality, review, contacts). */
    requirements: text(4000),
    /** 时间安排: deadlines in words; the dates themselves are in `deadlines`. */
    schedule: text(2000),
  })
  .strict();
export type CollectionNotice = z.infer<typeof collectionNoticeSchema>;

export const EMPTY_NOTICE: CollectionNotice = {
  title: '',
  documents: '',
  howToFill: '',
  indicators: '',
  requirements: '',
  schedule: '',
};

export const setupPayloadSchema = z
  .object({
    format: z.literal('sdd-setup'),
    version: z.literal(1),
    /** Office's revision counter of what it sends; a later setup bundle carries a higher one. */
    revision: z.number().int().min(1),
    year: z
      .object({
        name: z.string().min(1).max(60),
        academicYearStart: z.number().int().min(2000).max(2100),
        financeYear: z.number().int().min(2000).max(2100),
        snapshotDate: z.string().regex(/^\d{8}$/),
        deadlines: deadlinesSchema,
      })
      .strict(),
    catalog: catalogSchema,
    tasks: z.array(taskAssignmentSchema).max(2000),
    departments: z.array(departmentSchema).max(500),
    notice: collectionNoticeSchema,
    /** The addressee's own key as registered at the office: the department sees it was accepted. */
    registration: trustedKeySchema.nullable(),
    /**
     * The office's validation rules, indicators and standards, so a department checks and benchmarks
     * its tables as the office does. Optional: bundles of earlier versions of the app carry none.
     */
    rules: rulesetSchema.optional(),
    indicators: indicatorSetRecordSchema.optional(),
    standards: standardSetSchema.optional(),
    /**
     * The office's option-list decisions of every catalog version (old value → new option, or kept
     * flagged), so the department's stored rows follow the catalog. Optional: earlier bundles carry none.
     */
    optionMigrations: migrationStepsSchema.optional(),
  })
  .strict();
export type SetupPayload = z.infer<typeof setupPayloadSchema>;
