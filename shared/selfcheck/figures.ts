/**
 * The measured figures of the 阶段自查 (R-STAGE-SELFCHECK), point by point: counted from the
 * other features' small facts (opinions, talks, materials, the ledger) and from what the
 * meetings, evaluation, notices and survey tables hold. Pure: the page's loader reads, this counts.
 */
import type { AnalysisFacts } from '../analysis/measures';
import { presenceGaps } from '../opinions/coverage';
import type { OpinionFacts } from '../opinions/measures';
import { OPINION_CHANNEL_LABEL, OPINION_CHANNELS, OPINION_SOURCE_LABEL, OPINION_SOURCES } from '../opinions/types';
import type { TalkFacts } from '../talks/facts';
import type { ThroughoutFacts } from '../throughout/measures';
import { formatChineseMonthDay } from '../util/dates';
import { SELF_CHECK_POINTS, type SelfCheckPoint } from './points';

/** The two special meetings, the evaluation, the notices and the survey, counted. */
export interface LaterFacts {
  branches: number;
  /** The leadership's 专题民主生活会 (the latest one), or none planned yet. */
  democraticLife: { status: 'planned' | 'held'; date: string } | null;
  /** Branches with a 专题组织生活会 planned (not yet held) and held. */
  orgLife: { planned: number; held: number };
  /** 应到 / 实到 at the meetings held. */
  attendance: { expected: number; present: number };
  /** Members who presented their analysis at a meeting held, and the criticisms they received. */
  turns: number;
  criticisms: number;
  /** Members with a 评议意见. */
  evaluated: number;
  /** Branch notices given to the masses, and whether the leadership notice was given. */
  notices: { branchGiven: number; leadershipGiven: boolean };
  /** How many rounds of the satisfaction survey, and the latest. */
  survey: { rounds: number; latest: { round: number; status: 'counting' | 'closed'; rate?: number; floor?: number; date: string } | null };
}

/** Everything a self-inspection measures, as of `today`; `floor` is the unit's satisfaction floor now. */
export interface SelfCheckSources {
  opinions: OpinionFacts;
  talks: TalkFacts;
  analysis: AnalysisFacts;
  fix: ThroughoutFacts['fix'];
  later: LaterFacts;
  floor: number;
  today: string;
}

/** One measured figure, e.g. { label: '征求到意见', value: '42条' } (the report prints them run together). */
export interface Figure {
  label: string;
  value: string;
}
export type Figures = Record<SelfCheckPoint, Figure[]>;

export const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;
const f = (label: string, value: string | number, unit = ''): Figure => ({ label, value: `${value}${unit}` });

/** Leaders who talked with (the whole of) their branch. */
export const leadersDone = (t: TalkFacts) => t.leaders.filter((l) => l.done >= l.total).length;
export const overdueItems = (fix: ThroughoutFacts['fix'], today: string) => fix.open.filter((o) => o.deadline < today).length;

function opinionFigures(o: OpinionFacts, party: number): Figure[] {
  const p = o.presence;
  const sources = OPINION_SOURCES.filter((s) => p.sources[s]).map((s) => OPINION_SOURCE_LABEL[s]);
  const channels = OPINION_CHANNELS.filter((c) => p.channels[c]);
  const gaps = presenceGaps(p);
  return [
    f('征求到意见', p.total, '条'),
    f('涉及党员', `${p.membersTargeted}名（共有党员${party}名）`),
    f('提意见的有', sources.length > 0 ? sources.join('、') : '无'),
    f('征求方式', `${channels.length}种${channels.length > 0 ? `（${channels.map((c) => OPINION_CHANNEL_LABEL[c]).join('、')}）` : ''}`),
    f('还没有意见的空白', gaps.cells.length + gaps.sources.length, '处'),
    f('已反馈意见', `${o.feedback.required - o.feedback.missingCount}/${o.feedback.required}人`),
  ];
}

function talkFigures(t: TalkFacts): Figure[] {
  const out = [f('应谈', t.pairs, '对'), f('已安排时间地点', t.planned, '对'), f('已谈', t.done, '对'), f('还没有谈心的', t.silent.count, '人')];
  if (t.leaders.length > 0) out.push(f('与所在支部党员全部谈完的党员领导干部', `${leadersDone(t)}/${t.leaders.length}人`));
  return out;
}

