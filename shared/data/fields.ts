/** Field schemas shared by the record declarations of every feature. */
import { z } from 'zod';

export const id = z.string().min(1);
export const text = z.string();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { message: '日期应写作 YYYY-MM-DD' });
export const yearMonth = z.string().regex(/^\d{4}-\d{2}$/u, { message: '年月应写作 YYYY-MM' });
export const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T/u, { message: '时间应写作 ISO 格式，如 2005-09-01T08:00:00.000Z' });
