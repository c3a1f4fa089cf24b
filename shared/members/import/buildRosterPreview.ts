/**
 * Turns the cells of a roster sheet into people the user can check before importing.
 * Nothing is merged or saved here: same names are flagged, branch names are only listed.
 */
import type { Branch, Member, MemberDraft, Role } from '../types';
import { validateMemberDraft } from '../validate';
import { findHeader, type ColumnField, type HeaderMatch, type RoleFlagField } from './columns';
import { parseYearMonth } from './dates';
import { readEmployment, readFlag, readGender, readKind, readRoles, rolesFromPost } from './cells';
import { isBlankCell, normalizeFreeText, normalizeName, normalizeOrgName, normalizeText, splitList } from './normalize';
import type { ImportedPerson, ImportProblem, RosterPreview } from './types';

export type { ImportedPerson, ImportProblem, RosterPreview } from './types';

export interface RosterPreviewContext {
  existing: Member[];
  branches: Branch[];
  /** Today, `YYYY-MM-DD`. */
  now: string;
}

/** A row whose first text starts like this is a total or a signature line, not a person. */
const SUMMARY_ROW = /^(合计|总计|小计|共计|总人数|人数合计|填表人|制表人|填报人|审核人|审批人|负责人|联系人|填表日期|制表日期|填报日期|注[:：]|说明[:：]|备注[:：])/u;

const ROLE_FLAGS: Record<RoleFlagField, Role> = {
  'flag:unitHead': 'unitHead',
  'flag:teamMember': 'teamMember',
  'flag:branchSecretary': 'branchSecretary',
  'flag:leaderCadre': 'leaderCadre',
};

const FIELD_LABEL: Partial<Record<ColumnField, string>> = { birth: '出生年月', joinedParty: '入党时间' };

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

function readDate(
  cell: unknown,
  field: 'birth' | 'joinedParty',
  problems: ImportProblem[],
): string | undefined {
  if (isBlankCell(cell) || ['无', '-', '—', '/', '不详'].includes(normalizeText(cell))) return undefined;
  const r = parseYearMonth(cell);
  const label = FIELD_LABEL[field] ?? field;
  if (!r.ok) {
    problems.push({ level: 'error', field, message: `${label}${r.message}` });
    return undefined;
  }
  if (r.warning) problems.push({ level: 'warning', field, message: `${label}${r.warning}` });
  return r.value;
}

