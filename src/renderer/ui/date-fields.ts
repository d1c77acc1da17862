/** Conversions between the YYYYMMDD strings stored in the domain and the dayjs values antd pickers use. */
import dayjs, { type Dayjs } from 'dayjs';

export function fromYyyymmdd(s: string): Dayjs {
  return dayjs(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`);
}

export function toYyyymmdd(d: Dayjs): string {
  return d.format('YYYYMMDD');
}

/** "20260930" → "2026-09-30" */
export function displayDate(s: string): string {
  return s.length === 8 ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s;
}

/** Today on this computer's calendar, YYYYMMDD. */
export function todayYyyymmdd(): string {
  return dayjs().format('YYYYMMDD');
}
