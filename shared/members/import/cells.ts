/**
 * Reading single roster cells into member fields: 性别, 身份, 正式/预备, 文化程度, 角色,
 * 在职/离退休, yes/no flags.
 */
import {
  EDUCATION_LABEL,
  PERSON_KIND_LABEL,
  ROLE_LABEL,
  type Education,
  type Gender,
  type PartyStatus,
  type PersonKind,
  type Role,
} from '../types';
import { normalizeText } from './normalize';

export type Read<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

const TRUE_WORDS = new Set(['是', '√', '✓', '✔', 'y', 'yes', '1', '有', '对', 'true', '○', '●']);
const FALSE_WORDS = new Set(['否', '×', '✗', 'x', 'n', 'no', '0', '无', '不是', 'false', '-', '—', '/', '没有']);

/**
 * A yes/no cell (是/√/Y/1 or 否/×/N/0); blank is no. Other text in a flag column is taken as
 * yes when `textMeansYes` (e.g. "长期卧床" in 年老体弱), otherwise flagged.
 */
export function readFlag(cell: unknown, header: string, textMeansYes = false): { value: boolean; warning?: string } {
  const t = normalizeText(cell).toLowerCase();
  if (t === '' || FALSE_WORDS.has(t)) return { value: false };
  if (TRUE_WORDS.has(t)) return { value: true };
  if (textMeansYes) return { value: true };
  return { value: false, warning: `“${header}”列的“${normalizeText(cell)}”无法识别，按“否”处理` };
}

const GENDER_WORDS: Record<string, Gender> = { 男: '男', 男性: '男', 男士: '男', m: '男', male: '男', 女: '女', 女性: '女', 女士: '女', f: '女', female: '女' };

export function readGender(cell: unknown): Read<Gender | undefined> {
  const t = normalizeText(cell).replace(/\s/gu, '').toLowerCase();
  if (t === '') return { ok: true, value: undefined };
  const g = GENDER_WORDS[t];
  return g ? { ok: true, value: g } : { ok: false, message: `性别“${normalizeText(cell)}”无法识别，应为男或女` };
}

const KIND_WORDS: Record<string, PersonKind> = {
  中共党员: 'party',
  中国共产党党员: 'party',
  正式党员: 'party',
  预备党员: 'party',
  中共预备党员: 'party',
  党员: 'party',
  群众: 'masses',
  服务对象: 'client',
  人大代表: 'npcDeputy',
  政协委员: 'cppccMember',
};
/** Political identities that are not party members; imported as 群众 with a note to check. */
const OTHER_NON_PARTY = ['共青团员', '团员', '无党派人士', '无党派', '民主党派'];

export function readKind(cell: unknown): Read<PersonKind> {
  const shown = normalizeText(cell);
  const t = shown.replace(/\s/gu, '');
  if (t === '') return { ok: true, value: 'party' };
  const k = KIND_WORDS[t];
  if (k) return { ok: true, value: k };
  if (OTHER_NON_PARTY.includes(t)) return { ok: true, value: 'masses', warning: `身份“${shown}”按“群众”导入` };
  const labels = Object.values(PERSON_KIND_LABEL).join('、');
  return { ok: false, message: `身份“${shown}”无法识别，应为${labels}之一` };
}

const ROLE_WORDS: Record<string, Role> = {
  ...Object.fromEntries(Object.entries(ROLE_LABEL).map(([role, label]) => [label, role as Role])),
  主要负责同志: 'unitHead',
  主要负责人: 'unitHead',
  单位主要负责人: 'unitHead',
  领导班子成员: 'teamMember',
  党支部书记: 'branchSecretary',
  领导干部: 'leaderCadre',
  机关党委书记: 'committeeSecretary',
  党总支书记: 'committeeSecretary',
  党委书记: 'committeeSecretary',
};

/** A 角色 cell: role names separated by 、，,;； or spaces. Unknown names are warned and dropped. */
export function readRoles(cell: unknown): { roles: Role[]; warnings: string[] } {
  const roles: Role[] = [];
  const warnings: string[] = [];
  for (const word of normalizeText(cell).split(/[、,;\s]+/u).filter((w) => w !== '')) {
    const role = ROLE_WORDS[word];
    if (!role) warnings.push(`角色“${word}”无法识别，已忽略`);
    else if (!roles.includes(role)) roles.push(role);
  }
  return { roles, warnings };
}

/**
 * 正式/预备 from a 党员类别 column, or from a 身份 cell such as 预备党员 (undefined when it says
 * neither; `shown` is set when the text was there but not understood).
 */
export function readPartyStatus(cell: unknown): { value?: PartyStatus; shown?: string } {
  const t = normalizeText(cell).replace(/\s/gu, '');
  if (t === '') return {};
  if (/预备/u.test(t)) return { value: 'probationary' };
  if (/正式/u.test(t)) return { value: 'full' };
  return { shown: normalizeText(cell) };
}

/** 文化程度 words → level; checked in order: 中等专科 is 中专, 大学专科 is 专科, not 本科. */
const EDUCATION_WORDS: [RegExp, Education][] = [
  [/研究生|博士|硕士|MBA|MPA/iu, 'postgraduate'],
  [/中专|中技|技校|职高|中师|中等专业|中等专科|中等职业/u, 'secondary'],
  [/专科|大专|高职/u, 'college'],
  [/本科|大学|学士|大本/u, 'bachelor'],
  [/高中/u, 'highSchool'],
  [/初中/u, 'juniorHigh'],
  [/小学|文盲|扫盲|不识字|识字不多/u, 'primary'],
];

/**
 * A 文化程度 / 学历 cell: 研究生, 博士, 大学本科, 大专, 中专, 中技, 高中, 初中, 小学, 文盲 … as
 * personnel forms write them, with the usual 毕业/肄业 and 党校/在职/函授 decorations.
 * `illiterate` is set for 文盲 (the person cannot write: R-ANALYSIS-MODE).
 */
export function readEducation(cell: unknown): { value?: Education; illiterate?: boolean; warning?: string } {
  const shown = normalizeText(cell);
  const t = shown.replace(/\s/gu, '');
  if (t === '' || ['无', '-', '—', '/', '不详'].includes(t)) return {};
  const label = Object.entries(EDUCATION_LABEL).find(([, l]) => l === t);
  if (label) return { value: label[0] as Education };
  // "大学本科/学士", "本科（在职）": the first level named counts.
  const first = t.split(/[/／]/u)[0];
  const hit = EDUCATION_WORDS.find(([re]) => re.test(first));
  if (!hit) return { warning: `文化程度“${shown}”无法识别，已留空` };
  return { value: hit[1], ...(/^(文盲|不识字)$/u.test(first) ? { illiterate: true } : {}) };
}

/** 在职/离退休 text. `null` when the cell says nothing recognisable. */
export function readEmployment(cell: unknown): 'working' | 'retired' | null {
  const t = normalizeText(cell);
  if (t === '') return null;
  if (/离|退/u.test(t)) return 'retired';
  if (/在职|在岗|在编|是/u.test(t)) return 'working';
  return null;
}
