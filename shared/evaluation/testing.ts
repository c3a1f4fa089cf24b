/** Test factory: evaluation drafts as the page sends them, good and falling short. */
import type { EvaluationDraft } from './rules';
import type { Distinctions } from './types';

/** A member who fulfils the obligations and meets the conditions. */
export function goodDraft(memberId: string, over: Partial<EvaluationDraft> = {}): EvaluationDraft {
  return {
    memberId,
    fulfils: true,
    qualified: true,
    peerOpinion: '工作认真，能团结同志。',
    massOpinion: '服务态度好。',
    opinion: '能够履行党员义务，符合党员条件。希望今后在理论学习上下更大功夫。',
    distinctions: {},
    requirement: '',
    helperName: '',
    facts: '',
    help: '',
    decidedOn: '2005-09-26',
    ...over,
  };
}

/** The five and the two answered on the side a branch educates and helps. */
export const MILD: Distinctions = { understanding: 'mild', ability: 'na', inexperience: 'na', correcting: 'mild', branch: 'na', causes: 'mild', pattern: 'mild' };
/** A case a branch may propose upwards: refusing to correct, by the member's own choice, for long. */
export const SERIOUS: Distinctions = { understanding: 'na', ability: 'serious', inexperience: 'na', correcting: 'serious', branch: 'serious', causes: 'serious', pattern: 'serious' };

/** A member who does not conscientiously fulfil the obligations: a requirement, a deadline, a helper. */
export function shortDraft(memberId: string, over: Partial<EvaluationDraft> = {}): EvaluationDraft {
  return goodDraft(memberId, {
    fulfils: false,
    opinion: '一年多不参加组织生活，不交党费，没有认真履行党员义务。',
    distinctions: MILD,
    requirement: '按时参加组织生活，补交党费，每月向支部汇报一次思想。',
    deadline: '2005-12-31',
    helperName: '孙丽萍',
    ...over,
  });
}