function readRow(row: readonly unknown[], header: HeaderMatch): Omit<ImportedPerson, 'line' | 'sameName'> {
  const idx = header.fieldIndex;
  const cell = (f: ColumnField): unknown => (idx[f] === undefined ? undefined : row[idx[f]]);
  const headerOf = (f: ColumnField): string => (idx[f] === undefined ? '' : header.columns[idx[f]]?.header ?? '');
  const problems: ImportProblem[] = [];
  const warn = (field: ImportProblem['field'], message: string) => problems.push({ level: 'warning', field, message });

  const name = normalizeName(cell('name'));
  if (name === '') problems.push({ level: 'error', field: 'name', message: '姓名为空' });

  const gender = readGender(cell('gender'));
  if (!gender.ok) problems.push({ level: 'error', field: 'gender', message: gender.message });

  const kindRead = readKind(cell('kind'));
  if (!kindRead.ok) problems.push({ level: 'error', field: 'kind', message: kindRead.message });
  else if (kindRead.warning) warn('kind', kindRead.warning);

  const birth = readDate(cell('birth'), 'birth', problems);
  const joinedParty = readDate(cell('joinedParty'), 'joinedParty', problems);

  const post = normalizeFreeText(cell('post'));
  const roles = new Set<Role>(rolesFromPost(post));
  const rolesRead = readRoles(cell('roles'));
  rolesRead.roles.forEach((r) => roles.add(r));
  rolesRead.warnings.forEach((w) => warn('roles', w));
  for (const [flagField, role] of Object.entries(ROLE_FLAGS) as [RoleFlagField, Role][]) {
    const f = readFlag(cell(flagField), headerOf(flagField));
    if (f.warning) warn('roles', f.warning);
    if (f.value) roles.add(role);
  }

  const branchName = normalizeOrgName(cell('branch')) || undefined;

  let employment = readEmployment(cell('employment'));
  if (employment === null && normalizeText(cell('employment')) !== '') {
    const t = normalizeText(cell('employment'));
    if (/在职$/u.test(headerOf('employment')) && ['否', '×', 'N', 'n'].includes(t)) employment = 'retired';
    else warn('employment', `“${t}”无法识别为在职或离退休，按在职处理`);
  }
  const retiredFlag = readFlag(cell('retiredFlag'), headerOf('retiredFlag'), true);
  if (retiredFlag.value) employment = 'retired';
  // Members of a 离退休党支部 are retired unless the sheet says otherwise.
  if (employment === null && branchName !== undefined && /离退休|退休/u.test(branchName)) employment = 'retired';
  if (employment === null && /^(离休|退休|离退休)/u.test(post)) employment = 'retired';

  const frail = readFlag(cell('frail'), headerOf('frail'), true).value;
  const cannotWriteRead = readFlag(cell('cannotWrite'), headerOf('cannotWrite'), true);

  const phone = normalizeText(cell('phone')) || undefined;
  const awayFlag = readFlag(cell('away'), headerOf('away'), true);
  const awayTextIsPlace = awayFlag.value && readFlag(cell('away'), '', false).warning !== undefined;
  const place = normalizeFreeText(cell('awayPlace')) || (awayTextIsPlace ? normalizeFreeText(cell('away')) : '');
  const awayContact = normalizeFreeText(cell('awayContact'));
  const isAway = awayFlag.value || place !== '' || awayContact !== '';
  // Without a column of its own, the away contact is the person's phone.
  const contact = idx.awayContact === undefined ? phone ?? '' : awayContact;
  const away = isAway ? { place, contact } : null;
  // Storage refuses an away member without a place (renderer/db/repos/memberChecks.ts).
  if (isAway && place === '') problems.push({ level: 'error', field: 'away', message: '外出党员须填写外出地点' });

  const draft: MemberDraft = {
    kind: kindRead.ok ? kindRead.value : 'party',
    name,
    roles: [...roles],
    oversees: [],
    employment: employment ?? 'working',
    frail,
    cannotWrite: cannotWriteRead.value,
    away,
  };
  if (gender.ok && gender.value) draft.gender = gender.value;
  if (birth) draft.birth = birth;
  if (joinedParty) draft.joinedParty = joinedParty;
  if (post) draft.post = post;
  if (phone) draft.phone = phone;
  const note = normalizeFreeText(cell('note'));
  if (note) draft.note = note;

  // Every party member belongs to a branch; storage refuses one without.
  if (draft.kind === 'party' && branchName === undefined) {
    const message = idx.branch === undefined ? '表中没有“所在支部”列，党员须填写所在支部' : '党员须填写所在支部';
    problems.push({ level: 'error', field: 'branch', message });
  }
  return { draft, branchName, overseesNames: splitList(cell('oversees')), problems };
}

/** Adds validate's problems, except for fields already reported while reading the cells. */
function withValidation(person: Omit<ImportedPerson, 'line' | 'sameName'>, now: string): ImportProblem[] {
  const seen = new Set(person.problems.filter((p) => p.level === 'error').map((p) => p.field));
  const extra = validateMemberDraft(person.draft, now).filter((p) => !(p.field && seen.has(p.field)));
  const nameMissing = person.draft.name === '';
  return [...person.problems, ...extra.filter((p) => !(nameMissing && p.field === 'name'))];
}

export function buildRosterPreview(table: unknown[][], ctx: RosterPreviewContext): RosterPreview {
  const preview: RosterPreview = { headerLine: null, columns: [], rows: [], skipped: [], newBranchNames: [], fileErrors: [] };
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
  const known = new Set(ctx.branches.map((b) => normalizeOrgName(b.name)));
  const inFile = new Set(preview.rows.map((p) => p.branchName).filter((n): n is string => n !== undefined));
  preview.newBranchNames = [...inFile].filter((n) => !known.has(n));
  for (const person of preview.rows) {
    for (const o of person.overseesNames.filter((n) => !known.has(n) && !inFile.has(n))) {
      person.problems.push({ level: 'warning', field: 'oversees', message: `分管的“${o}”不是已有的支部，导入后请在人员信息中核对` });
    }
  }
  return preview;
}

/** Indexes both sides by name once: comparing every row with every member is 4M checks at 2,000. */
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
