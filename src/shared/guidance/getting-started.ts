/**
 * 开始使用: the first steps of a station, each with its state taken from the station's own data (never
 * from a message that has disappeared) and the page that does it. Pure, so both stations' lists are
 * tested without a browser; the page only gathers the facts and draws the list.
 */
import type { StationRole } from '../workspace/workspace-types';

/** What the station's data says about its set-up and this year's work. */
export interface StationFacts {
  readonly station: StationRole;
  readonly hasKey: boolean;
  /** Office: departments that have tasks, and how many of them are in the trust list. */
  readonly departmentsExpected: number;
  readonly departmentsRegistered: number;
  readonly setupSent: boolean;
  /** Office: tables × departments expected, and how many the school has approved. */
  readonly slicesExpected: number;
  readonly slicesApproved: number;
  /** Department: the office's key is pinned / the setup bundle is applied. */
  readonly officePinned: boolean;
  readonly setupApplied: boolean;
  readonly ownRows: number;
  readonly submitted: boolean;
  readonly dataSent: boolean;
}

export type StepState = 'done' | 'current' | 'todo';

export interface GuideStep {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  readonly state: StepState;
  /** Page to open, and for 数据交换 the tab. */
  readonly page: string;
  readonly tab?: string;
  readonly action: string;
}

type Draft = Omit<GuideStep, 'state'> & { readonly done: boolean };

function officeSteps(f: StationFacts): Draft[] {
  const allRegistered = f.departmentsExpected > 0 && f.departmentsRegistered >= f.departmentsExpected;
  return [
    {
      id: 'key',
      title: '生成本站密钥',
      detail: '密钥用来签名发出的文件，各部门据此确认文件来自督导室。',
      done: f.hasKey,
      page: 'exchange',
      tab: 'key',
      action: '去生成密钥',
    },
    {
      id: 'registrations',
      title: '导入各部门的注册申请',
      detail: `各部门生成密钥后导出注册申请交给督导室。已导入 ${f.departmentsRegistered}/${f.departmentsExpected} 个部门。`,
      done: allRegistered,
      page: 'exchange',
      tab: 'trust',
      action: '去导入注册申请',
    },
    {
      id: 'fingerprints',
      title: '核对各部门的指纹',
      detail: '导入每份注册申请时，打电话或当面与该部门核对屏幕上的指纹，一致才确认。',
      done: allRegistered,
      page: 'exchange',
      tab: 'trust',
      action: '查看已登记的部门',
    },
    {
      id: 'setup',
      title: '发出初始化包',
      detail: '把采集目录、任务分配和截止日期发给各部门。',
      done: f.setupSent,
      page: 'exchange',
      tab: 'setup',
      action: '去发出初始化包',
    },
    {
      id: 'track',
      title: '跟踪完成情况',
      detail: `收到各部门的数据包后逐表审核。已通过校级审核 ${f.slicesApproved}/${f.slicesExpected} 项。`,
      done: f.slicesExpected > 0 && f.slicesApproved >= f.slicesExpected,
      page: 'completeness',
      action: '查看完成情况',
    },
  ];
}

function departmentSteps(f: StationFacts): Draft[] {
  return [
    {
      id: 'key',
      title: '生成本站密钥',
      detail: '密钥用来签名本部门发出的数据包，督导室据此确认数据来自本部门。',
      done: f.hasKey,
      page: 'exchange',
      tab: 'key',
      action: '去生成密钥',
    },
    {
      id: 'registration',
      title: '导出注册申请，交给督导室',
      detail: '督导室导入后会打电话与您核对指纹，再发回初始化包。',
      done: f.officePinned || f.setupApplied,
      page: 'exchange',
      tab: 'key',
      action: '去导出注册申请',
    },
    {
      id: 'setup',
      title: '导入督导室的初始化包',
      detail: '导入后，本部门的填报任务、采集目录和截止日期就到位了。',
      done: f.setupApplied,
      page: 'exchange',
      tab: 'setup',
      action: '去导入初始化包',
    },
    {
      id: 'fill',
      title: '填报本部门的表',
      detail: `在“我的任务”里打开表，直接录入或从 Excel 导入。已录入 ${f.ownRows} 行。`,
      done: f.ownRows > 0,
      page: 'tasks',
      action: '去填报',
    },
    {
      id: 'submit',
      title: '提交审核',
      detail: '填完后提交，由本部门负责人审核通过。',
      done: f.submitted,
      page: 'review',
      action: '去提交审核',
    },
    {
      id: 'export',
      title: '导出数据包，交给督导室',
      detail: '负责人审核通过后导出数据包，通过U盘或内网交给督导室（或汇总部门）。',
      done: f.dataSent,
      page: 'exchange',
      tab: 'export',
      action: '去导出数据包',
    },
  ];
}

/** The station's steps in order: done ones, then the first open one as 当前, the rest 待办. */
export function gettingStartedSteps(f: StationFacts): GuideStep[] {
  const drafts = f.station === 'office' ? officeSteps(f) : departmentSteps(f);
  const current = drafts.findIndex((d) => !d.done);
  return drafts.map(({ done, ...step }, i) => ({
    ...step,
    state: done ? 'done' : i === current ? 'current' : 'todo',
  }));
}