function analysisFigures(a: AnalysisFacts): Figure[] {
  return [
    f('应交党性分析材料', a.party, '人'),
    f('已交', `${a.written}份（口述代记${a.dictated}份，外出党员寄回${a.received}份）`),
    f('退回修改', a.returned.count, '份'),
    f('审阅通过', a.reviewed, '份'),
    f('公示后定稿', a.final, '份'),
  ];
}

function meetingFigures(l: LaterFacts): Figure[] {
  const dl = l.democraticLife;
  const out = [
    f('领导班子专题民主生活会', dl === null ? '尚未安排' : dl.status === 'held' ? `${formatChineseMonthDay(dl.date)}已召开` : `计划${formatChineseMonthDay(dl.date)}召开`),
    f('专题组织生活会', `${l.orgLife.held}/${l.branches}个支部已召开${l.orgLife.planned > 0 ? `，${l.orgLife.planned}个在筹备` : ''}`),
  ];
  if (l.attendance.expected > 0) out.push(f('到会', `应到${l.attendance.expected}人，实到${l.attendance.present}人`));
  out.push(f('会上作党性分析', l.turns, '人'), f('提出批评意见', l.criticisms, '条'), f('已提出评议意见的党员', l.evaluated, '人'));
  return out;
}

function fixFigures(fix: ThroughoutFacts['fix'], today: string): Figure[] {
  return [
    f('整改台账', fix.items, '项'),
    f('已完成', fix.done, '项'),
    f('正在整改', fix.items - fix.done, '项'),
    f('已过期', overdueItems(fix, today), '项'),
    f('未列入台账的群众意见', fix.massesUnanswered, '条'),
  ];
}

function satisfactionFigures(l: LaterFacts, floor: number): Figure[] {
  const s = l.survey.latest;
  const survey =
    s === null
      ? '尚未开展'
      : s.status === 'closed' && s.rate !== undefined
        ? `第${s.round}轮满意率${percent(s.rate)}（不得低于${percent(s.floor ?? floor)}）`
        : `第${s.round}轮正在统计`;
  const out = [f('满意度测评', survey)];
  if (l.survey.rounds > 1) out.push(f('补课后重新测评', l.survey.rounds - 1, '次'));
  out.push(f('支部通报', `${l.notices.branchGiven}/${l.branches}个支部已向群众通报`), f('领导班子通报', l.notices.leadershipGiven ? '已通报' : '尚未通报'));
  return out;
}

export function measuredFigures(s: SelfCheckSources): Figures {
  return {
    opinions: opinionFigures(s.opinions, s.analysis.party),
    talks: talkFigures(s.talks),
    analysis: analysisFigures(s.analysis),
    meetings: meetingFigures(s.later),
    fixNow: fixFigures(s.fix, s.today),
    satisfaction: satisfactionFigures(s.later, s.floor),
  };
}

/** The record's three flat arrays (figurePoints · figureLabels = figureValues). */
export interface FlatFigures {
  figurePoints: SelfCheckPoint[];
  figureLabels: string[];
  figureValues: string[];
}

export function flattenFigures(fig: Figures): FlatFigures {
  const all = SELF_CHECK_POINTS.flatMap((p) => fig[p].map((x) => [p, x] as const));
  return { figurePoints: all.map(([p]) => p), figureLabels: all.map(([, x]) => x.label), figureValues: all.map(([, x]) => x.value) };
}

export function figuresOf(r: FlatFigures): Figures {
  const out = Object.fromEntries(SELF_CHECK_POINTS.map((p) => [p, [] as Figure[]])) as Figures;
  r.figurePoints.forEach((p, i) => out[p].push({ label: r.figureLabels[i], value: r.figureValues[i] }));
  return out;
}

export const sameFigures = (a: FlatFigures, b: FlatFigures) =>
  JSON.stringify([a.figurePoints, a.figureLabels, a.figureValues]) === JSON.stringify([b.figurePoints, b.figureLabels, b.figureValues]);
