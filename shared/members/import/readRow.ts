/**
 * One roster row → one person: first what the row's own columns say, then what its free text
 * (备注, 职务, 文化程度) suggests (./inferRow.ts), listed in `inferred` so the secretary confirms it.
 */
import { TEXT_LIMITS } from '../../data/fields';
import type { MemberDraft, Role } from '../types';
import { readEducation, readEmployment, readFlag, readGender, readKind, readPartyStatus, readRoles } from './cells';
import type { ColumnField, HeaderMatch, RoleFlagField } from './columns';
import { parseYearMonth } from './dates';
import { inferFromText, type Written } from './inferRow';
import { isBlankCell, normalizeFreeText, normalizeName, normalizeNote, normalizeOrgName, normalizeText, splitList } from './normalize';
import type { ImportedPerson, ImportProblem } from './types';

export type ReadPerson = Omit<ImportedPerson, 'line' | 'sameName'>;

const ROLE_FLAGS: Record<RoleFlagField, Role> = {
  'flag:unitHead': 'unitHead',
  'flag:partyGroupSecretary': 'partyGroupSecretary',
  'flag:teamMember': 'teamMember',
  'flag:committeeSecretary': 'committeeSecretary',
  'flag:branchSecretary': 'branchSecretary',
  'flag:leaderCadre': 'leaderCadre',
};

const FIELD_LABEL = { birth: '出生年月', joinedParty: '入党时间' } as const;

function readDate(cell: unknown, field: 'birth' | 'joinedParty', problems: ImportProblem[]): string | undefined {
  if (isBlankCell(cell) || ['无', '-', '—', '/', '不详'].includes(normalizeText(cell))) return undefined;
  const r = parseYearMonth(cell);
  if (!r.ok) {
    problems.push({ level: 'error', field, message: `${FIELD_LABEL[field]}${r.message}` });
    return undefined;
  }
  if (r.warning) problems.push({ level: 'warning', field, message: `${FIELD_LABEL[field]}${r.warning}` });
  return r.value;
}

/** "所在支部名称有10000个字，不能超过40个字": the length, not the name, which may be too long to show. */
function tooLong(label: string, value: string, max: number): string {
  return `${label}有${value.length}个字，不能超过${max}个字`;
}

