/**
 * R-STAGE-PLAN: the Word 工作方案 filled from the unit's plan — 规定动作 exactly as the template
 * has them, the unit's 自选动作, the prose the unit wrote (or the standard wording to start from).
 */
import type { StagePlanModel } from '../documents/stagePlan';
import type { Member } from '../members/types';
import { formatChineseDate } from '../util/dates';
import { scheduleFor } from './lookup';
import { effectiveDue } from './schedule';
import type { CampaignSnapshot } from './snapshot';
import type { PlanAction, PlanTexts } from './types';

/** The unit's leaders as the roster names them (people with the unitHead or teamMember role). */
export type PlanLeaders = readonly Pick<Member, 'id' | 'name' | 'post' | 'roles'>[];

/** Standard wording a secretary starts from; every part is meant to be rewritten for the unit. */
export function defaultPlanTexts(s: CampaignSnapshot, leaders: PlanLeaders): PlanTexts {
  const org = s.unit.orgName;
  const head = leaders.find((m) => m.roles.includes('unitHead'));
  const team = leaders.filter((m) => m.roles.includes('teamMember') && m.id !== head?.id);
  return {
    intro: `根据上级党组织关于先进性教育活动分析评议阶段的部署要求，结合${s.unit.name}实际，制定本方案。`,
    guidingIdeology:
      '坚持用党章规范党员行为，以保持共产党员先进性为主题，把开展批评与自我批评贯穿始终，做到规定动作不走样、自选动作有特色，确保分析评议阶段取得实效。',
    goals:
      '通过广泛征求意见、普遍开展谈心、认真撰写党性分析材料、开好专题民主生活会和专题组织生活会、搞好民主评议，使每名党员找准问题、剖析根源、明确整改方向，群众满意度达到规定要求。',
    leadership: `${org}成立分析评议阶段工作领导小组，负责组织实施、督促检查和把关。`,
    leadingGroup: [
      ...(head ? [{ role: '组长', names: describe(head) }] : []),
      ...(team.length ? [{ role: '成员', names: team.map(describe).join('、') }] : []),
    ],
    requirements:
      '一要高度重视，主要负责同志亲自抓，规定动作一个不少；二要坚持边议边改，能解决的问题立即解决；三要注重实效，防止走过场、出偏差；四要加强督促检查，按时完成各项任务。',
  };
}

function describe(m: PlanLeaders[number]): string {
  return m.post ? `${m.name}（${m.post}）` : m.name;
}

export function planTextsFor(s: CampaignSnapshot, stageId: string, leaders: PlanLeaders): PlanTexts {
  return s.planReviews.find((r) => r.stageId === stageId)?.texts ?? defaultPlanTexts(s, leaders);
}

function toAction(a: PlanAction) {
  return { title: a.title, description: a.description, to: a.due };
}

/** The model of the 工作方案 document; `today` dates the signature. */
export function stagePlanModel(s: CampaignSnapshot, stageId: string, today: string, leaders: PlanLeaders): StagePlanModel {
  const texts = planTextsFor(s, stageId, leaders);
  const actions = s.planActions
    .filter((a) => a.stageId === stageId)
    .sort((a, b) => a.due.localeCompare(b.due) || a.order - b.order);
  const stage = s.template.stages.find((x) => x.id === stageId);
  const schedule = scheduleFor(s, stageId);
  return {
    unitName: s.unit.orgName,
    title: `${s.unit.orgName}${stage?.title ?? ''}工作方案`,
    intro: texts.intro,
    guidingIdeology: texts.guidingIdeology,
    goals: `${texts.goals}本阶段自${formatChineseDate(schedule.start)}开始，${formatChineseDate(effectiveDue(schedule))}前基本结束。`,
    requiredActions: actions.filter((a) => a.mandatory).map(toAction),
    optionalActions: actions.filter((a) => !a.mandatory).map(toAction),
    leadership: { text: texts.leadership, group: texts.leadingGroup.filter((g) => g.role.trim() && g.names.trim()) },
    requirements: texts.requirements,
    signature: { name: s.unit.orgName, date: today, sealed: true },
  };
}
