/**
 * The checklist measures of 征求意见 (R-OPIN-*), over the small facts the feature's loader reads
 * (renderer/features/opinions/facts.ts): the register counted into its coverage matrix, last
 * year's opinions by status, and who has not had feedback yet.
 */
import { factsMeasure, type Measure, type MeasureResult } from '../campaign/measure';
import { gapsLine, OPTIONAL_SOURCES, presenceGaps, REQUIRED_CATEGORIES, REQUIRED_SOURCES, type OpinionPresence } from './coverage';
import { namesLine } from './feedback';
import { LAST_YEAR_STATUS_LABEL, LAST_YEAR_STATUSES, OPINION_CHANNEL_LABEL, OPINION_CHANNELS, OPINION_SOURCE_LABEL, OPINION_TARGETS, type LastYearStatus } from './types';

export const OPINIONS_FEATURE = 'opinions';

/** 方式要活: at least this many different channels (R-OPIN-CHANNELS). */
export const MIN_CHANNELS = 3;

export interface FeedbackFacts {
  /** People who must be told the opinions about them (班子成员 and 党员). */
  required: number;
  missingCount: number;
  /** The first few of those without feedback, by name. */
  missingNames: string[];
  /** What the roster lacks for the rule (no unit head, a branch without secretary). */
  problems: string[];
}

export interface OpinionFacts {
  /** Which cells, kinds of people and channels the register reaches (both stages together). */
  presence: OpinionPresence;
  lastYear: Record<LastYearStatus, number>;
  feedback: FeedbackFacts;
}

const CELLS = OPINION_TARGETS.length * REQUIRED_CATEGORIES.length;
const words = <K extends string>(keys: readonly K[], label: Record<K, string>) => keys.map((k) => label[k]).join('、');

/**
 * R-OPIN-CONTINUE: every blank stage 1 left (a required cell or kind of people without a stage-1
 * opinion) has a stage-2 opinion. A blank of stage 1 is made up exactly when the register as a
 * whole has an opinion there, so the still open blanks are the blanks of both stages together:
 * that is what is measured, and the page shows stage 1's own layer beside it.
 */
export function continueResult(p: OpinionPresence): MeasureResult {
  if (p.total === 0) return { done: false, detail: '还没有录入意见：先录入第一阶段征求到的意见，再补上空白' };
  const g = presenceGaps(p);
  const open = [...g.cells, ...g.sources];
  const progress = { done: CELLS + REQUIRED_SOURCES.length - open.length, total: CELLS + REQUIRED_SOURCES.length };
  if (open.length > 0) return { done: false, progress, detail: `对照第一阶段，还有 ${open.length} 处空白没有补上：${gapsLine(open)}` };
  return { done: true, progress, detail: '第一阶段留下的空白都已补上：对党组织、领导班子、党员个人和党员、群众、服务对象都不再有空白' };
}

export function scopeResult(p: OpinionPresence): MeasureResult {
  const missing = REQUIRED_SOURCES.filter((s) => !p.sources[s]);
  const optionalMissing = OPTIONAL_SOURCES.filter((s) => !p.sources[s]);
  const optional = optionalMissing.length ? `；${words(optionalMissing, OPINION_SOURCE_LABEL)}的意见可视情况征求（不作硬性要求）` : '；人大代表、政协委员也提了意见';
  const progress = { done: REQUIRED_SOURCES.length - missing.length, total: REQUIRED_SOURCES.length };
  if (missing.length > 0) return { done: false, progress, detail: `还没有${words(missing, OPINION_SOURCE_LABEL)}提的意见${optional}` };
  return { done: true, progress, detail: `党员、群众、服务对象都已提出意见${optional}` };
}

export function contentResult(p: OpinionPresence): MeasureResult {
  const gaps = presenceGaps(p).cells;
  const progress = { done: CELLS - gaps.length, total: CELLS };
  if (gaps.length > 0) return { done: false, progress, detail: `还有 ${gaps.length} 处空白：${gapsLine(gaps)}` };
  return { done: true, progress, detail: `对党组织、领导班子和党员个人，理想信念、工作学习、工作作风方面都有意见（涉及党员 ${p.membersTargeted} 名）` };
}

export function channelsResult(p: OpinionPresence): MeasureResult {
  const used = OPINION_CHANNELS.filter((c) => p.channels[c]);
  const progress = { done: Math.min(used.length, MIN_CHANNELS), total: MIN_CHANNELS };
  const list = used.length > 0 ? `：${words(used, OPINION_CHANNEL_LABEL)}` : '';
  if (used.length >= MIN_CHANNELS) return { done: true, progress, detail: `已采用 ${used.length} 种方式${list}（至少 ${MIN_CHANNELS} 种）` };
  const more = OPINION_CHANNELS.filter((c) => c !== 'other' && !used.includes(c)).slice(0, 3);
  return { done: false, progress, detail: `只采用了 ${used.length} 种方式${list}，至少要 ${MIN_CHANNELS} 种，还可以用${words(more, OPINION_CHANNEL_LABEL)}等` };
}

export function lastYearResult(counts: Record<LastYearStatus, number>): MeasureResult {
  const total = LAST_YEAR_STATUSES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return { done: false, detail: '还没有录入去年民主生活会上群众提的意见（按要求此项为“可”检查的事项）' };
  const parts = LAST_YEAR_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${LAST_YEAR_STATUS_LABEL[s]} ${counts[s]} 条`)
    .join('，');
  return { done: true, detail: `已检查去年民主生活会意见 ${total} 条：${parts}` };
}

export function summaryResult(p: OpinionPresence): MeasureResult {
  const total = p.total;
  if (total === 0) return { done: false, detail: '登记簿里还没有意见，汇总表无从整理' };
  return { done: true, detail: `登记簿有意见 ${total} 条，都已分清对象和类别，可随时导出征求意见汇总表` };
}

export function feedbackResult(f: FeedbackFacts): MeasureResult {
  const problems = f.problems.length > 0 ? `；${f.problems.join('；')}（在党员名册中设定角色）` : '';
  if (f.required === 0) return { done: false, detail: `名册中还没有需要反馈意见的班子成员和党员${problems}` };
  const progress = { done: f.required - f.missingCount, total: f.required };
  if (f.missingCount > 0) return { done: false, progress, detail: `${f.missingCount} 人还没有反馈意见：${namesLine(f.missingNames, f.missingCount)}${problems}` };
  return { done: true, progress, detail: `已向 ${f.required} 名班子成员和党员反馈意见` };
}

const measure = (key: string, label: string, compute: (f: OpinionFacts) => MeasureResult) =>
  factsMeasure<OpinionFacts>({ key, label, feature: OPINIONS_FEATURE, compute: (f) => compute(f) });

export const opinionMeasures: Measure[] = [
  measure('opinions.continue', '补上第一阶段征求意见的空白', (f) => continueResult(f.presence)),
  measure('opinions.scope', '征求意见范围：党员、群众、服务对象', (f) => scopeResult(f.presence)),
  measure('opinions.content', '征求意见内容：对党组织、领导班子、党员个人', (f) => contentResult(f.presence)),
  measure('opinions.channels', '征求意见方式', (f) => channelsResult(f.presence)),
  measure('opinions.lastYear', '去年民主生活会意见整改情况', (f) => lastYearResult(f.lastYear)),
  measure('opinions.summary', '征求意见汇总表', (f) => summaryResult(f.presence)),
  measure('opinions.feedback', '向班子成员和党员反馈意见', (f) => feedbackResult(f.feedback)),
];
