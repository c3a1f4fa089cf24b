export { buildRosterPreview, newOfficeNames, type RosterPreviewContext } from './buildRosterPreview';
export type { ImportedPerson, ImportProblem, Inference, RosterPreview } from './types';
export { parseYearMonth, formatYearMonth, excelSerialToYearMonth, type YearMonthParse } from './dates';
export { findHeader, fieldForHeader, COLUMN_ALIASES, type ColumnField } from './columns';
export { normalizeName, normalizeText, normalizeOrgName, toHalfWidth } from './normalize';
export { guessOfficeKind } from './officeKind';
export { readNote, readPost } from './infer';
