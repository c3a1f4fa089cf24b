/**
 * Chinese dates as official documents write them: `2005年9月1日`, Arabic numerals, no leading
 * zeros (GB/T 9704-2012 7.3.5). Dates travel as ISO `YYYY-MM-DD` strings so no time zone
 * can shift a day.
 */

/** ISO date `YYYY-MM-DD` (a longer ISO date-time is accepted; its date part is used). */
export type IsoDate = string;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parts(date: IsoDate | Date): Ymd | null {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return null;
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  }
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(date.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : 0 };
}

/** `2005-09-01` → `2005年9月1日`; `2005-09` → `2005年9月`; anything unparseable is kept as given. */
export function formatChineseDate(date: IsoDate | Date | undefined | null): string {
  if (date == null || date === '') return '';
  const p = parts(date);
  if (!p) return String(date);
  return `${p.year}年${p.month}月${p.day ? `${p.day}日` : ''}`;
}

/**
 * `2005-09-20` → `2005年` and `9月20日` on two lines, for a narrow table column: the date
 * column of a ledger should not be wider than the text it sits beside.
 */
export function formatStackedChineseDate(date: IsoDate | undefined | null): string {
  const full = formatChineseDate(date);
  const i = full.indexOf('年');
  return i > 0 && i < full.length - 1 ? `${full.slice(0, i + 1)}\n${full.slice(i + 1)}` : full;
}

/** `2005-09-05` → `9月5日` (inside one year, as schedules write it). */
export function formatShortChineseDate(date: IsoDate | undefined | null): string {
  if (!date) return '';
  const p = parts(date);
  if (!p) return String(date);
  return `${p.month}月${p.day ? `${p.day}日` : ''}`;
}

/** A range: `9月5日—9月12日`, or with the year when the years differ or `withYear` is set. */
export function formatChineseDateRange(from?: IsoDate, to?: IsoDate, withYear = false): string {
  if (!from && !to) return '';
  if (!to || from === to) return withYear ? formatChineseDate(from) : formatShortChineseDate(from);
  if (!from) return `${withYear ? formatChineseDate(to) : formatShortChineseDate(to)}前`;
  const fy = parts(from)?.year;
  const ty = parts(to)?.year;
  const head = withYear ? formatChineseDate(from) : formatShortChineseDate(from);
  const tail = withYear && fy !== ty ? formatChineseDate(to) : formatShortChineseDate(to);
  return `${head}—${tail}`;
}

/**
 * `2005-09-03T14:30` → `2005年9月3日下午2时30分`; without a time part, the date only.
 * 上午 before 12:00, 下午 from 12:00 to 18:00, 晚上 after.
 */
export function formatChineseDateTime(dateTime: string | undefined | null): string {
  if (!dateTime) return '';
  const date = formatChineseDate(dateTime);
  const m = /T(\d{1,2}):(\d{2})/.exec(dateTime);
  if (!m) return date;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const period = h < 12 ? '上午' : h < 18 ? '下午' : '晚上';
  const h12 = h > 12 ? h - 12 : h;
  return `${date}${period}${h12}时${min ? `${min}分` : ''}`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (heading numbers 一、二、…). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