function readWritten(row: readonly unknown[], header: HeaderMatch, problems: ImportProblem[]): Written & { branchName?: string; officeName?: string } {
  const idx = header.fieldIndex;
  const cell = (f: ColumnField): unknown => (idx[f] === undefined ? undefined : row[idx[f]]);
  const headerOf = (f: ColumnField): string => (idx[f] === undefined ? '' : (header.columns[idx[f]]?.header ?? ''));
  const warn = (field: ImportProblem['field'], message: string) => problems.push({ level: 'warning', field, message });

  const name = normalizeName(cell('name'));
  // Cells were cleaned before reading (cleanTable): a name of zero-width characters is empty here.
  if (name === '') problems.push({ level: 'error', field: 'name', message: '姓名为空或只含不可见字符' });
  const gender = readGender(cell('gender'));
  if (!gender.ok) problems.push({ level: 'error', field: 'gender', message: gender.message });
  const kindRead = readKind(cell('kind'));
  if (!kindRead.ok) problems.push({ level: 'error', field: 'kind', message: kindRead.message });
  else if (kindRead.warning) warn('kind', kindRead.warning);
  const birth = readDate(cell('birth'), 'birth', problems);
  const joinedParty = readDate(cell('joinedParty'), 'joinedParty', problems);

  const roles: Role[] = [];
  const rolesRead = readRoles(cell('roles'));
  rolesRead.roles.forEach((r) => roles.push(r));
  rolesRead.warnings.forEach((w) => warn('roles', w));
  for (const [flagField, role] of Object.entries(ROLE_FLAGS) as [RoleFlagField, Role][]) {
    const f = readFlag(cell(flagField), headerOf(flagField));
    if (f.warning) warn('roles', f.warning);
    if (f.value && !roles.includes(role)) roles.push(role);
  }

  // 正式/预备: its own column, else a 身份 such as 预备党员 (中共党员 says neither).
  const statusRead = readPartyStatus(cell('partyStatus'));
  if (statusRead.shown !== undefined) warn('partyStatus', `“${headerOf('partyStatus')}”列的“${statusRead.shown}”无法识别为正式或预备党员，已留空`);
  const kindText = normalizeText(cell('kind'));
  const partyStatus = statusRead.value ?? (/预备|正式/u.test(kindText) ? readPartyStatus(kindText).value : undefined);

  const education = readEducation(cell('education'));
  if (education.warning) warn('education', education.warning);

  const branchName = normalizeOrgName(cell('branch')) || undefined;
  const officeName = normalizeOrgName(cell('office')) || undefined;
  const overseesNames = splitList(cell('oversees'));
  // The branch and office forms allow no longer names; the import creates what it names.
  if (branchName !== undefined && branchName.length > TEXT_LIMITS.branchName) {
    problems.push({ level: 'error', field: 'branch', message: tooLong('所在支部名称', branchName, TEXT_LIMITS.branchName) });
  }
  if (officeName !== undefined && officeName.length > TEXT_LIMITS.officeName) {
    problems.push({ level: 'error', field: 'office', message: tooLong('所在科室名称', officeName, TEXT_LIMITS.officeName) });
  }

  let employment = readEmployment(cell('employment'));
  if (employment === null && normalizeText(cell('employment')) !== '') {
    const t = normalizeText(cell('employment'));
    if (/在职$/u.test(headerOf('employment')) && ['否', '×', 'N', 'n'].includes(t)) employment = 'retired';
    else warn('employment', `“${t}”无法识别为在职或离退休，按在职处理`);
  }
  if (readFlag(cell('retiredFlag'), headerOf('retiredFlag'), true).value) employment = 'retired';
  // Members of a 离退休党支部 are retired unless the sheet says otherwise.
  if (employment === null && branchName !== undefined && /离退休|退休/u.test(branchName)) employment = 'retired';

  let frail = readFlag(cell('frail'), headerOf('frail'), true).value;
  let chronicIll = readFlag(cell('chronicIll'), headerOf('chronicIll'), true).value;
  // A combined 年老体弱/长期患病 column whose text names an illness says 长期患病.
  const frailText = normalizeText(cell('frail'));
  if (frail && /病|卧床|住院|瘫/u.test(frailText) && !/年老|体弱|年迈/u.test(frailText)) [frail, chronicIll] = [false, true];
  const cannotWrite = readFlag(cell('cannotWrite'), headerOf('cannotWrite'), true).value;

  const phone = normalizeText(cell('phone')) || undefined;
  const awayFlag = readFlag(cell('away'), headerOf('away'), true);
  const awayTextIsPlace = awayFlag.value && readFlag(cell('away'), '', false).warning !== undefined;
  const place = normalizeFreeText(cell('awayPlace')) || (awayTextIsPlace ? normalizeFreeText(cell('away')) : '');
  const awayContact = normalizeFreeText(cell('awayContact'));
  const isAway = awayFlag.value || place !== '' || awayContact !== '';
  // Without a column of its own, the away contact is the person's phone.
  const contact = idx.awayContact === undefined ? (phone ?? '') : awayContact;
  // Storage refuses an away member without a place (renderer/db/repos/memberChecks.ts).
  if (isAway && place === '') problems.push({ level: 'error', field: 'away', message: '外出党员须填写外出地点' });

  const draft: MemberDraft = {
    kind: kindRead.ok ? kindRead.value : 'party',
    name,
    roles,
    oversees: [],
    employment: employment ?? 'working',
    frail,
    cannotWrite,
    away: isAway ? { place, contact } : null,
  };
  if (gender.ok && gender.value) draft.gender = gender.value;
  if (birth) draft.birth = birth;
  if (joinedParty) draft.joinedParty = joinedParty;
  if (partyStatus) draft.partyStatus = partyStatus;
  if (education.value) draft.education = education.value;
  if (chronicIll) draft.chronicIll = true;
  const post = normalizeFreeText(cell('post'));
  if (post) draft.post = post;
  if (phone) draft.phone = phone;
  const note = normalizeNote(cell('note'));
  if (note) draft.note = note;

  // Every party member belongs to a branch; storage refuses one without.
  if (draft.kind === 'party' && branchName === undefined) {
    const message = idx.branch === undefined ? '表中没有“所在支部”列，党员须填写所在支部' : '党员须填写所在支部';
    problems.push({ level: 'error', field: 'branch', message });
  }
  return {
    draft,
    overseesNames,
    employmentGiven: employment !== null,
    illiterate: education.illiterate === true,
    branchName,
    officeName,
  };
}

export function readRow(row: readonly unknown[], header: HeaderMatch): ReadPerson {
  const problems: ImportProblem[] = [];
  const written = readWritten(row, header, problems);
  const { draft, overseesNames, inferred } = inferFromText(written, problems);
  // Also what 职务 names under 分管: each becomes an office if the unit has none of that name.
  const longOversees = overseesNames.find((n) => n.length > TEXT_LIMITS.officeName);
  if (longOversees !== undefined) {
    problems.push({ level: 'error', field: 'oversees', message: tooLong('分管的科室名称', longOversees, TEXT_LIMITS.officeName) });
  }
  const person: ReadPerson = { draft, branchName: written.branchName, overseesNames, problems, inferred };
  if (written.officeName) person.officeName = written.officeName;
  if (inferred.length > 0) person.asWritten = { draft: written.draft, overseesNames: written.overseesNames };
  return person;
}
