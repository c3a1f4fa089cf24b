/**
 * Field schemas shared by the record declarations of every feature: what a stored value may be,
 * as strictly as the forms that write it (real calendar dates, valid timestamps, bounded text).
 * A file the app reads (a backup, a bundle) passes these same declarations.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../util/dates';
import { isVisibleText } from '../util/text';

/** The longest text any stored field holds (a plan's paragraph is 5,000 characters at most). */
export const MAX_TEXT = 5000;

/** Limits of the forms that write each kind of text, shared by the record declarations. */
export const TEXT_LIMITS = {
  unitName: 60,
  orgName: 80,
  parentOrg: 80,
  contact: 40,
  phone: 60,
  personName: 20,
  post: 60,
  note: 500,
  awayPlace: 100,
  awayContact: 60,
  branchName: 40,
  officeName: 40,
  supervisor: 20,
  opinion: 500,
  reason: 300,
  planTitle: 60,
  planDescription: 1000,
  planText: MAX_TEXT,
  meetingPlace: 60,
  meetingNotes: 2000,
  actor: 40,
  auditSummary: 2000,
} as const;

export const id = z.string().min(1).max(80);
const HIDDEN = '含有不可见的控制字符或格式字符';
/** One line of at most `max` characters (as the form's input allows), nothing invisible in it. */
export const bounded = (max: number) =>
  z.string().max(max, { message: `不能超过 ${max} 个字` }).refine((v) => isVisibleText(v, 'line'), { message: HIDDEN });
/** A one-line text that must be filled in, of at most `max` characters. */
export const required = (max: number) => bounded(max).refine((v) => v.trim().length > 0, { message: '不能为空' });
/** Text of several lines (notes, opinions, paragraphs), at most `max` characters. */
export const lines = (max: number) =>
  z.string().max(max, { message: `不能超过 ${max} 个字` }).refine((v) => isVisibleText(v, 'multiline'), { message: HIDDEN });
/** Any stored paragraph. */
export const text = lines(MAX_TEXT);

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export const isoDate = z
  .string()
  .max(10)
  .refine((v) => isValidIsoDate(v) && Number(v.slice(0, 4)) >= MIN_YEAR && Number(v.slice(0, 4)) <= MAX_YEAR, {
    message: '日期应为 1900—2100 年间的真实日期，写作 YYYY-MM-DD',
  });

export const yearMonth = z
  .string()
  .regex(/^(19\d\d|20\d\d|2100)-(0[1-9]|1[0-2])$/u, { message: '年月应写作 YYYY-MM（月份 01—12）' });

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/u;
export const timestamp = z
  .string()
  .max(40)
  .refine((v) => {
    const m = TIMESTAMP.exec(v);
    return m !== null && isValidIsoDate(m[1]) && Number(m[1].slice(0, 4)) >= MIN_YEAR && Number(m[1].slice(0, 4)) <= MAX_YEAR;
  }, { message: '时间应写作 ISO 格式，如 2005-09-01T08:00:00.000Z' });

/** A finite number (no NaN or Infinity, which JSON cannot carry anyway). */
export const finite = z.number().finite();
