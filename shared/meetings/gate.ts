/**
 * R-MEET-SIX (六个不开): whether a special meeting may be held, condition by condition, each
 * with one Chinese line naming the people concerned. Conditions 3–6 are decided by the data;
 * conditions 1–2 (征求意见深入, 谈心广泛) are a judgement: the data must show no gap in scope
 * AND the 督导组 must have confirmed it (name, date). Pure: the facts come from ./gateFacts.ts.
 */
import { formatThreshold } from '../campaign/thresholds';
import { formatChineseDate } from '../util/dates';
import { gate, type Gate } from '../util/result';
import type { Confirmation, GateFacts, Person } from './gateFacts';
import { GATE_CONDITION_LABEL, GATE_CONDITIONS, type GateCondition } from './types';

export const MEET_SIX = 'R-MEET-SIX';

/** How many names a line shows before “等 N 人”. */
export const NAMES_SHOWN = 10;

export function namesLine(names: readonly string[], cap = NAMES_SHOWN, word = '人'): string {
  const shown = names.slice(0, cap).join('、');
  return names.length > cap ? `${shown}等 ${names.length} ${word}` : shown;
}

const nameOf = (people: readonly Person[]) => people.map((p) => p.name);

export interface ConditionResult {
  condition: GateCondition;
  /** 1–6, the speech's order. */
  n: number;
  label: string;
  met: boolean;
  /** What is missing, with names; or what the data shows when met. */
  detail: string;
  /** Everyone concerned by name (the detail line shows the first few). */
  subjects: string[];
  /** Conditions 1–2: what the data shows, shown next to the 督导组's confirm button. */
  coverage?: { complete: boolean; line: string };
  confirmation?: Confirmation;
}

export interface MeetingGate {
  conditions: ConditionResult[];
  /** Open, or the unmet conditions as R-MEET-SIX reasons (one per condition). */
  gate: Gate;
}

const result = (condition: GateCondition, met: boolean, detail: string, subjects: string[] = []): ConditionResult => ({
  condition,
  n: GATE_CONDITIONS.indexOf(condition) + 1,
  label: GATE_CONDITION_LABEL[condition],
  met,
  detail,
  subjects,
});

const CONFIRM_WORD: Record<'opinions' | 'talks', string> = { opinions: '征求意见深入', talks: '谈心广泛' };

function judged(condition: 'opinions' | 'talks', f: GateFacts, gaps: string[], complete: string, subjects: string[]): ConditionResult {
  const c = f.confirmed[condition];
  const coverage = { complete: gaps.length === 0, line: gaps.length === 0 ? complete : gaps.join('；') };
  const confirmLine = c ? `督导组${c.by}于${formatChineseDate(c.on)}确认${CONFIRM_WORD[condition]}` : `督导组还没有确认${CONFIRM_WORD[condition]}`;
  const met = coverage.complete && c !== undefined;
  const detail = met ? `${confirmLine}；${complete}` : [...gaps, ...(c ? [] : [confirmLine])].join('；');
  return { ...result(condition, met, detail, subjects), coverage, ...(c ? { confirmation: c } : {}) };
}

function opinions(f: GateFacts): ConditionResult {
  const { short, minPerMember, blanks } = f.opinions;
  const gaps: string[] = [];
  if (f.expected.length === 0) gaps.push(`${f.scopeWord}还没有党员`);
  if (short.length > 0) {
    const what = minPerMember > 1 ? `征求到的对本人的意见不足 ${minPerMember} 条` : '还没有征求到对本人的意见';
    gaps.push(`${f.scopeWord} ${short.length} ${f.memberWord}${what}：${namesLine(nameOf(short))}`);
  }
  if (blanks.length > 0) gaps.push(blanks.length > 3 ? `${blanks.slice(0, 3).join('；')}等 ${blanks.length} 处空白` : blanks.join('；'));
  const each = minPerMember > 0 ? `${f.scopeWord} ${f.expected.length} ${f.memberWord}都征求到了对本人的意见` : `${f.scopeWord}的意见已征求`;
  return judged('opinions', f, gaps, `${each}，意见的内容和范围没有空白`, nameOf(short));
}

function talks(f: GateFacts): ConditionResult {
  const { total, notDone } = f.talks;
  const gaps: string[] = [];
  if (total === 0) gaps.push(`名册中还没有标明支部书记、班子成员等角色，${f.scopeWord}没有应谈的人`);
  if (notDone.length > 0) gaps.push(`${f.scopeWord}还有 ${notDone.length} 对谈心没有谈：${namesLine(notDone, 6, '对')}`);
  return judged('talks', f, gaps, `${f.scopeWord}应谈 ${total} 对都已谈完`, notDone);
}

