/**
 * The words a secretary types in front of (or behind) an opinion when typing up paper forms —
 * 【群众】, 对班子：, 作风：, （座谈会）, 对张三同志：, 9月5日 — and what each one sets. A tag is
 * recognised only when every part of it is known; anything else stays in the opinion's text.
 */
import { isValidIsoDate } from '../util/dates';
import type { OpinionCategory, OpinionChannel, OpinionSource, OpinionTarget } from './types';

/** What one tag (or a run of tags) says about an opinion. */
export interface PastedFields {
  channel?: OpinionChannel;
  source?: OpinionSource;
  target?: OpinionTarget;
  targetMemberId?: string;
  category?: OpinionCategory;
  anonymous?: boolean;
  date?: string;
}

export interface TermContext {
  /** Party members by cleaned name (several when names repeat). */
  membersByName: ReadonlyMap<string, readonly string[]>;
  /** The year of a date written without one (9月5日). */
  year: number;
  /** A bare name ("张三：") is a target only under a 对党员个人 heading. */
  bareNamesAreTargets: boolean;
}

type Term = { words: readonly string[]; fields: PastedFields; needsDui?: boolean; bare?: boolean };

/** `bare: false`: only after 对 (对党员 is a target; 党员 alone is who gave it). */
const TERMS: readonly Term[] = [
  { words: ['党组织', '党支部', '支部', '党委', '机关党委', '党总支', '支部委员会', '基层党组织'], fields: { target: 'organisation' } },
  { words: ['领导班子', '班子', '班子成员', '局领导班子', '单位领导班子', '领导'], fields: { target: 'leadership' } },
  { words: ['党员个人', '个人', '党员本人'], fields: { target: 'member' } },
  { words: ['党员', '每名党员'], fields: { target: 'member' }, needsDui: true },
  { words: ['党员'], fields: { source: 'party' }, bare: true },
  { words: ['群众', '职工群众', '居民', '村民', '干部群众'], fields: { source: 'masses' } },
  { words: ['服务对象', '办事群众', '管理服务对象'], fields: { source: 'client' } },
  { words: ['人大代表', '人大'], fields: { source: 'npcDeputy' } },
  { words: ['政协委员', '政协'], fields: { source: 'cppccMember' } },
  { words: ['上级', '上级党组织', '上级领导', '督导组'], fields: { source: 'higher' } },
  { words: ['理想信念', '思想', '信念', '理想', '思想政治'], fields: { category: 'ideals' } },
  { words: ['工作学习', '工作', '学习', '业务'], fields: { category: 'work' } },
  { words: ['工作作风', '作风', '纪律作风', '作风建设'], fields: { category: 'style' } },
  { words: ['其他', '其它'], fields: { category: 'other' } },
  { words: ['个别交谈', '谈心', '谈话', '交谈', '个别谈话', '谈心谈话'], fields: { channel: 'talk' } },
  { words: ['征求意见箱', '意见箱', '意见信箱'], fields: { channel: 'box' } },
  { words: ['征求意见表', '意见表', '问卷', '调查问卷'], fields: { channel: 'form' } },
  { words: ['座谈会', '座谈'], fields: { channel: 'forum' } },
  { words: ['热线电话', '热线', '电话'], fields: { channel: 'hotline' } },
  { words: ['电子邮箱', '电子邮件', '邮箱', '邮件', '电邮'], fields: { channel: 'email' } },
  { words: ['其他方式', '其它方式'], fields: { channel: 'other' } },
  { words: ['匿名'], fields: { anonymous: true } },
  { words: ['实名', '署名'], fields: { anonymous: false } },
];

const DUI_WORDS = TERMS.filter((t) => !t.bare).flatMap((t) => t.words.map((w) => ({ w, fields: t.fields })));
const BARE_WORDS = TERMS.filter((t) => !t.needsDui).flatMap((t) => t.words.map((w) => ({ w, fields: t.fields })));
const byLength = (a: { w: string }, b: { w: string }) => b.w.length - a.w.length;
DUI_WORDS.sort(byLength);
BARE_WORDS.sort(byLength);

