/**
 * Year-month cells as secretaries type them: real Excel dates, serial numbers, 1965.03,
 * 1965.3, 1965-3, 1965/03, 1965年3月, 1965年03月05日, 196503, 19650305.
 */
import type { YearMonth } from '../types';
import { cellText, toHalfWidth } from './normalize';

export type YearMonthParse =
  | { ok: true; value: YearMonth; /** The value was read but may be wrong (Chinese). */ warning?: string }
  | { ok: false; message: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Largest serial Excel accepts (9999-12-31). */
const MAX_SERIAL = 2958465;
const MS_PER_DAY = 86400000;
/** Serial 0 of the 1900 date system, counted as Excel counts after its fictitious 1900-02-29. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month: number, day?: number): YearMonthParse | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return null;
  return { ok: true, value: `${year}-${pad2(month)}` };
}

function unreadable(shown: string): YearMonthParse {
  return { ok: false, message: `“${shown}”无法识别，请写成如 1965.03 的年月` };
}

/**
 * Excel serial day number (1900 date system) → year-month. Excel counts a non-existent
 * 1900-02-29 as serial 60 (the Lotus leap-year bug), so serials below 61 are one day off.
 */
export function excelSerialToYearMonth(serial: number): YearMonthParse {
  if (!(serial >= 1 && serial <= MAX_SERIAL)) return unreadable(String(serial));
  const day = Math.floor(serial);
  if (day === 60) return { ok: true, value: '1900-02' };
  const offset = day < 60 ? day + 1 : day;
  const d = new Date(EXCEL_EPOCH_UTC + offset * MS_PER_DAY);
  return build(d.getUTCFullYear(), d.getUTCMonth() + 1) ?? unreadable(String(serial));
}

function fromDate(d: Date): YearMonthParse {
  if (Number.isNaN(d.getTime())) return { ok: false, message: '不是有效的日期' };
  // Spreadsheet readers give dates as UTC midnight of the calendar day shown in the cell.
  return build(d.getUTCFullYear(), d.getUTCMonth() + 1) ?? unreadable(d.toISOString().slice(0, 10));
}

function fromNumber(n: number): YearMonthParse {
  if (!Number.isFinite(n)) return unreadable(String(n));
  const whole = Math.floor(n);
  if (Number.isInteger(n)) {
    if (n >= MIN_YEAR && n <= MAX_YEAR) return { ok: false, message: `“${n}”只有年份，缺少月份` };
    if (n >= 190001 && n <= 210012) return build(Math.floor(whole / 100), whole % 100) ?? unreadable(String(n));
    if (n >= 19000101 && n <= 21001231) {
      return build(Math.floor(whole / 10000), Math.floor(whole / 100) % 100, whole % 100) ?? unreadable(String(n));
    }
    return excelSerialToYearMonth(n);
  }
  if (whole >= MIN_YEAR && whole <= MAX_YEAR) {
    // 1965.03 typed into a number cell. Excel drops trailing zeros, so 1965.10 arrives as 1965.1.
    const hundredths = Math.round((n - whole) * 100);
    if (Math.abs(n - whole - hundredths / 100) > 1e-9) return unreadable(String(n));
    if (hundredths % 10 === 0 && hundredths / 10 === 1) {
      return {
        ok: true,
        value: `${whole}-01`,
        warning: `“${n}”可能是${whole}年1月，也可能是被 Excel 去掉末尾 0 的${whole}年10月，已按1月读取，请核对`,
      };
    }
    // 1965.3 means March (30 hundredths); 1965.03 and 1965.12 are read as written.
    const month = hundredths % 10 === 0 ? hundredths / 10 : hundredths;
    return build(whole, month) ?? unreadable(String(n));
  }
  return excelSerialToYearMonth(n);
}

const SEPARATED = /^(\d{4})[.\-/年](\d{1,2})(?:月|[.\-/月](\d{1,2})日?)?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})?$/u;

function fromString(raw: string): YearMonthParse {
  const shown = raw.trim();
  const s = toHalfWidth(raw)
    .replace(/[\sT]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/u, '')
    .replace(/[\s\u00a0]+/gu, '')
    .replace(/[。．]/gu, '.')
    .replace(/[.\-/]$/u, '');
  if (s === '') return { ok: false, message: '未填写' };
  let m = SEPARATED.exec(s);
  if (m) {
    return build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])) ?? unreadable(shown);
  }
  m = COMPACT.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])) ?? unreadable(shown);
  if (/^\d{4}年?$/u.test(s)) return { ok: false, message: `“${shown}”只有年份，缺少月份` };
  return unreadable(shown);
}

/**
 * Reads a year-month from a cell. A blank cell is `{ ok: false, message: '未填写' }`; callers
 * treat blank as "not given" before calling this.
 */
export function parseYearMonth(cell: unknown): YearMonthParse {
  if (cell instanceof Date) return fromDate(cell);
  if (typeof cell === 'number') return fromNumber(cell);
  if (typeof cell === 'string') return fromString(cell);
  if (cell === null || cell === undefined) return { ok: false, message: '未填写' };
  return fromString(cellText(cell));
}

/** `1965-03` → `1965.03`, the form rosters print. */
export function formatYearMonth(ym: YearMonth): string {
  return ym.replace('-', '.');
}

/** Whole years from `from` to `to`, both `YYYY-MM`. */
export function yearsBetween(from: YearMonth, to: YearMonth): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ty - fy - (tm < fm ? 1 : 0);
}
