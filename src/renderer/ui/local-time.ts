/** Times for people: re-exported from the one formatter (src/shared/format/display-format.ts). */
export { formatLocalDate, formatLocalSeconds, formatLocalTime } from '../../shared/format/display-format';