function materials(f: GateFacts): ConditionResult {
  if (f.expected.length === 0) return result('materials', false, `${f.scopeWord}还没有党员`);
  const names = nameOf(f.notReviewed);
  if (names.length > 0) return result('materials', false, `${f.scopeWord} ${names.length} ${f.memberWord}的党性分析材料未审阅通过：${namesLine(names)}`, names);
  return result('materials', true, `${f.expected.length} 份党性分析材料都已审阅通过`);
}

/** The fewest present that reach the ratio (a float's last bit never costs a person). */
export function quorumNeeded(expected: number, ratio: number): number {
  return Math.ceil(expected * ratio - 1e-9);
}

function quorum(f: GateFacts): ConditionResult {
  const n = f.expected.length;
  if (n === 0) return result('quorum', false, `${f.scopeWord}还没有党员`);
  const need = quorumNeeded(n, f.ratio);
  const pct = formatThreshold({ unit: 'ratio' }, f.ratio);
  const present = f.expected.filter((p) => f.attendance.get(p.id)?.present === true);
  const absent = f.expected.flatMap((p) => {
    const a = f.attendance.get(p.id);
    return a && !a.present ? [`${p.name}（${a.reason ?? '未说明原因'}）`] : [];
  });
  const unentered = f.expected.filter((p) => !f.attendance.has(p.id)).map((p) => p.name);
  if (f.attendance.size === 0) return result('quorum', false, `还没有登记到会情况（应到 ${n} 人，至少 ${need} 人到会）`);
  const tail = [absent.length > 0 && `缺席：${namesLine(absent)}`, unentered.length > 0 && `未登记：${namesLine(unentered)}`].filter(Boolean).join('；');
  if (present.length < need) {
    return result('quorum', false, `实到 ${present.length} 人，不到应到 ${n} 人的 ${pct}（至少 ${need} 人）${tail ? `；${tail}` : ''}`, [...absent, ...unentered]);
  }
  return result('quorum', true, `应到 ${n} 人，实到 ${present.length} 人，达到规定的 ${pct}${tail ? `；${tail}` : ''}`);
}

function secretary(f: GateFacts): ConditionResult {
  const { title, people, missing, note } = f.lead;
  if (missing || people.length === 0) return result('secretary', false, `${missing ?? `名册中没有标明${title}`}，请在党员名册中设定角色`);
  const names = nameOf(people).join('、');
  const here = people.filter((p) => f.attendance.get(p.id)?.present === true);
  if (here.length > 0) return result('secretary', true, `${title}${nameOf(here).join('、')}到会${note ? `（${note}）` : ''}`);
  const absent = people.map((p) => f.attendance.get(p.id)).find((a) => a && !a.present);
  const why = absent ? `缺席（${absent.reason ?? '未说明原因'}）` : '还没有登记到会';
  return result('secretary', false, `${title}${names}${why}${note ? `（${note}）` : ''}`, nameOf(people));
}

function supervisors(f: GateFacts): ConditionResult {
  const missing = [f.higher.length === 0 && '还没有上级党组织的同志参加', f.supervisors.length === 0 && '还没有督导组的同志参加'].filter(Boolean) as string[];
  if (missing.length > 0) return result('supervisors', false, missing.join('；'));
  const higher = f.higher.map((h) => (h.org ? `${h.name}（${h.org}）` : h.name)).join('、');
  return result('supervisors', true, `上级党组织：${higher}；督导组：${f.supervisors.join('、')}`);
}

export function meetingGate(f: GateFacts): MeetingGate {
  const conditions = [opinions(f), talks(f), materials(f), quorum(f), secretary(f), supervisors(f)];
  return {
    conditions,
    gate: gate(conditions.filter((c) => !c.met).map((c) => ({ rule: MEET_SIX, message: `${c.n}. ${c.label}：${c.detail}` }))),
  };
}

/** The message a refused 召开 shows: every unmet condition on its own line. */
export function gateRefusal(g: MeetingGate): string {
  const lines = g.conditions.filter((c) => !c.met).map((c) => `${c.n}. ${c.label}：${c.detail}`);
  return [`“六个不开”还有 ${lines.length} 项没有达到，会议不能召开：`, ...lines].join('\n');
}
