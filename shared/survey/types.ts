/** The words of 满意度测评 (R-SURVEY-70): the scales, the subjects, a round's state. */
import type { z } from 'zod';
import type { surveyRoundRecord } from './schema';

/** The unit's scale: three answers, or four. */
export const SURVEY_SCALES = ['three', 'four'] as const;
export type SurveyScale = (typeof SURVEY_SCALES)[number];
export const SURVEY_SCALE_OPTIONS: Record<SurveyScale, readonly string[]> = {
  three: ['满意', '基本满意', '不满意'],
  four: ['满意', '比较满意', '基本满意', '不满意'],
};

/** What the masses rate: the two special meetings (and the stage as a whole where a unit asks it). */
export const SURVEY_SUBJECTS = ['democraticLife', 'orgLife', 'overall'] as const;
export type SurveySubject = (typeof SURVEY_SUBJECTS)[number];
export const SURVEY_SUBJECT_LABEL: Record<SurveySubject, string> = {
  democraticLife: '领导班子专题民主生活会',
  orgLife: '党支部专题组织生活会',
  overall: '分析评议阶段工作总体情况',
};

/** 测评中 (ballots being counted) → 已完成 (the rate stands; below the floor the next round is 补课). */
export const SURVEY_STATUSES = ['counting', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export type SurveyRound = z.infer<typeof surveyRoundRecord>;
