/**
 * What a roster's free text suggests. Secretaries keep conditions in 备注 ("外出务工（广东东莞）",
 * "年老体弱，无书写能力", "流动党员，在上海") and roles in 职务 ("局长、党组书记",
 * "党员领导干部（分管财务科）"). These are guesses: the preview lists each one for the secretary
 * to confirm (ImportedPerson.inferred), nothing here is applied silently.
 */
import type { Role } from '../types';
import { toHalfWidth } from './normalize';

/** Full-width punctuation and bracket variants made plain: （）【】〔〕 → (), ，；：。 → ,;:; */
function plain(text: string): string {
  return toHalfWidth(text)
    .replace(/[[【〔〖]/gu, '(')
    .replace(/[\]】〕〗]/gu, ')')
    .replace(/。/gu, ';')
    .replace(/[“”"‘’']/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export interface NoteFacts {
  /** 外出 (务工、流动): where; '' when the note says away without saying where. */
  away?: string;
  frail?: boolean;
  cannotWrite?: boolean;
  chronicIll?: boolean;
  retired?: boolean;
  probationary?: boolean;
}

const AWAY_WORD = /外出务工|外出打工|外出经商|外出|在外务工|在外打工|在外经商|外地务工|流动党员/u;
const NOT_AWAY = /(不再|没有|未|无|已返回|已回|已返)(外出|流动)/u;
/** "在上海打工": away without a keyword in front. */
const WORKING_AT = /(?:在|到|去|赴)([^,;:()、\s]{2,20}?)(?:务工|打工|经商)/u;
const LOCAL = /^(本地|当地|本村|本镇|本乡|本市|本县|本区|家|家中|家里|本单位|外)$/u;

/** "广东东莞务工，电话…" → 广东东莞; undefined when the place is home. */
function cleanPlace(text: string): string | undefined {
  const place = text
    .split(/[,;:、]/u)[0]
    .trim()
    .replace(/(务工|打工|经商|工作|居住|生活|学习|就业|创业)$/u, '')
    .trim();
  return LOCAL.test(place) ? undefined : place;
}

function awayPlace(t: string): string | undefined {
  if (NOT_AWAY.test(t)) return undefined;
  const at = WORKING_AT.exec(t);
  const m = AWAY_WORD.exec(t);
  if (!m) return at ? cleanPlace(at[1]) : undefined;
  // "去向不明" says away, not where.
  const after = t.slice(m.index + m[0].length).replace(/(去向|下落)(不明|不详)/gu, '');
  const bracket = /^\s*\(([^()]+)\)/u.exec(after);
  if (bracket) return cleanPlace(bracket[1]);
  const where = /^[\s,:;]*(?:现|目前)?(?:在|于|到|去|赴|至)([^,;:()、\s]+)/u.exec(after);
  if (where) return cleanPlace(where[1]);
  if (at) return cleanPlace(at[1]);
  return '';
}

const FRAIL = /年老体弱|体弱多病|年迈体弱|年老多病|年高体弱|年事已高/u;
const CANNOT_WRITE = /无书写能力|没有书写能力|不能书写|无法书写|不会写字|不识字|文盲/u;
const CHRONIC_ILL = /长期患病|长期卧床|长期住院|常年患病|长年患病|常年卧床|卧病在床|卧床不起|瘫痪|久病/u;
const RETIRED = /离退休|退休|离休/u;
const NOT_RETIRED = /(即将|将要|将于|待|拟|未|尚未)离?退休/u;
const PROBATIONARY = /预备党员|预备期/u;
const CONFIRMED = /转正|转为正式|正式党员/u;

/** The conditions a 备注 cell names. */
export function readNote(note: string): NoteFacts {
  const t = plain(note);
  if (t === '') return {};
  const facts: NoteFacts = {};
  const away = awayPlace(t);
  if (away !== undefined) facts.away = away;
  if (FRAIL.test(t)) facts.frail = true;
  if (CANNOT_WRITE.test(t)) facts.cannotWrite = true;
  if (CHRONIC_ILL.test(t)) facts.chronicIll = true;
  if (RETIRED.test(t) && !NOT_RETIRED.test(t)) facts.retired = true;
  if (PROBATIONARY.test(t) && !CONFIRMED.test(t)) facts.probationary = true;
  return facts;
}

/**
 * Team posts, written alone (an office's 副主任 is "办公室副主任", which is no team member).
 * 局长 / 主任 / 书记 are never read as the unit head: whoever heads the unit is said explicitly.
 */
const TEAM_POST =
  /^(副局长|副主任|副处长|副厅长|副县长|副区长|副市长|副镇长|副乡长|副院长|副校长|副厂长|副经理|副总经理|副主席|副部长|副社长|党组副书记|党组成员|班子成员|领导班子成员|纪检组长|纪检组组长)$/u;

function roleOfPart(part: string): Role | undefined {
  if (TEAM_POST.test(part)) return 'teamMember';
  if (/副/u.test(part)) return undefined;
  if (/党组书记$/u.test(part)) return 'partyGroupSecretary';
  if (/(机关党委|党总支|总支|党委|党工委)书记$/u.test(part)) return 'committeeSecretary';
  if (/支部书记$|^村?支书$/u.test(part)) return 'branchSecretary';
  if (/^(党员)?领导干部$/u.test(part)) return 'leaderCadre';
  return undefined;
}

/** "分管领导" is a title, not an office. */
const NOT_OFFICE = /^(领导|工作|全面|日常|业务|副局长|局长)$/u;

/** Names listed after 分管, up to a closing bracket or the end of the clause. */
function overseenNames(t: string): string[] {
  const names: string[] = [];
  for (const m of t.matchAll(/分管:?([^();]*)/gu)) {
    for (const raw of m[1].split(/[、,/]/u)) {
      const name = raw.replace(/\s/gu, '').replace(/(等|的)?(工作|等)$/u, '');
      if (name.length >= 2 && !NOT_OFFICE.test(name) && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** Roles and 分管 a 职务 cell names: "局长、党组书记", "党员领导干部（分管财务科、办公室）". */
export function readPost(post: string): { roles: Role[]; oversees: string[] } {
  const t = plain(post);
  if (t === '') return { roles: [], oversees: [] };
  const oversees = overseenNames(t);
  const rest = t.replace(/\([^()]*\)/gu, ' ').replace(/分管:?[^();]*/gu, ' ');
  const roles: Role[] = [];
  for (const part of rest.split(/[、,;/\s]+/u)) {
    const role = roleOfPart(part);
    if (role && !roles.includes(role)) roles.push(role);
  }
  return { roles, oversees };
}
