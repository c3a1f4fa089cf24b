/**
 * Schema-1 data made clean on its way to schema 2 (the database upgrade and a format-1 backup
 * alike): before version 2, text was stored as typed or pasted, invisible characters and all.
 * Names and one-line fields as the forms now clean them (shared/members/clean.ts), every other
 * text without its invisible characters. Pure; unchanged records come back as they are.
 */
import { cleanMemberTexts, cleanOrgNames } from '../../members/clean';
import { cleanLine, cleanMultiline } from '../../util/text';

type Row = Record<string, unknown>;

const UNIT_LINES = ['name', 'orgName', 'parentOrg', 'contact', 'phone'] as const;

/** Every string inside `value` without invisible characters, trimmed (ids and dates are unaffected). */
function deepClean<T>(value: T): T {
  if (typeof value === 'string') return cleanMultiline(value) as T;
  if (Array.isArray(value)) return value.map(deepClean) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepClean(v)])) as T;
  }
  return value;
}

export function cleanUnitV1<U extends Row>(unit: U): U {
  const out: Row = { ...unit };
  for (const k of UNIT_LINES) if (typeof out[k] === 'string') out[k] = cleanLine(out[k] as string);
  if (out.name === '') out.name = '未命名单位';
  if (out.phone === '') delete out.phone;
  return out as U;
}

export function cleanRecordsV1<R extends Record<string, Row[]>>(records: R): R {
  const out: Record<string, Row[]> = {};
  for (const [table, rows] of Object.entries(records)) {
    if (table === 'members') out[table] = rows.map((m) => cleanMemberTexts(m as never) as Row);
    else if (table === 'branches') out[table] = cleanOrgNames(rows as { unitId: string; name: string }[], '未命名支部') as Row[];
    else out[table] = rows.map(deepClean);
  }
  return out as R;
}
