/**
 * Blank forms printed for the paper part of the work (R-OPIN-SCOPE, R-OPIN-CONTENT, R-SURVEY-70):
 * filled from the unit so they are ready to hand out; answers are typed in later.
 */
import type { OpinionFormModel } from '../documents/opinionForm';
import type { SurveyBallotModel } from '../documents/surveys';
import { itemDue } from './checklist';
import type { Branch } from '../members/types';
import type { CampaignSnapshot } from './snapshot';

/** 征求意见表: about the organisation, the leadership team and each member (R-OPIN-CONTENT). */
export function blankOpinionFormModel(s: CampaignSnapshot): OpinionFormModel {
  const summary = s.template.stages
    .flatMap((st) => st.steps.flatMap((step) => step.items.map((item) => ({ stageId: st.id, item }))))
    .find((x) => x.item.id === 'opinions.summary');
  return {
    unitName: s.unit.orgName,
    intro:
      '为搞好分析评议阶段工作，诚恳欢迎您对我们的党组织、领导班子和党员个人在理想信念、工作学习、工作作风等方面存在的问题提出意见和建议。可以不署名。',
    targets: ['对党组织的意见和建议', '对领导班子的意见和建议', '对党员个人的意见和建议（请写明姓名）'],
    // Forms come back in time for the 征求意见汇总表.
    returnBy: summary ? itemDue(s, summary.stageId, summary.item) : undefined,
    returnTo: s.unit.contact ? `${s.unit.contact}（${s.unit.name}）` : s.unit.name,
  };
}

/** 群众满意度测评表: the leadership meeting and each branch's meeting (R-SURVEY-70). */
export function blankSurveyBallotModel(s: CampaignSnapshot, unitBranches: readonly Branch[]): SurveyBallotModel {
  const branches = [...unitBranches].sort((a, b) => a.order - b.order);
  return {
    unitName: s.unit.orgName,
    intro: '请您对我单位领导班子专题民主生活会和各党支部专题组织生活会的情况进行测评，在相应栏内划“√”。',
    subjects: [
      '领导班子专题民主生活会',
      ...(branches.length ? branches.map((b) => `${b.name}专题组织生活会`) : ['党支部专题组织生活会']),
      '党员查摆问题和整改措施',
    ],
  };
}
