export { buildRosterPreview, type RosterPreviewContext } from './buildRosterPreview';
export type { ImportedPerson, ImportProblem, RosterPreview } from './types';
export { parseYearMonth, formatYearMonth, excelSerialToYearMonth, type YearMonthParse } from './dates';
export { findHeader, fieldForHeader, COLUMN_ALIASES, type ColumnField } from './columns';
export { normalizeName, normalizeText, normalizeOrgName, toHalfWidth } from './normalize';