/** Words around tags that add nothing: 对班子的意见, 作风方面, 群众反映, 张三同志. */
const FILLER = /^(?:意见和建议|意见建议|的意见|意见|建议|方面|反映|提出|问题|同志|的|和|及|与|、)/u;

const DATE_FULL = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/u;
const DATE_MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;

function dateOf(token: string, year: number): string | undefined {
  const full = DATE_FULL.exec(token);
  const md = full ? null : DATE_MONTH_DAY.exec(token);
  const parts = full ? [full[1], full[2], full[3]] : md ? [String(year), md[1], md[2]] : null;
  if (!parts) return undefined;
  const [y, m, d] = parts;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** Adds `add` to `into`; false when a field would be set twice (两个类别 in one tag: not a tag). */
function merge(into: PastedFields, add: PastedFields): boolean {
  for (const [k, v] of Object.entries(add) as [keyof PastedFields, never][]) {
    if (into[k] !== undefined && into[k] !== v) return false;
    into[k] = v;
  }
  return true;
}

export type TokenResult = { fields: PastedFields; ambiguousName?: string } | null;

/**
 * One tag, all of it known: "对领导班子工作作风方面的意见", "群众反映", "座谈会", "对张三同志",
 * "9月5日". Null when any part is not a known word (then the text is left as it is).
 */
export function recogniseToken(raw: string, ctx: TermContext): TokenResult {
  const token = raw.normalize('NFKC').replace(/\s+/gu, '');
  if (!token) return null;
  const date = dateOf(token, ctx.year);
  if (date) return { fields: { date } };
  const fields: PastedFields = {};
  let ambiguousName: string | undefined;
  let rest = token;
  let terms = 0;
  while (rest) {
    const filler = FILLER.exec(rest);
    if (filler && terms > 0) {
      rest = rest.slice(filler[0].length);
      continue;
    }
    const dui = rest.startsWith('对');
    const body = dui ? rest.slice(1) : rest;
    const word = (dui ? DUI_WORDS : BARE_WORDS).find((x) => body.startsWith(x.w));
    const name = dui || ctx.bareNamesAreTargets ? memberAt(body, ctx) : undefined;
    if (name && (!word || name.name.length >= word.w.length)) {
      if (name.ids.length > 1) ambiguousName = name.name;
      if (!merge(fields, name.ids.length === 1 ? { target: 'member', targetMemberId: name.ids[0] } : { target: 'member' })) return null;
      rest = body.slice(name.name.length);
    } else if (word) {
      if (!merge(fields, word.fields)) return null;
      rest = body.slice(word.w.length);
    } else {
      return null;
    }
    terms += 1;
  }
  return terms > 0 ? { fields, ...(ambiguousName ? { ambiguousName } : {}) } : null;
}

function memberAt(body: string, ctx: TermContext): { name: string; ids: readonly string[] } | undefined {
  let best: { name: string; ids: readonly string[] } | undefined;
  for (let len = 1; len <= Math.min(body.length, 20); len++) {
    const ids = ctx.membersByName.get(body.slice(0, len));
    if (ids) best = { name: body.slice(0, len), ids };
  }
  return best;
}

/** Tags in one bracket or cell, split at 、，/·| and spaces: every part must be known. */
export function recogniseTags(inside: string, ctx: TermContext): TokenResult {
  const parts = inside.split(/[、,，/／·・|｜;；\s]+|[（()）【】[\]〔〕]/u).filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  const fields: PastedFields = {};
  let ambiguousName: string | undefined;
  for (const p of parts) {
    const r = recogniseToken(p, ctx);
    if (!r || !merge(fields, r.fields)) return null;
    ambiguousName ??= r.ambiguousName;
  }
  return { fields, ...(ambiguousName ? { ambiguousName } : {}) };
}
