/** The campaign's own measures: the stage schedule and acceptances, the work plan, the mobilisation. */
import { formatChineseDate, isValidIsoDate } from '../util/dates';
import { latestAcceptance, previousStage } from './lookup';
import { mobilisationStatus } from './mobilise';
import { stateMeasure, type MeasureResult } from './measure';
import type { CampaignSnapshot } from './snapshot';

function planMandatoryComplete(s: CampaignSnapshot): MeasureResult {
  const stageId = s.template.focusStageId;
  const required = s.template.planActions.filter((a) => a.stageId === stageId);
  const own = s.planActions.filter((a) => a.stageId === stageId && a.unitId === s.unit.id);
  const missing = required.filter(
    (r) => !own.some((a) => a.templateActionId === r.id && isValidIsoDate(a.due)),
  );
  const progress = { done: required.length - missing.length, total: required.length };
  if (own.length === 0) return { done: false, progress, detail: '尚未制定工作方案' };
  if (missing.length > 0) {
    return { done: false, progress, detail: `缺少规定动作或日期：${missing.map((m) => m.title).join('、')}` };
  }
  return { done: true, progress, detail: `规定动作 ${required.length} 项已全部列入方案` };
}

function planApproved(s: CampaignSnapshot): MeasureResult {
  const review = s.planReviews.find((r) => r.stageId === s.template.focusStageId && r.unitId === s.unit.id);
  const state = review?.state ?? 'draft';
  const detail: Record<typeof state, string> = {
    draft: '工作方案尚未报督导组审核',
    submitted: '工作方案已报督导组，等待把关',
    returned: '工作方案被督导组退回修改',
    approved: '工作方案已经督导组把关通过',
  };
  return { done: state === 'approved', detail: detail[state] };
}

function mobiliseHeld(s: CampaignSnapshot, now: string): MeasureResult {
  const st = mobilisationStatus(s, now);
  if (st.state === 'done') return { done: true, detail: `转段动员会已于${formatChineseDate(st.deadline)}前召开` };
  return { done: false, detail: `尚缺：${st.missing.join('；')}` };
}

function accepted(s: CampaignSnapshot, stageId: string | undefined): MeasureResult {
  const stage = s.template.stages.find((x) => x.id === stageId);
  if (!stage) return { done: false, detail: '模板中没有该阶段' };
  const a = latestAcceptance(s, stage.id);
  if (!a) return { done: false, detail: `${stage.title}尚未经督导组验收` };
  const who = `督导组 ${a.supervisor}，${formatChineseDate(a.date)}`;
  return a.passed
    ? { done: true, detail: `${stage.title}验收合格（${who}）` }
    : { done: false, detail: `${stage.title}验收未通过（${who}）：${a.opinion}` };
}

function scheduleSet(s: CampaignSnapshot): MeasureResult {
  const own = s.schedules.filter((x) => x.unitId === s.unit.id);
  const set = s.template.stages.filter((st) =>
    own.some((x) => x.stageId === st.id && isValidIsoDate(x.start) && isValidIsoDate(x.due) && x.start <= x.due),
  );
  const progress = { done: set.length, total: s.template.stages.length };
  const missing = s.template.stages.filter((st) => !set.includes(st)).map((st) => st.title);
  return missing.length === 0
    ? { done: true, progress, detail: '各阶段时间安排已确定' }
    : { done: false, progress, detail: `尚未确定时间安排：${missing.join('、')}` };
}

export const stageMeasures = [
  stateMeasure({ key: 'plan.mandatoryComplete', label: '工作方案规定动作齐全', feature: 'plan', compute: planMandatoryComplete }),
  stateMeasure({ key: 'plan.approved', label: '工作方案经督导组把关', feature: 'plan', compute: planApproved }),
  stateMeasure({ key: 'mobilise.held', label: '转段动员会按时召开', feature: 'mobilise', compute: mobiliseHeld }),
  stateMeasure({
    key: 'lookback.accepted',
    label: '学习动员阶段验收合格',
    feature: 'stages',
    compute: (s) => accepted(s, previousStage(s.template, s.template.focusStageId)?.id),
  }),
  stateMeasure({ key: 'analysis.accepted', label: '分析评议阶段验收合格', feature: 'stages', compute: (s) => accepted(s, s.template.focusStageId) }),
  stateMeasure({ key: 'schedule.set', label: '各阶段时间安排', feature: 'stages', compute: scheduleSet }),
];
