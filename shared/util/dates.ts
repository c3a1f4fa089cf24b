/**
 * ISO calendar dates (`YYYY-MM-DD`) as plain UTC day arithmetic. Rules never read the clock:
 * `now` is always passed in, so these helpers only convert and compare.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2005-02-30). */
export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  return fromUtc(toUtc(value)) === value;
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + Math.round(days) * DAY_MS);
}

/** Whole days from `b` to `a` (`a - b`): diffDays('2005-09-04', '2005-09-01') === 3. */
export function diffDays(a: string, b: string): number {
  return Math.round((toUtc(a) - toUtc(b)) / DAY_MS);
}

/** Sort comparator: negative when `a` is earlier. ISO dates compare as strings. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** A template's `MM-DD` in the unit's campaign year: templateDate(2005, '09-04') → '2005-09-04'. */
export function templateDate(year: number, monthDay: string): string {
  const m = MONTH_DAY.exec(monthDay);
  if (!m) throw new RangeError(`Not a MM-DD date: ${monthDay}`);
  return fromUtc(Date.UTC(year, Number(m[1]) - 1, Number(m[2])));
}

/** Official style: '2005-09-01' → '2005年9月1日'. */
export function formatChineseDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Short style without the year, for dashboards: '2005-09-04' → '9月4日'. */
export function formatChineseMonthDay(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${Number(m[2])}月${Number(m[3])}日`;
}
