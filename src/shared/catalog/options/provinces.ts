import { PROVINCES } from '../../workspace/provinces';
import type { OptionList } from './option-list';

/** 省、自治区、直辖市 by name, reusing the GB/T 2260 list the workspace uses for the 学校标识码. */
export const PROVINCE_NAMES: OptionList = {
  id: 'provinces',
  name: '省级行政区',
  options: PROVINCES.map(([, name]) => name),
  verified: true,
  source: 'GB/T 2260 行政区划代码（省级）',
};
