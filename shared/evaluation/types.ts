/** The words of 党员评议 (R-EVAL-*): the five distinctions, proposals, grades where a template allows them. */
import type { z } from 'zod';
import type { evaluationRecord, evaluationReportRecord } from './schema';

/**
 * 五个区别开来 (R-EVAL-FIVE), and the two that run through them all (分清主客观原因, 一时一事还是
 * 一贯表现): each is a question the branch answers before it writes that a member does not
 * fulfil the obligations or meet the conditions.
 */
export const DISTINCTIONS = ['understanding', 'ability', 'inexperience', 'correcting', 'branch', 'causes', 'pattern'] as const;
export type Distinction = (typeof DISTINCTIONS)[number];
/** The five of the speech; `causes` and `pattern` run through them all. */
export const FIVE_DISTINCTIONS = ['understanding', 'ability', 'inexperience', 'correcting', 'branch'] as const satisfies readonly Distinction[];

/**
 * Which side of a distinction the member's case is on: the one to educate and help (`mild`),
 * the one that may make a member fall short (`serious`), or neither (`na`, 不涉及; only for the five).
 */
export const SIDES = ['mild', 'serious', 'na'] as const;
export type Side = (typeof SIDES)[number];
export type Distinctions = Partial<Record<Distinction, Side>>;

export const DISTINCTION_TITLE: Record<Distinction, string> = {
  understanding: '一、是思想认识跟不上，还是抵制党的路线方针政策',
  ability: '二、是年老体弱、长期患病力不从心，还是意志衰退、不愿履行义务',
  inexperience: '三、是经验不足、能力所限造成失误，还是玩忽职守',
  correcting: '四、是愿意接受教育、改正错误，还是拒绝帮助、不思悔改',
  branch: '五、是支部软弱涣散、放松了教育管理，还是本人不愿履行义务',
  causes: '分清主观原因和客观原因',
  pattern: '分清一时一事和一贯表现',
};

/** The two sides of each distinction, in the speech's words. */
export const DISTINCTION_SIDE_LABEL: Record<Distinction, { mild: string; serious: string }> = {
  understanding: { mild: '思想认识一时跟不上形势，对路线方针政策理解不够', serious: '抵制党的路线方针政策' },
  ability: { mild: '年老体弱或长期患病，不能正常参加活动、无力完成工作', serious: '革命意志衰退，不履行党员义务、不发挥党员作用' },
  inexperience: { mild: '经验不足或能力所限，工作出现失误', serious: '本人玩忽职守，给工作造成损失' },
  correcting: { mild: '愿意接受教育、改正错误', serious: '拒绝帮助教育、不思悔改' },
  branch: { mild: '支部软弱涣散，放松了对党员的教育管理', serious: '本人主观上不愿履行义务、不愿接受组织教育管理' },
  causes: { mild: '主要是客观原因', serious: '主要是本人主观原因' },
  pattern: { mild: '一时一事的问题', serious: '一贯的表现' },
};
export const NA_LABEL = '不涉及';

/** What a branch may propose for a member who falls short (R-EVAL-REPORT). */
export const PROPOSALS = ['notFulfilling', 'notQualified'] as const;
export type Proposal = (typeof PROPOSALS)[number];
export const PROPOSAL_LABEL: Record<Proposal, string> = { notFulfilling: '不履行党员义务', notQualified: '不符合党员条件' };

/**
 * Grades (格次) exist only for templates that allow them (`allowGrades`); the 2005 template does
 * not (R-EVAL-NOGRADE): no page, document or write carries one there.
 */
export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABEL: Record<Grade, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' };

/** Whom the report goes to unless the unit writes otherwise (the speech: 市委组织部 and the campaign office). */
export const DEFAULT_REPORT_RECIPIENTS = '市委组织部、市先进性教育活动办公室';

export type Evaluation = z.infer<typeof evaluationRecord>;
export type EvaluationReport = z.infer<typeof evaluationReportRecord>;
