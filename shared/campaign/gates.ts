/**
 * Stage progression (R-STAGE-LOOKBACK, R-STAGE-ACCEPT): a stage opens only when the stage
 * before it has a passed 督导组 acceptance; the latest acceptance decides.
 */
import { formatChineseDate, isValidIsoDate } from '../util/dates';
import { gate, type Gate, type Reason } from '../util/result';
import { lookbackStates } from './checklist';
import { findStage, latestAcceptance, stageIndex } from './lookup';
import type { CampaignSnapshot } from './snapshot';
import type { StageTemplate } from './template';

function previousStageReasons(s: CampaignSnapshot, prev: StageTemplate, now: string): Reason[] {
  if (!prev.acceptanceRequired) return [];
  const latest = latestAcceptance(s, prev.id);
  if (latest?.passed) return [];
  if (latest) {
    return [
      {
        rule: 'R-STAGE-ACCEPT',
        message: `${prev.title}验收未通过（督导组 ${latest.supervisor}，${formatChineseDate(latest.date)}）：${latest.opinion}`,
        subjects: [latest.supervisor],
      },
    ];
  }
  // 回头看 items are ticked by hand or decided by the campaign state, not by other features' facts.
  const undone = lookbackStates(s, {}, prev.id, now).filter((i) => !i.done);
  const lookback = undone.length > 0 ? `（回头看未完成 ${undone.length} 项：${undone.map((i) => i.title).join('、')}）` : '';
  return [
    {
      rule: prev.lookback.length > 0 ? 'R-STAGE-LOOKBACK' : 'R-STAGE-ACCEPT',
      message: `${prev.title}尚未经督导组验收合格${lookback}`,
      ...(undone.length > 0 ? { subjects: undone.map((i) => i.title) } : {}),
    },
  ];
}

/**
 * Whether the unit may work in `stageId`. Every earlier stage must have been accepted in turn.
 * `now` only matters for look-back items computed from dated data; it defaults to the far future.
 */
export function canEnterStage(s: CampaignSnapshot, stageId: string, now = '9999-12-31'): Gate {
  const idx = stageIndex(s.template, stageId);
  if (idx < 0) return gate([{ rule: 'R-STAGE-ACCEPT', message: `模板中没有阶段 ${stageId}` }]);
  for (let i = 1; i <= idx; i++) {
    const reasons = previousStageReasons(s, s.template.stages[i - 1], now);
    if (reasons.length > 0) return gate(reasons);
  }
  return gate([]);
}

/** The last stage the unit can enter: where it works now. */
export function currentStageId(s: CampaignSnapshot, now?: string): string {
  let current = s.template.stages[0].id;
  for (const st of s.template.stages) {
    if (!canEnterStage(s, st.id, now).ok) break;
    current = st.id;
  }
  return current;
}

export interface AcceptanceInput {
  stageId: string;
  supervisor: string;
  date: string;
  opinion: string;
  passed: boolean;
}

/**
 * R-STAGE-ACCEPT: an acceptance names the 督导组 member, a real date not after today, an opinion.
 * With the snapshot it also checks the stage exists and has been entered.
 */
export function validateAcceptance(input: AcceptanceInput, now: string, s?: CampaignSnapshot): Gate {
  const reasons: Reason[] = [];
  const r = (message: string) => reasons.push({ rule: 'R-STAGE-ACCEPT', message });
  const stage = s ? findStage(s.template, input.stageId) : undefined;
  if (s && !stage) r(`模板中没有阶段 ${input.stageId}`);
  // A stage is checked before the next begins, so it must itself have been entered.
  if (s && stage && !canEnterStage(s, stage.id, now).ok) r(`${stage.title}尚未开始，不能验收`);
  if (!input.supervisor?.trim()) r('请填写验收的督导组同志姓名');
  if (!isValidIsoDate(input.date)) r('请填写正确的验收日期');
  else if (input.date > now) r(`验收日期不能晚于今天（${formatChineseDate(now)}）`);
  if (!input.opinion?.trim()) r(input.passed ? '请填写督导组验收意见' : '验收不合格时，请写明督导组意见和补课要求');
  return gate(reasons);
}
