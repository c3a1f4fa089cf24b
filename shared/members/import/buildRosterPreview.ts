/**
 * Turns the cells of a roster sheet into people the user can check before importing.
 * Nothing is merged or saved here: same names are flagged, branch and office names are only
 * listed, and what free text suggests is listed per row (ImportedPerson.inferred).
 */
import type { Branch, Member, Office } from '../types';
import { validateMemberDraft } from '../validate';
import { findHeader, type HeaderMatch } from './columns';
import { cleanTable, isBlankCell, normalizeName, normalizeOrgName, normalizeText } from './normalize';
import { readRow, type ReadPerson } from './readRow';
import type { ImportedPerson, ImportProblem, RosterPreview } from './types';

export type { ImportedPerson, ImportProblem, RosterPreview } from './types';

export interface RosterPreviewContext {
  existing: Member[];
  branches: Branch[];
  /** 内设科室 / 二级单位 already in the unit (none when left out). */
  offices?: Office[];
  /** Today, `YYYY-MM-DD`. */
  now: string;
}

/** A row whose first text starts like this is a total or a signature line, not a person. */
const SUMMARY_ROW = /^(合计|总计|小计|共计|总人数|人数合计|填表人|制表人|填报人|审核人|审批人|负责人|联系人|填表日期|制表日期|填报日期|注[:：]|说明[:：]|备注[:：])/u;

function skipReason(row: readonly unknown[], header: HeaderMatch): string | null {
  const idx = header.fieldIndex;
  const filled = row.map((c, i) => (isBlankCell(c) ? -1 : i)).filter((i) => i >= 0);
  if (filled.length === 0) return '空行';
  const first = normalizeText(row[filled[0]]).replace(/\s/gu, '');
  const nameText = idx.name === undefined ? '' : normalizeName(row[idx.name]);
  if (SUMMARY_ROW.test(first) || SUMMARY_ROW.test(nameText)) return '合计或说明行';
  // Templates are often pre-numbered far below the last person.
  if (filled.every((i) => i === idx.seq)) return '空行（只有序号）';
  if (nameText === '姓名' || (idx.name !== undefined && header.columns[idx.name]?.header === nameText && nameText !== '')) {
    return '重复的表头';
  }
  return null;
}

/** Adds validate's problems, except for fields already reported while reading the cells. */
function withValidation(person: ReadPerson, now: string): ImportProblem[] {
  const seen = new Set(person.problems.filter((p) => p.level === 'error').map((p) => p.field));
  const extra = validateMemberDraft(person.draft, now).filter((p) => !(p.field && seen.has(p.field)));
  const nameMissing = person.draft.name === '';
  return [...person.problems, ...extra.filter((p) => !(nameMissing && p.field === 'name'))];
}

/**
 * Every text cell is cleaned once, first (cleanTable): what the sheet hides (zero-width and bidi
 * characters, controls, decomposed letters) never reaches a name, and names that look the same
 * are compared as the same.
 */
export function buildRosterPreview(sheet: readonly (readonly unknown[])[], ctx: RosterPreviewContext): RosterPreview {
  const table = cleanTable(sheet);
  const preview: RosterPreview = {
    headerLine: null,
    columns: [],
    rows: [],
    skipped: [],
    newBranchNames: [],
    newOfficeNames: [],
    fileErrors: [],
  };
  const header = findHeader(table);
  if (!header) {
    preview.fileErrors.push('未找到表头：前10行中没有“姓名”“性别”“出生年月”等列名，请检查是否选对了文件和工作表');
    return preview;
  }
  preview.headerLine = header.rowIndex + 1;
  preview.columns = header.columns.filter((c) => c.header !== '');
  if (header.fieldIndex.name === undefined) {
    preview.fileErrors.push('未找到表头：至少需要“姓名”列');
    return preview;
  }

  let lastPersonIndex = header.rowIndex;
  for (let r = table.length - 1; r > header.rowIndex; r--) {
    if (!skipReason(table[r] ?? [], header)?.startsWith('空行')) {
      lastPersonIndex = r;
      break;
    }
  }
  for (let r = header.rowIndex + 1; r <= lastPersonIndex; r++) {
    const row = table[r] ?? [];
    const reason = skipReason(row, header);
    if (reason) {
      preview.skipped.push({ line: r + 1, reason });
      continue;
    }
    const person = readRow(row, header);
    preview.rows.push({ ...person, line: r + 1, problems: withValidation(person, ctx.now), sameName: { existingIds: [], otherLines: [] } });
  }

  markSameNames(preview.rows, ctx.existing);
  const knownBranches = new Set(ctx.branches.map((b) => normalizeOrgName(b.name)));
  const branchesInFile = new Set(preview.rows.map((p) => p.branchName).filter((n): n is string => n !== undefined));
  preview.newBranchNames = [...branchesInFile].filter((n) => !knownBranches.has(n));
  for (const person of preview.rows) {
    for (const o of person.overseesNames.filter((n) => knownBranches.has(n) || branchesInFile.has(n))) {
      person.problems.push({
        level: 'warning',
        field: 'oversees',
        message: `分管的“${o}”是党支部；分管的应是内设科室或二级单位，将按同名科室导入，请核对`,
      });
    }
  }
  preview.newOfficeNames = newOfficeNames(preview.rows, ctx.offices ?? []);
  return preview;
}

/** 所在科室 and 分管 names, in file order, that are not among the unit's offices. */
export function newOfficeNames(rows: readonly Pick<ImportedPerson, 'officeName' | 'overseesNames'>[], offices: readonly Office[]): string[] {
  const known = new Set(offices.map((o) => normalizeOrgName(o.name)));
  const out = new Set<string>();
  for (const r of rows) {
    for (const n of [r.officeName, ...r.overseesNames]) if (n && !known.has(n)) out.add(n);
  }
  return [...out];
}

/**
 * Indexes both sides by name once: comparing every row with every member is 4M checks at 2,000.
 * Existing names are cleaned as the file's were, so one stored before cleaning (`王\u200b伟`)
 * still counts as the same name.
 */
function markSameNames(rows: ImportedPerson[], existing: Member[]): void {
  const linesByName = groupBy(rows.filter((p) => p.draft.name !== ''), (p) => p.draft.name, (p) => p.line);
  const idsByName = groupBy(existing, (m) => normalizeName(m.name), (m) => m.id);
  for (const p of rows) {
    if (p.draft.name === '') continue;
    const existingIds = [...(idsByName.get(p.draft.name) ?? [])];
    const otherLines = (linesByName.get(p.draft.name) ?? []).filter((l) => l !== p.line);
    // Shown from sameName by the page, not repeated as a problem.
    p.sameName = { existingIds, otherLines };
  }
}

function groupBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(value(item));
    else groups.set(k, [value(item)]);
  }
  return groups;
}
